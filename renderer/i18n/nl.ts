import type { Notice } from '../../shared/api/contract';
import { ApiError, type ErrorCode } from '../../shared/api/errors';

/** Every word the secretary sees, in one place. */
export const nl = {
  appName: 'Notulist',
  list: {
    title: 'Vergaderingen',
    empty: 'Nog geen vergaderingen. Begin met “Nieuw overleg”.',
    newMeeting: 'Nieuw overleg',
    open: (name: string, date: string) => `${name}, ${date}`,
    delete: 'Verwijderen',
    deleteLabel: (name: string, date: string) => `Verwijderen: ${name}, ${date}`,
    lastEdited: (time: string) => `bewerkt ${time}`,
  },
  confirmDelete: {
    title: 'Vergadering verwijderen?',
    body: (name: string, date: string) =>
      `“${name}” van ${date} wordt naar de prullenbak van de werkmap verplaatst. Daar blijft het bestand bewaard.`,
    confirm: 'Verwijderen',
    cancel: 'Annuleren',
  },
  newMeeting: {
    title: 'Nieuw overleg',
    name: 'Naam van het overleg',
    date: 'Datum',
    domains: 'Domeintafels',
    domainsHint: 'Elke domeintafel krijgt de standaardagenda.',
    create: 'Overleg aanmaken',
    cancel: 'Annuleren',
    nameRequired: 'Vul de naam van het overleg in.',
    dateRequired: 'Kies de datum van het overleg.',
    domainRequired: 'Kies ten minste één domeintafel.',
  },
  meeting: {
    back: 'Terug naar overzicht',
    export: 'Exporteren',
    exporting: 'Bezig met exporteren…',
    exported: (fileName: string) => `Resumé opgeslagen als ${fileName}`,
    exportedIn: (folder: string) => `in de map ${folder}`,
    chair: (name: string) => `Voorzitter: ${name}`,
    notesLabel: (itemTitle: string) => `Notities bij ${itemTitle}`,
    loading: 'Vergadering laden…',
  },
  editor: {
    toolbar: 'Opmaak',
    bold: 'Vet',
    italic: 'Cursief',
    superscript: 'Superscript',
    subheading: 'Tussenkopje',
    bulletList: 'Opsomming',
    numberedList: 'Genummerde lijst',
    letteredList: 'Lijst met letters',
    link: 'Link',
    linkPrompt: 'Adres van de link (https://… of mailto:…)',
    linkApply: 'Toepassen',
    linkInvalid: 'Alleen webadressen (https://…) en e-mailadressen (mailto:…) kunnen een link zijn.',
    placeholder: 'Typ hier de notities…',
  },
  save: {
    saved: (time: string) => `Opgeslagen ${time}`,
    saving: 'Opslaan…',
    pending: 'Wijzigingen worden opgeslagen…',
    failed: (seconds: number) => `Opslaan mislukt – nieuwe poging over ${seconds} s`,
    idle: 'Alles is opgeslagen',
  },
  notice: {
    quarantined: (file: string, movedTo: string) =>
      `Het bestand ${file} kon niet worden gelezen en is apart gezet in ${movedTo}. Er is niets overschreven.`,
    missingMeetingFile: (file: string) => `Het bestand van een vergadering ontbreekt: ${file}. Ze staat niet meer in de lijst.`,
    restoredFromBackup: (file: string) => `Het bestand ${file} was beschadigd; de vorige versie is teruggezet uit de reservekopie.`,
    dismiss: 'Sluiten',
    listLabel: 'Meldingen',
  },
  errors: {
    'invalid-argument': 'De gegevens zijn niet geldig.',
    'unknown-method': 'Deze versie van Notulist kent die handeling niet.',
    'not-found': 'Deze vergadering bestaat niet (meer).',
    storage: 'Opslaan of lezen op schijf is mislukt.',
    export: 'Het resumé kon niet worden gemaakt.',
    unauthorized: 'Geen toegang: open Notulist via de link die bij het starten werd getoond.',
    internal: 'Er ging iets mis in Notulist.',
    offline: 'Notulist reageert niet. Draait het programma nog?',
  } satisfies Record<ErrorCode | 'offline', string>,
} as const;

/** A Dutch message for any failure the UI meets. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return nl.errors[error.code];
  return nl.errors.offline;
}

export function noticeMessage(notice: Notice): string {
  switch (notice.code) {
    case 'quarantined':
      return nl.notice.quarantined(notice.file, notice.movedTo ?? '');
    case 'missing-meeting-file':
      return nl.notice.missingMeetingFile(notice.file);
    case 'restored-from-backup':
      return nl.notice.restoredFromBackup(notice.file);
  }
}
