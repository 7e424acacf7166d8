import { useState, type FormEvent } from 'react';
import type { Attendance, AttendanceStatus, Person } from '../../../shared/model/person';
import { newId } from '../../../shared/model/ids';
import { formatDutchDate } from '../../../shared/format/dates';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { AttendeeRow } from './AttendeeRow';
import { NewPersonForm } from './NewPersonForm';

function attendanceOf(person: Person, status: AttendanceStatus): Attendance {
  return { id: newId(), personId: person.id, name: person.name, municipality: person.municipality, portfolios: person.portfolios, status };
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

/** Someone from the people directory who is not on the list yet. */
function PickPersonForm({ people, onPick }: { people: Person[]; onPick: (person: Person) => void }) {
  const [pick, setPick] = useState('');

  function addPicked(event: FormEvent): void {
    event.preventDefault();
    const person = people.find((p) => p.id === pick);
    if (person) onPick(person);
    setPick('');
  }

  return (
    <form className="inline-form" onSubmit={addPicked}>
      <label>
        {nl.prepare.pickPerson}
        <select value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="" />
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} {p.municipality && `(${p.municipality})`}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{nl.prepare.addAttendee}</button>
    </form>
  );
}

/** Who attends: picked from the people directory, added to it on the fly, or recorded by role. */
export function AttendeesEditor() {
  const attendees = useApp((state) => state.meeting!.attendees);
  const people = useApp((state) => state.people);
  const editMeeting = useApp((state) => state.editMeeting);
  const previous = useApp((state) => state.previous);
  const carryOverAttendees = useApp((state) => state.carryOverAttendees);

  const available = people.filter((p) => !attendees.some((a) => a.personId === p.id));
  const add = (attendance: Attendance) => editMeeting((m) => ({ ...m, attendees: [...m.attendees, attendance] }));
  const addPerson = (person: Person) => add(attendanceOf(person, 'present'));

  return (
    <section className="panel" aria-labelledby="attendees-title">
      <h2 id="attendees-title">{nl.prepare.attendees}</h2>
      <ul className="attendees">
        {attendees.map((attendee) => (
          <AttendeeRow key={attendee.id} attendee={attendee} />
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
      {available.length > 0 && <PickPersonForm people={available} onPick={addPerson} />}
      <NewPersonForm onAdd={addPerson} />
      <RoleAttendeeForm onAdd={add} />
    </section>
  );
}
