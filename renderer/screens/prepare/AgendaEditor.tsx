import { useState } from 'react';
import { addSection, insertItem, moveItemTo, moveSection, moveSectionTo, updateSection } from '../../../shared/agenda/agenda-edit';
import { removeItemUndoably, removeSectionUndoably, type Removal } from '../../../shared/agenda/agenda-removal';
import { newAgendaItem, sectionFromDomain } from '../../../shared/agenda/new-meeting';
import { STANDARD_SECTIONS } from '../../../shared/agenda/standard-agenda';
import type { Meeting, Section } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { ItemRow } from './ItemRow';
import { PasteAgenda } from './PasteAgenda';
import { UndoRemoval, useUndoableRemoval } from './UndoRemoval';

const DRAG_TYPE = 'application/x-notulist-item';
const SECTION_DRAG_TYPE = 'application/x-notulist-section';

interface SectionEditorProps {
  section: Section;
  index: number;
  remove: (removal: (meeting: Meeting) => Removal) => void;
}

function SectionEditor({ section, index: sectionIndex, remove }: SectionEditorProps) {
  const editMeeting = useApp((state) => state.editMeeting);
  const title = section.title || nl.prepare.sectionTitle;
  // Dropping on a row's place puts the dragged item there; the keyboard has ↑ and ↓ for the same.
  const dropAt = (index: number) => (event: React.DragEvent) => {
    const itemId = event.dataTransfer.getData(DRAG_TYPE);
    if (!itemId) return;
    event.preventDefault();
    event.stopPropagation();
    editMeeting((m) => moveItemTo(m, itemId, section.id, index));
  };
  const dropSection = (event: React.DragEvent) => {
    const sectionId = event.dataTransfer.getData(SECTION_DRAG_TYPE);
    if (!sectionId) return;
    event.preventDefault();
    editMeeting((m) => moveSectionTo(m, sectionId, sectionIndex));
  };
  return (
    <section className="section-editor" aria-label={section.title} onDragOver={(e) => e.preventDefault()} onDrop={dropSection}>
      <div className="section-editor__head" draggable onDragStart={(e) => e.dataTransfer.setData(SECTION_DRAG_TYPE, section.id)}>
        <span className="drag-handle" aria-hidden="true">
          ⋮⋮
        </span>
        <input aria-label={nl.prepare.sectionTitle} value={section.title} onChange={(e) => editMeeting((m) => updateSection(m, section.id, (s) => ({ ...s, title: e.target.value })))} />
        <label>
          {nl.prepare.chair}
          <input value={section.chair} onChange={(e) => editMeeting((m) => updateSection(m, section.id, (s) => ({ ...s, chair: e.target.value })))} />
        </label>
        <label className="checkbox" title={nl.prepare.confidentialSection(title)}>
          <input
            type="checkbox"
            aria-label={nl.prepare.confidentialSection(title)}
            checked={section.confidential}
            onChange={(e) => editMeeting((m) => updateSection(m, section.id, (s) => ({ ...s, confidential: e.target.checked })))}
          />
          {nl.prepare.confidential}
        </label>
        <button type="button" aria-label={nl.prepare.sectionUp(title)} onClick={() => editMeeting((m) => moveSection(m, section.id, -1))}>
          ↑
        </button>
        <button type="button" aria-label={nl.prepare.sectionDown(title)} onClick={() => editMeeting((m) => moveSection(m, section.id, 1))}>
          ↓
        </button>
        <button type="button" className="quiet" aria-label={nl.prepare.removeSection(title)} onClick={() => remove((m) => removeSectionUndoably(m, section.id))}>
          ✕
        </button>
      </div>
      <ol className="item-rows" onDragOver={(e) => e.preventDefault()} onDrop={dropAt(section.items.length)}>
        {section.items.map((item, index) => (
          <ItemRow key={item.id} item={item} onDrop={dropAt(index)} onRemove={(itemId) => remove((m) => removeItemUndoably(m, itemId))} />
        ))}
      </ol>
      <button type="button" onClick={() => editMeeting((m) => insertItem(m, section.id, newAgendaItem('discussion', nl.prepare.newItemTitle), section.items.at(-2)?.id))}>
        {nl.prepare.addItem}
      </button>
    </section>
  );
}

/** The agenda: domain tables and their items, to rename, add, remove and reorder. */
export function AgendaEditor() {
  const sections = useApp((state) => state.meeting!.sections);
  const editMeeting = useApp((state) => state.editMeeting);
  const [domain, setDomain] = useState(STANDARD_SECTIONS[0]!.key);
  const undo = useUndoableRemoval();
  return (
    <section className="panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{nl.prepare.agenda}</h2>
      {sections.map((section, index) => (
        <SectionEditor key={section.id} section={section} index={index} remove={undo.remove} />
      ))}
      <div className="inline-form">
        <select aria-label={nl.prepare.sectionTitle} value={domain} onChange={(e) => setDomain(e.target.value)}>
          {STANDARD_SECTIONS.map((t) => (
            <option key={t.key} value={t.key}>
              {t.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => editMeeting((m) => addSection(m, sectionFromDomain(domain)))}>
          {nl.prepare.addSection}
        </button>
      </div>
      <details>
        <summary>{nl.prepare.pasteAgenda}</summary>
        <PasteAgenda />
      </details>
      <UndoRemoval {...undo} />
    </section>
  );
}
