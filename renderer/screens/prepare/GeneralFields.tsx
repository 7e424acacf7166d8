import { useState } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

type TextField = 'contactPerson' | 'contactEmail' | 'reference' | 'location';

/** The resumé's "Algemeen" table: contact person and e-mail default from the settings. */
export function GeneralFields() {
  const meeting = useApp((state) => state.meeting)!;
  const editMeeting = useApp((state) => state.editMeeting);
  const set = (patch: Partial<Meeting>) => editMeeting((m) => ({ ...m, ...patch }));
  // A day the calendar does not have reads as bad input with an empty value: keep the stored date.
  const [documentDateImpossible, setDocumentDateImpossible] = useState(false);
  const text = (field: TextField, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={meeting[field]} onChange={(e) => set({ [field]: e.target.value })} />
    </label>
  );
  return (
    <section className="panel" aria-labelledby="general-title">
      <h2 id="general-title">{nl.prepare.general}</h2>
      <div className="field-grid">
        {text('contactPerson', nl.prepare.contactPerson)}
        {text('contactEmail', nl.prepare.contactEmail, 'email')}
        {text('reference', nl.prepare.reference)}
        {text('location', nl.prepare.location)}
        <label className="field">
          <span>{nl.prepare.documentDate}</span>
          <input
            type="date"
            value={meeting.documentDate ?? ''}
            aria-invalid={documentDateImpossible}
            onBlur={(e) => setDocumentDateImpossible(e.target.validity.badInput)}
            onChange={(e) => {
              if (e.target.validity.badInput) return;
              setDocumentDateImpossible(false);
              editMeeting(({ documentDate: _old, ...rest }) => (e.target.value ? { ...rest, documentDate: e.target.value } : rest));
            }}
          />
          {documentDateImpossible && <span role="alert">{nl.dates.impossible}</span>}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={meeting.confidential} onChange={(e) => set({ confidential: e.target.checked })} />
          {nl.prepare.confidential}
        </label>
      </div>
    </section>
  );
}
