import type { Attendance, AttendanceStatus } from '../../../shared/model/person';
import { ATTENDANCE_STATUSES } from '../../../shared/model/vocabulary';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** The attendance with its capacity ("toehoorder"), or without one when it is cleared. */
function withCapacity({ capacity: _old, ...attendance }: Attendance, capacity: string): Attendance {
  return capacity.trim() ? { ...attendance, capacity } : attendance;
}

/** One attendee: name and municipality, capacity, attendance status, and a way out of the list. */
export function AttendeeRow({ attendee }: { attendee: Attendance }) {
  const editMeeting = useApp((state) => state.editMeeting);
  const update = (change: (attendance: Attendance) => Attendance) =>
    editMeeting((m) => ({ ...m, attendees: m.attendees.map((a) => (a.id === attendee.id ? change(a) : a)) }));
  const remove = () => editMeeting((m) => ({ ...m, attendees: m.attendees.filter((a) => a.id !== attendee.id) }));

  return (
    <li>
      <span>
        {attendee.name}
        {(attendee.municipality || attendee.portfolios.length > 0) && ` (${[attendee.municipality, ...attendee.portfolios].filter(Boolean).join(', ')})`}
      </span>
      <input
        className="capacity"
        aria-label={nl.prepare.capacityOf(attendee.name)}
        placeholder={nl.prepare.capacity}
        value={attendee.capacity ?? ''}
        onChange={(e) => update((a) => withCapacity(a, e.target.value))}
      />
      <select aria-label={nl.prepare.statusOf(attendee.name)} value={attendee.status} onChange={(e) => update((a) => ({ ...a, status: e.target.value as AttendanceStatus }))}>
        {ATTENDANCE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {nl.attendance[status]}
          </option>
        ))}
      </select>
      <button type="button" className="quiet" aria-label={nl.prepare.removeAttendee(attendee.name)} onClick={remove}>
        ✕
      </button>
    </li>
  );
}
