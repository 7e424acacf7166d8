import { NotesEditor } from '../../editor/NotesEditor';
import { nl } from '../../i18n/nl';
import { useApp, useLatestNotes, useMeetingExceptNotes } from '../../store/store-context';

/** Every item with its notes, one editor each: for writing up after the meeting. */
export function NotesView() {
  const meeting = useMeetingExceptNotes()!;
  const latestNotes = useLatestNotes();
  const stageItemNotes = useApp((state) => state.stageItemNotes);
  return (
    <>
      {meeting.sections.map((section) => (
        <section key={section.id} className="section" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title.toLocaleUpperCase('nl-NL')}</h2>
          {section.chair && <p className="chair">{nl.meeting.chair(section.chair)}</p>}
          <ol className="items">
            {section.items.map((item) => (
              <li key={item.id} className="item" data-item-id={item.id}>
                <h3>{item.title}</h3>
                <NotesEditor itemId={item.id} itemTitle={item.title} initialNotes={latestNotes(item.id)} onChange={stageItemNotes} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
