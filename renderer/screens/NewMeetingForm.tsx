import { useRef, useState, type FormEvent } from 'react';
import { findPreviousMeeting } from '../../shared/agenda/previous-meeting';
import { formatDutchDate, isExistingIsoDate, todayIso } from '../../shared/format/dates';
import { FormProblems } from '../components/FormProblems';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';
import { SectionPicker } from './SectionPicker';

/**
 * The date field's problem, if any: a day typed that the calendar does not have (the field then
 * reports bad input and an empty value) is named as such, not as a missing date.
 */
function dateProblems(date: string, badInput: boolean): string[] {
  if (date === '') return [badInput ? nl.dates.impossible : nl.newMeeting.dateRequired];
  return isExistingIsoDate(date) ? [] : [nl.dates.impossible];
}

export function NewMeetingForm() {
  const settings = useApp((state) => state.settings);
  const createMeeting = useApp((state) => state.createMeeting);
  const showList = useApp((state) => state.showList);
  const meetings = useApp((state) => state.meetings);
  const [name, setName] = useState(settings?.defaultMeetingName ?? '');
  const [date, setDate] = useState(todayIso());
  const [domains, setDomains] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [carryOver, setCarryOver] = useState(true);
  const previous = isExistingIsoDate(date) ? findPreviousMeeting(meetings, { id: '', name, date }) : undefined;
  const dateInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found = [
      ...(name.trim() ? [] : [nl.newMeeting.nameRequired]),
      ...dateProblems(date, dateInput.current?.validity.badInput ?? false),
      ...(domains.length ? [] : [nl.newMeeting.domainRequired]),
    ];
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    await createMeeting({ name: name.trim(), date, domains }, { carryOverAttendees: previous !== undefined && carryOver });
    setBusy(false);
  }

  return (
    <form className="new-meeting" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{nl.newMeeting.title}</h1>
      <label className="field">
        <span>{nl.newMeeting.name}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} required autoFocus />
      </label>
      <label className="field">
        <span>{nl.newMeeting.date}</span>
        <input ref={dateInput} type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
      </label>
      <SectionPicker domains={domains} onChange={setDomains} />
      {previous && (
        <label className="checkbox">
          <input type="checkbox" checked={carryOver} onChange={(event) => setCarryOver(event.target.checked)} />
          {nl.newMeeting.carryOverAttendees(formatDutchDate(previous.date))}
        </label>
      )}
      <FormProblems problems={problems} />
      <div className="form-actions">
        <button type="button" onClick={() => void showList()}>
          {nl.newMeeting.cancel}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {nl.newMeeting.create}
        </button>
      </div>
    </form>
  );
}
