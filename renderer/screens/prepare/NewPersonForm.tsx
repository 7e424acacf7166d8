import { useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/model/person';
import { newId } from '../../../shared/model/ids';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

const EMPTY_DRAFT = { name: '', municipality: '', portfolios: '', email: '' };

/** Someone not yet in the people directory: saved there first, then handed on to attend. */
export function NewPersonForm({ onAdd }: { onAdd: (person: Person) => void }) {
  const municipalities = useApp((state) => state.settings?.municipalities ?? []);
  const savePerson = useApp((state) => state.savePerson);
  const [draft, setDraft] = useState(EMPTY_DRAFT);

  async function addNew(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!draft.name.trim()) return;
    const portfolios = draft.portfolios.split(',').map((p) => p.trim()).filter(Boolean);
    const person: Person = { id: newId(), name: draft.name.trim(), municipality: draft.municipality.trim(), portfolios, email: draft.email.trim() };
    await savePerson(person);
    onAdd(person);
    setDraft(EMPTY_DRAFT);
  }

  return (
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
  );
}
