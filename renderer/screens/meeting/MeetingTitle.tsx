import { useState, type FormEvent } from 'react';
import { formatDutchDate, isExistingIsoDate } from '../../../shared/format/dates';
import { FormProblems } from '../../components/FormProblems';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** The meeting's name and date, correctable after creation; the meeting list follows on save. */
export function MeetingTitle({ name, date }: { name: string; date: string }) {
  const renameMeeting = useApp((state) => state.renameMeeting);
  const [draft, setDraft] = useState<{ name: string; date: string } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!draft) return;
    const found = [...(draft.name.trim() ? [] : [nl.newMeeting.nameRequired]), ...(isExistingIsoDate(draft.date) ? [] : [nl.newMeeting.dateInvalid])];
    setProblems(found);
    if (found.length) return;
    void renameMeeting(draft.name.trim(), draft.date);
    setDraft(null);
  }

  if (!draft) {
    return (
      <header className="meeting-title">
        <h1>{name}</h1>
        <p className="meeting-date">
          {formatDutchDate(date)}{' '}
          <button type="button" className="quiet" onClick={() => setDraft({ name, date })}>
            {nl.meeting.editTitle}
          </button>
        </p>
      </header>
    );
  }
  return (
    <form className="meeting-title meeting-title--editing" onSubmit={submit} noValidate aria-label={nl.meeting.editTitle}>
      <label className="field">
        <span>{nl.newMeeting.name}</span>
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoFocus />
      </label>
      <label className="field">
        <span>{nl.newMeeting.date}</span>
        <input type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
      </label>
      <FormProblems problems={problems} />
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            setDraft(null);
            setProblems([]);
          }}
        >
          {nl.newMeeting.cancel}
        </button>
        <button type="submit" className="primary">
          {nl.meeting.saveTitle}
        </button>
      </div>
    </form>
  );
}
