import type { Settings } from '../../shared/model/settings';
import { nl } from '../i18n/nl';

type TextField = 'organisationName' | 'contactPerson' | 'contactEmail' | 'defaultMeetingName';

/** Who the organisation is: its name, contact, usual meeting name and municipalities. */
export function OrganisationFields({ draft, set }: { draft: Settings; set: (patch: Partial<Settings>) => void }) {
  const text = (field: TextField, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} />
    </label>
  );

  return (
    <>
      {text('organisationName', nl.settings.organisationName)}
      {text('contactPerson', nl.settings.contactPerson)}
      {text('contactEmail', nl.settings.contactEmail)}
      {text('defaultMeetingName', nl.settings.defaultMeetingName)}
      <label className="field">
        <span>{nl.settings.municipalities}</span>
        <textarea
          rows={4}
          value={draft.municipalities.join('\n')}
          onChange={(e) => set({ municipalities: e.target.value.split('\n').map((m) => m.trim()).filter(Boolean) })}
        />
      </label>
    </>
  );
}
