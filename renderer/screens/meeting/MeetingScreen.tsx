import { hasConfidentialContent } from '../../../shared/export/public-version';
import { nl } from '../../i18n/nl';
import { MEETING_TABS, type MeetingTab } from '../../store/route';
import { useApp, useMeetingExceptNotes } from '../../store/store-context';
import { MeetingTitle } from './MeetingTitle';
import { EarlierVersions, RestoreResult } from './EarlierVersions';
import { LiveView } from '../live/LiveView';
import { LazyScreen } from '../LazyScreen';
import { ItemInView } from '../search/use-item-in-view';
import { MeetingSyncPanel } from '../sync/MeetingSyncPanel';
import { useExportCheck } from '../sync/use-export-check';

/**
 * The tab's view, and then the item a search hit named brought into view. The live view is part
 * of the first chunk, since a reload during the meeting lands there; the others load on demand.
 */
function TabView({ tab, item }: { tab: MeetingTab; item: string | undefined }) {
  const found = <ItemInView itemId={item} view={tab} />;
  return tab === 'live' ? (
    <>
      <LiveView />
      {found}
    </>
  ) : (
    <LazyScreen key={tab} name={tab}>
      {found}
    </LazyScreen>
  );
}

export function MeetingScreen() {
  const meeting = useMeetingExceptNotes();
  const route = useApp((state) => state.route);
  const showList = useApp((state) => state.showList);
  const showTab = useApp((state) => state.showTab);
  const { requestExport, dialog: exportCheck } = useExportCheck();
  const exporting = useApp((state) => state.exporting);
  const lastExport = useApp((state) => state.lastExport);
  const canOpenFiles = useApp((state) => state.canOpenFiles);
  const openLastExport = useApp((state) => state.openLastExport);

  if (!meeting || route.name !== 'meeting') return <p>{nl.meeting.loading}</p>;
  return (
    <article className="meeting">
      <div className="meeting-bar">
        <button type="button" onClick={() => void showList()}>
          ← {nl.meeting.back}
        </button>
        <div className="form-actions">
          <EarlierVersions />
          {hasConfidentialContent(meeting) && (
            <button type="button" onClick={() => requestExport(true)} disabled={exporting}>
              {nl.meeting.exportPublic}
            </button>
          )}
          <button type="button" className="primary" onClick={() => requestExport()} disabled={exporting}>
            {exporting ? nl.meeting.exporting : nl.meeting.export}
          </button>
        </div>
      </div>
      <p className="export-result" aria-live="polite">
        {lastExport && (
          <>
            <strong>{nl.meeting.exported(lastExport.fileName)}</strong> {nl.meeting.exportedIn(lastExport.folder)}
            {lastExport.confidential && <> {nl.meeting.exportedConfidential}</>}
            {lastExport.copy && <span className="export-result__copy">{lastExport.copy.status === 'copied' ? nl.sync.exportCopy.copied(lastExport.copy.path) : nl.sync.exportCopy.waiting}</span>}
            {canOpenFiles && (
              <span className="form-actions">
                <button type="button" onClick={() => void openLastExport(false)}>
                  {nl.meeting.openExport}
                </button>
                <button type="button" onClick={() => void openLastExport(true)}>
                  {nl.meeting.showExport}
                </button>
              </span>
            )}
          </>
        )}
      </p>
      <RestoreResult />
      <MeetingTitle key={meeting.id} name={meeting.name} date={meeting.date} />
      <MeetingSyncPanel meetingId={meeting.id} />
      {exportCheck}
      <nav className="tabs" aria-label={nl.tabs.label}>
        {MEETING_TABS.map((tab) => (
          <button key={tab} type="button" aria-current={route.tab === tab ? 'page' : undefined} onClick={() => showTab(tab)}>
            {nl.tabs[tab]}
          </button>
        ))}
      </nav>
      <TabView tab={route.tab} item={route.item} />
    </article>
  );
}
