import { nl } from '../../i18n/nl';

interface Props {
  value: string | undefined;
  /** The domain tables to choose from, as the index knows them. */
  sections: readonly string[];
  onChange(section: string | undefined): void;
}

/** A filter on one domain table, written in capitals as the resumé writes them; empty for all. */
export function SectionSelect({ value, sections, onChange }: Props) {
  return (
    <label>
      {nl.search.section}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{nl.search.anySection}</option>
        {sections.map((section) => (
          <option key={section} value={section}>
            {section.toLocaleUpperCase('nl-NL')}
          </option>
        ))}
      </select>
    </label>
  );
}
