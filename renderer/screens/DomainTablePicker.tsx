import { DOMAIN_TABLES } from '../../shared/agenda/standard-agenda';
import { nl } from '../i18n/nl';

/** The domain tables a new meeting gets, ticked on and off in the order they usually meet. */
export function DomainTablePicker({ domains, onChange }: { domains: string[]; onChange: (domains: string[]) => void }) {
  function toggle(key: string, checked: boolean): void {
    // Keep the order of DOMAIN_TABLES, the order the tables usually meet in.
    const next = new Set(domains);
    if (checked) next.add(key);
    else next.delete(key);
    onChange(DOMAIN_TABLES.map((table) => table.key).filter((k) => next.has(k)));
  }

  return (
    <fieldset className="field">
      <legend>{nl.newMeeting.domains}</legend>
      <p className="hint">{nl.newMeeting.domainsHint}</p>
      {DOMAIN_TABLES.map((table) => (
        <label key={table.key} className="checkbox">
          <input type="checkbox" checked={domains.includes(table.key)} onChange={(event) => toggle(table.key, event.target.checked)} />
          {table.title}
        </label>
      ))}
    </fieldset>
  );
}
