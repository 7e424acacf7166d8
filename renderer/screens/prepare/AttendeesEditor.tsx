import { useState, type FormEvent } from 'react';
import type { Attendance, AttendanceStatus, Person } from '../../../shared/model/person';
import { ATTENDANCE_STATUSES } from '../../../shared/model/vocabulary';
import { newId } from '../../../shared/model/ids';
import { formatDutchDate } from '../../../shared/format/dates';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

function attendanceOf(person: Person, status: AttendanceStatus): Attendance {
  return { id: newId(), personId: person.id, name: person.name, municipality: person.municipality, portfolios: person.portfolios, status };
}

/** The attendance with its capacity ("toehoorder"), or without one when it is cleared. */
function withCapacity({ capacity: _old, ...attendance }: Attendance, capacity: string): Attendance {
  return capacity.trim() ? { ...attendance, capacity } : attendance;
}

/**
 * Someone recorded by role rather than by name ("een raadslid uit Blaricum", toehoorder): the
 * description stands where a name would, and nothing goes into the people directory.
 */
function RoleAttendeeForm({ onAdd }: { onAdd: (attendance: Attendance) => void }) {
  const [draft, setDraft] = useState({ description: '', capacity: '' });
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const description = draft.description.trim();
    setMissing(description === '');
    if (description === '') return;
    const capacity = draft.capacity.trim();
    onAdd({ id: newId(), name: description, municipality: '', portfolios: [], status: 'present', ...(capacity ? { capacity } : {}) });
    setDraft({ description: '', capacity: '' });
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label={nl.prepare.byRole}>
      <label>
        {nl.prepare.roleDescription}
        <input value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </label>
      <label>
        {nl.prepare.roleCapacity}
        <input value={draft.capacity} onChange={(e) => setDraft({ ...draft, capacity: e.target.value })} />
      </label>
      <button type="submit">{nl.prepare.addByRole}</button>
      {missing && <span role="alert">{nl.prepare.roleRequired}</span>}
    </form>
  );
}

/** Who attends: picked from the people directory, added to it on the fly, or recorded by role. */
export function AttendeesEditor() {
  const attendees = useApp((state) => state.meeting!.attendees);
  const people = useApp((state) => state.people);
  const municipalities = useApp((state) => state.settings?.municipalities ?? []);
  const editMeeting = useApp((state) => state.editMeeting);
  const savePerson = useApp((state) => state.savePerson);
  const previous = useApp((state) => state.previous);
  const carryOverAttendees = useApp((state) => state.carryOverAttendees);
  const [pick, setPick] = useState('');
  const [draft, setDraft] = useState({ name: '', municipality: '', portfolios: '', email: '' });

  const available = people.filter((p) => !attendees.some((a) => a.personId === p.id));
  const add = (attendance: Attendance) => editMeeting((m) => ({ ...m, attendees: [...m.attendees, attendance] }));
  const setStatus = (id: string, status: AttendanceStatus) =>
    editMeeting((m) => ({ ...m, attendees: m.attendees.map((a) => (a.id === id ? { ...a, status } : a)) }));
  const remove = (id: string) => editMeeting((m) => ({ ...m, attendees: m.attendees.filter((a) => a.id !== id) }));
  const setCapacity = (id: string, capacity: string) => editMeeting((m) => ({ ...m, attendees: m.attendees.map((a) => (a.id === id ? withCapacity(a, capacity) : a)) }));

  function addPicked(event: FormEvent): void {
    event.preventDefault();
    const person = people.find((p) => p.id === pick);
    if (person) add(attendanceOf(person, 'present'));
    setPick('');
  }

  async function addNew(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!draft.name.trim()) return;
    const portfolios = draft.portfolios.split(',').map((p) => p.trim()).filter(Boolean);
    const person: Person = { id: newId(), name: draft.name.trim(), municipality: draft.municipality.trim(), portfolios, email: draft.email.trim() };
    await savePerson(person);
    add(attendanceOf(person, 'present'));
    setDraft({ name: '', municipality: '', portfolios: '', email: '' });
  }

  return (
    <section className="panel" aria-labelledby="attendees-title">
      <h2 id="attendees-title">{nl.prepare.attendees}</h2>
      <ul className="attendees">
        {attendees.map((a) => (
          <li key={a.id}>
            <span>
              {a.name}
              {(a.municipality || a.portfolios.length > 0) && ` (${[a.municipality, ...a.portfolios].filter(Boolean).join(', ')})`}
            </span>
            <input
              className="capacity"
              aria-label={nl.prepare.capacityOf(a.name)}
              placeholder={nl.prepare.capacity}
              value={a.capacity ?? ''}
              onChange={(e) => setCapacity(a.id, e.target.value)}
            />
            <select aria-label={nl.prepare.statusOf(a.name)} value={a.status} onChange={(e) => setStatus(a.id, e.target.value as AttendanceStatus)}>
              {ATTENDANCE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {nl.attendance[status]}
                </option>
              ))}
            </select>
            <button type="button" className="quiet" aria-label={nl.prepare.removeAttendee(a.name)} onClick={() => remove(a.id)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      {previous && (
        <div className="inline-form">
          <button type="button" onClick={() => void carryOverAttendees()}>
            {nl.prepare.carryOverAttendees}
          </button>
          <span className="hint">{nl.prepare.carryOverHint(formatDutchDate(previous.meeting.date))}</span>
        </div>
      )}
      {available.length > 0 && (
        <form className="inline-form" onSubmit={addPicked}>
          <label>
            {nl.prepare.pickPerson}
            <select value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="" />
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} {p.municipality && `(${p.municipality})`}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{nl.prepare.addAttendee}</button>
        </form>
      )}
      <form className="inline-form" onSubmit={(e) => void addNew(e)} aria-label={nl.prepare.newPerson}>
        <label>
          {nl.prepare.personName}
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label>
          {nl.prepare.municipality}
          <input list="municipalities" value={draft.municipality} onChange={(e) => setDraft({ ...draft, municipality: e.target.value })} />
        </label>
        <datalist id="municipalities">
          {municipalities.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <label>
          {nl.prepare.portfolios}
          <input value={draft.portfolios} onChange={(e) => setDraft({ ...draft, portfolios: e.target.value })} />
        </label>
        <button type="submit">{nl.prepare.savePerson}</button>
      </form>
      <RoleAttendeeForm onAdd={add} />
    </section>
  );
}
