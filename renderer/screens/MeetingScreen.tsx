import { formatDutchDate } from '../../shared/format/dates';
import { NotesEditor } from '../editor/NotesEditor';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';

export function MeetingScreen() {
  const meeting = useApp((state) => state.meeting);
  const showList = useApp((state) => state.showList);
  const exportMeeting = useApp((state) => state.exportMeeting);
  const exporting = useApp((state) => state.exporting);
  const lastExport = useApp((state) => state.lastExport);
  const updateItemNotes = useApp((state) => state.updateItemNotes);

  if (!meeting) return <p>{nl.meeting.loading}</p>;
  return (
    <article className="meeting">
      <div className="meeting-bar">
        <button type="button" onClick={() => void showList()}>
          ← {nl.meeting.back}
        </button>
        <button type="button" className="primary" onClick={() => void exportMeeting()} disabled={exporting}>
          {exporting ? nl.meeting.exporting : nl.meeting.export}
        </button>
      </div>
      <p className="export-result" aria-live="polite">
        {lastExport && (
          <>
            <strong>{nl.meeting.exported(lastExport.fileName)}</strong> {nl.meeting.exportedIn(lastExport.folder)}
          </>
        )}
      </p>
      <header className="meeting-title">
        <h1>{meeting.name}</h1>
        <p className="meeting-date">{formatDutchDate(meeting.date)}</p>
      </header>
      {meeting.sections.map((section) => (
        <section key={section.id} className="section" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title.toLocaleUpperCase('nl-NL')}</h2>
          {section.chair && <p className="chair">{nl.meeting.chair(section.chair)}</p>}
          <ol className="items">
            {section.items.map((item) => (
              <li key={item.id} className="item">
                <h3>{item.title}</h3>
                <NotesEditor itemId={item.id} itemTitle={item.title} initialNotes={item.notes} onChange={updateItemNotes} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
