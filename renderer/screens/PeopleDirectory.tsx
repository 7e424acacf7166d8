import { useState, type FormEvent } from 'react';
import { newId } from '../../shared/model/ids';
import type { Person } from '../../shared/model/person';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';

const splitList = (text: string) => text.split(',').map((p) => p.trim()).filter(Boolean);

function PersonRow({ person }: { person: Person }) {
  const savePerson = useApp((state) => state.savePerson);
  const deletePerson = useApp((state) => state.deletePerson);
  const [draft, setDraft] = useState({ ...person, portfolios: person.portfolios.join(', ') });
  const changed = draft.name !== person.name || draft.municipality !== person.municipality || draft.email !== person.email || draft.portfolios !== person.portfolios.join(', ');
  return (
    <li className="person-row">
      <input aria-label={nl.prepare.personName} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <input aria-label={nl.prepare.municipality} list="municipalities" value={draft.municipality} onChange={(e) => setDraft({ ...draft, municipality: e.target.value })} />
      <input aria-label={nl.prepare.portfolios} value={draft.portfolios} onChange={(e) => setDraft({ ...draft, portfolios: e.target.value })} />
      <input aria-label={nl.prepare.email} type="email" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
      <button
        type="button"
        disabled={!changed || !draft.name.trim()}
        aria-label={nl.settings.savePersonLabel(person.name)}
        onClick={() => void savePerson({ ...draft, name: draft.name.trim(), portfolios: splitList(draft.portfolios) })}
      >
        {nl.settings.save}
      </button>
      <button type="button" className="quiet" aria-label={nl.settings.deletePerson(person.name)} onClick={() => void deletePerson(person.id)}>
        ✕
      </button>
    </li>
  );
}

const EMPTY_PERSON = { name: '', municipality: '', portfolios: '', email: '' };

/** A new person for the directory, without preparing a meeting first. */
function NewPersonForm() {
  const savePerson = useApp((state) => state.savePerson);
  const [draft, setDraft] = useState(EMPTY_PERSON);
  const [problem, setProblem] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setProblem(!draft.name.trim());
    if (!draft.name.trim()) return;
    await savePerson({ id: newId(), name: draft.name.trim(), municipality: draft.municipality.trim(), portfolios: splitList(draft.portfolios), email: draft.email.trim() });
    setDraft(EMPTY_PERSON);
  }

  return (
    <form className="person-new" aria-label={nl.settings.addPerson} onSubmit={(e) => void submit(e)} noValidate>
      <input aria-label={nl.settings.newPersonName} placeholder={nl.prepare.personName} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <input aria-label={nl.settings.newPersonMunicipality} placeholder={nl.prepare.municipality} list="municipalities" value={draft.municipality} onChange={(e) => setDraft({ ...draft, municipality: e.target.value })} />
      <input aria-label={nl.settings.newPersonPortfolios} placeholder={nl.prepare.portfolios} value={draft.portfolios} onChange={(e) => setDraft({ ...draft, portfolios: e.target.value })} />
      <input aria-label={nl.settings.newPersonEmail} placeholder={nl.prepare.email} type="email" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
      <button type="submit">{nl.settings.addPerson}</button>
      {problem && (
        <p className="form-problems" role="alert">
          {nl.settings.personNameRequired}
        </p>
      )}
    </form>
  );
}

/** The people directory: name, municipality, portfolios and e-mail of everyone who attends. */
export function PeopleDirectory() {
  const people = useApp((state) => state.people);
  const municipalities = useApp((state) => state.settings?.municipalities ?? []);
  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title">{nl.settings.people}</h2>
      <p className="hint">{nl.settings.peopleHint}</p>
      {people.length === 0 ? (
        <p className="empty">{nl.settings.noPeople}</p>
      ) : (
        <ul className="people">
          {people.map((person) => (
            <PersonRow key={`${person.id}:${person.name}:${person.municipality}:${person.portfolios.join()}:${person.email}`} person={person} />
          ))}
        </ul>
      )}
      <NewPersonForm />
      <datalist id="municipalities">
        {municipalities.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </section>
  );
}
