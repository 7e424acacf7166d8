import { useState } from 'react';
import { formatDutchDate } from '../../shared/format/dates';
import type { MeetingSummary } from '../../shared/model/meeting';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';
import { QuarantineList } from './QuarantineList';
import { ImportButton } from './archive/ImportButton';
import { SearchPanel } from './search/SearchPanel';

export function MeetingList() {
  const meetings = useApp((state) => state.meetings);
  const openMeeting = useApp((state) => state.openMeeting);
  const deleteMeeting = useApp((state) => state.deleteMeeting);
  const showNewMeeting = useApp((state) => state.showNewMeeting);
  const showSettings = useApp((state) => state.showSettings);
  const showDecisionsAndActions = useApp((state) => state.showDecisionsAndActions);
  const [toDelete, setToDelete] = useState<MeetingSummary | null>(null);

  return (
    <section className="meeting-list">
      <div className="screen-heading">
        <h1>{nl.list.title}</h1>
        <div className="form-actions">
          <button type="button" onClick={() => void showDecisionsAndActions()}>
            {nl.decisionsAndActions.open}
          </button>
          <button type="button" onClick={() => void showSettings()}>
            {nl.settings.open}
          </button>
          <ImportButton />
          <button type="button" className="primary" onClick={showNewMeeting}>
            {nl.list.newMeeting}
          </button>
        </div>
      </div>
      <SearchPanel />
      {meetings.length === 0 ? (
        <p className="empty">{nl.list.empty}</p>
      ) : (
        <ul>
          {meetings.map((meeting) => {
            const date = formatDutchDate(meeting.date);
            return (
              <li key={meeting.id} className={meeting.problem ? 'meeting-list__unopenable' : undefined}>
                {meeting.problem ? (
                  <div className="meeting-link meeting-link--unopenable">
                    <span className="meeting-link__name">{meeting.name}</span>
                    <span className="meeting-link__date">{date}</span>
                    <p className="meeting-link__problem" role="note">
                      <strong>{nl.unopenable.warning}.</strong> {nl.unopenable.impossibleDate(meeting.problem.values.join(', '), meeting.problem.file)}
                    </p>
                  </div>
                ) : (
                  <button type="button" className="meeting-link" onClick={() => void openMeeting(meeting.id)}>
                    <span className="meeting-link__name">{meeting.name}{meeting.imported && <small className="hint"> ({nl.archive.mark})</small>}</span>
                    <span className="meeting-link__date">{date}</span>
                  </button>
                )}
                <button type="button" className="quiet" aria-label={nl.list.deleteLabel(meeting.name, date)} onClick={() => setToDelete(meeting)}>
                  {nl.list.delete}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <QuarantineList />
      {toDelete && (
        <ConfirmDialog
          title={nl.confirmDelete.title}
          body={nl.confirmDelete.body(toDelete.name, formatDutchDate(toDelete.date))}
          confirmLabel={nl.confirmDelete.confirm}
          cancelLabel={nl.confirmDelete.cancel}
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            setToDelete(null);
            void deleteMeeting(toDelete.id);
          }}
        />
      )}
    </section>
  );
}
