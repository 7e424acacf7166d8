import { STANDARD_SECTIONS } from '../../shared/agenda/standard-agenda';
import { nl } from '../i18n/nl';

/** The sections (domain tables) a new meeting gets, ticked on and off in the order they usually meet. */
export function SectionPicker({ domains, onChange }: { domains: string[]; onChange: (domains: string[]) => void }) {
  function toggle(key: string, checked: boolean): void {
    // Keep the order of STANDARD_SECTIONS, the order the tables usually meet in.
    const next = new Set(domains);
    if (checked) next.add(key);
    else next.delete(key);
    onChange(STANDARD_SECTIONS.map((standard) => standard.key).filter((k) => next.has(k)));
  }

  return (
    <fieldset className="field">
      <legend>{nl.newMeeting.domains}</legend>
      <p className="hint">{nl.newMeeting.domainsHint}</p>
      {STANDARD_SECTIONS.map((standard) => (
        <label key={standard.key} className="checkbox">
          <input type="checkbox" checked={domains.includes(standard.key)} onChange={(event) => toggle(standard.key, event.target.checked)} />
          {standard.title}
        </label>
      ))}
    </fieldset>
  );
}
