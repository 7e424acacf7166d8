import { recordPresence, type PresenceChange } from '../../../shared/agenda/presence';
import { insertIntoNotes } from '../../editor/editor-registry';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** One button per attendee: arriving or leaving at the current item, with its line in the notes. */
export function PresencePanel({ itemId }: { itemId: string }) {
  const attendees = useApp((state) => state.meeting!.attendees);
  const phrases = useApp((state) => state.settings?.phrases ?? []);
  const editMeeting = useApp((state) => state.editMeeting);

  function record(attendanceId: string, change: PresenceChange): void {
    let line = '';
    editMeeting((meeting) => {
      const result = recordPresence(meeting, attendanceId, itemId, change, phrases);
      line = result?.line ?? '';
      return result?.meeting ?? meeting;
    });
    if (line) insertIntoNotes(itemId, line);
  }

  if (attendees.length === 0) return null;
  return (
    <section className="presence" aria-labelledby="presence-title" id="live-presence">
      <h3 id="presence-title">{nl.live.presence}</h3>
      <ul>
        {attendees.map((person) => (
          <li key={person.id}>
            <span className={`attendee attendee--${person.status}`}>
              {person.name} {person.municipality && `(${person.municipality})`} – {nl.attendance[person.status]}
            </span>
            <button type="button" onClick={() => record(person.id, 'arrival')}>
              {nl.live.arrives(person.name)}
            </button>
            <button type="button" onClick={() => record(person.id, 'departure')}>
              {nl.live.leaves(person.name)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
