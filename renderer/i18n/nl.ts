import type { Notice } from '../../shared/api/contract';
import { ApiError, type ErrorCode } from '../../shared/api/api-error';
import { LIMITS } from '../../shared/model/limits';
import { agendaPasteTexts } from './nl-agenda-paste';
import { archive } from './nl-archive';
import { sync } from './nl-sync';
import { editorShortcutWords, editorTexts } from './nl-editor';
import { quarantine, versions } from './nl-history';
import { liveShortcutWords, liveWords } from './nl-live';
import { settingsTexts } from './nl-settings';
import { decisionsAndActionsTexts, searchTexts } from './nl-search';

/** 100000 as 100.000. */
const dutchNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

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
    dateInvalid: 'Kies een bestaande datum voor het overleg (dag, maand en jaar).',
    domainRequired: 'Kies ten minste één domeintafel.',
    carryOverAttendees: (date: string) => `Aanwezigen van vorige vergadering overnemen (${date})`,
  },
  meeting: {
    back: 'Terug naar overzicht',
    export: 'Exporteren',
    exporting: 'Bezig met exporteren…',
    exportPublic: 'Openbare versie exporteren',
    exported: (fileName: string) => `Resumé opgeslagen als ${fileName}`,
    exportedConfidential: 'Deze versie bevat vertrouwelijke onderdelen en vermeldt dat op elke pagina.',
    openExport: 'Openen in Word',
    showExport: 'Tonen in map',
    exportedIn: (folder: string) => `in de map ${folder}`,
    chair: (name: string) => `Voorzitter: ${name}`,
    notesLabel: (itemTitle: string) => `Notities bij ${itemTitle}`,
    loading: 'Vergadering laden…',
    editTitle: 'Naam en datum wijzigen',
    saveTitle: 'Naam en datum opslaan',
  },
  screens: {
    loading: 'Laden…',
    failed: 'Dit scherm kon niet worden geladen.',
    reload: 'Opnieuw laden',
  },
  editor: editorTexts,
  save: {
    saved: (time: string) => `Opgeslagen ${time}`,
    saving: 'Opslaan…',
    pending: 'Wijzigingen worden opgeslagen…',
    failed: (seconds: number) => `Opslaan mislukt – nieuwe poging over ${seconds} s`,
    idle: 'Alles is opgeslagen',
    settingsUnsaved: 'Instellingen nog niet opgeslagen',
    offlineKept: (seconds: number) => `Niet verbonden – wijzigingen staan veilig in deze browser (nieuwe poging over ${seconds} s)`,
    noAccessKept: 'Geen toegang – wijzigingen staan veilig in deze browser. Open Notulist opnieuw via de link uit het startvenster.',
  },
  noAccess: {
    title: 'Geen toegang',
    expiredLink: 'De link waarmee deze pagina werd geopend is niet meer geldig: Notulist is sindsdien opnieuw gestart.',
    missingKey: 'Deze browser heeft geen geldige toegangssleutel voor Notulist: de pagina is geopend zonder de link, of de sleutel is verlopen doordat Notulist opnieuw is gestart.',
    howTo: 'Open de link die Notulist toonde toen het werd gestart (in het venster waarin u "npm run web" of "npm start" uitvoerde). Die begint zo:',
    safe: 'Uw vergaderingen staan gewoon in de werkmap op deze computer; er is niets verloren. Wijzigingen die nog niet waren opgeslagen, staan in deze browser en worden opgeslagen zodra u weer toegang hebt.',
  },
  notice: {
    quarantined: (file: string, movedTo: string) =>
      `Het bestand ${file} kon niet worden gelezen en is apart gezet in ${movedTo}. Er is niets overschreven.`,
    missingMeetingFile: (file: string) => `Het bestand van een vergadering ontbreekt: ${file}. Ze staat niet meer in de lijst.`,
    restoredFromBackup: (file: string) => `Het bestand ${file} was beschadigd; de vorige versie is teruggezet uit de reservekopie.`,
    conflict: (meeting: string, copy: string) =>
      `De vergadering “${meeting}” is buiten Notulist gewijzigd terwijl ze open stond. Beide versies zijn bewaard: uw versie is opgeslagen, de andere staat in ${copy} en onder Eerdere versies.`,
    newerFile: (file: string) =>
      `Het bestand ${file} is gemaakt door een nieuwere versie van Notulist. Het wordt niet overschreven; instellingen en personen kunnen pas worden opgeslagen na het bijwerken van Notulist.`,
    repaired: (file: string, details: string, copy: string) =>
      `In ${file} hadden enkele instellingen een ongeldige waarde (${details}); die zijn teruggezet naar de standaard. Het oorspronkelijke bestand is bewaard in ${copy}.`,
    deletedElsewhere: (meeting: string) =>
      `De vergadering “${meeting}” is op een ander apparaat verwijderd en is hier daarom ook naar de prullenbak van de werkmap verplaatst. Daar blijft het bestand bewaard.`,
    revivedElsewhere: (meeting: string) =>
      `De vergadering “${meeting}” was verwijderd, maar op een ander apparaat is erin getypt zonder dat dat bekend was. Ze staat daarom weer in de lijst, met die aanvulling.`,
    unwritable: (file: string) =>
      `Het bestand ${file} kon niet worden gelezen en ook niet apart worden gezet, omdat de map alleen-lezen is. Het is ongemoeid gelaten en wordt niet overschreven.`,
    at: (time: string) => `Gemeld ${time}`,
    dismiss: 'Sluiten',
    listLabel: 'Meldingen',
  },
  versions,
  quarantine,
  archive,
  sync,
  settings: settingsTexts,
  search: searchTexts,
  decisionsAndActions: decisionsAndActionsTexts,
  tabs: { label: 'Onderdelen van de vergadering', prepare: 'Voorbereiden', notes: 'Notities', live: 'Vergadering', decisions: 'Besluitenlijst' },
  kinds: {
    opening: 'Opening en mededelingen',
    agenda: 'Vaststellen agenda',
    minutes: 'Resumé vorig overleg',
    consent: 'Conformstukken',
    discussion: 'Bespreekpunt',
    'any-other-business': 'Rondvraag',
    other: 'Overig',
  },
  statuses: { open: 'open', 'in-progress': 'bezig', done: 'afgerond', postponed: 'doorgeschoven', 'held-over': 'aangehouden' },
  outcomes: {
    pending: 'nog geen besluit',
    adopted: 'vastgesteld',
    'adopted-with-change': 'vastgesteld met aanpassing',
    rejected: 'niet vastgesteld',
    noted: 'kennisgenomen',
    postponed: 'doorgeschoven',
    'held-over': 'aangehouden',
  },
  attendance: { present: 'aanwezig', absent: 'afwezig', guest: 'gast' },
  prepare: {
    general: 'Algemeen',
    contactPerson: 'Contactpersoon',
    contactEmail: 'E-mail',
    confidential: 'Vertrouwelijk',
    reference: 'Kenmerk',
    documentDate: 'Datum van het resumé',
    location: 'Locatie',
    attendees: 'Deelnemers',
    pickPerson: 'Persoon uit de lijst',
    addAttendee: 'Toevoegen',
    newPerson: 'Nieuwe persoon',
    personName: 'Naam',
    municipality: 'Gemeente',
    portfolios: 'Portefeuilles (komma tussen)',
    email: 'E-mail',
    savePerson: 'Persoon opslaan en toevoegen',
    statusOf: (name: string) => `Status van ${name}`,
    removeAttendee: (name: string) => `${name} verwijderen uit de deelnemers`,
    carryOverAttendees: 'Aanwezigen van vorige vergadering overnemen',
    carryOverHint: (date: string) => `De leden van het overleg van ${date}; gasten niet. Wie er al staat, komt er niet twee keer op.`,
    capacityOf: (name: string) => `Hoedanigheid van ${name} (bijvoorbeeld toehoorder)`,
    capacity: 'Hoedanigheid', byRole: 'Aanwezige zonder naam', addByRole: 'Toevoegen',
    roleDescription: 'Omschrijving (bijvoorbeeld een raadslid uit Blaricum)',
    roleCapacity: 'Hoedanigheid (bijvoorbeeld toehoorder)',
    roleRequired: 'Vul een omschrijving in, bijvoorbeeld “een raadslid uit Blaricum”.',
    agendaNumber: (n: number) => `Agendapunt ${n}`,
    agenda: 'Agenda',
    ...agendaPasteTexts,
    addSection: 'Domeintafel toevoegen',
    sectionTitle: 'Naam van de domeintafel',
    chair: 'Voorzitter',
    removeSection: (title: string) => `Domeintafel ${title} verwijderen`,
    sectionUp: (title: string) => `Domeintafel ${title} omhoog`,
    sectionDown: (title: string) => `Domeintafel ${title} omlaag`,
    addItem: 'Agendapunt toevoegen',
    newItemTitle: 'Nieuw bespreekpunt',
    itemTitle: 'Titel',
    kind: 'Soort',
    plannedMinutes: 'Minuten',
    portfolioHolders: 'Portefeuillehouder(s)',
    proposals: 'Voorstellen',
    addProposal: 'Voorstel toevoegen',
    proposal: (n: number) => `Voorstel ${n}`,
    documents: 'Stukken',
    addDocument: 'Stuk toevoegen',
    documentTitle: 'Titel van het stuk',
    documentLink: 'Link of bestand',
    itemUp: (title: string) => `${title} omhoog`,
    itemDown: (title: string) => `${title} omlaag`,
    removeItem: (title: string) => `${title} verwijderen`,
    details: (title: string) => `Details van ${title}`,
    dragHandle: (title: string) => `${title} verslepen`,
    confidentialItem: 'Vertrouwelijk (niet in de openbare versie)',
    confidentialSection: (title: string) => `Domeintafel ${title} vertrouwelijk (niet in de openbare versie)`,
    removedItem: (title: string) => `Agendapunt “${title}” is verwijderd.`,
    removedSection: (title: string) => `Domeintafel “${title}” is verwijderd, met al haar agendapunten.`,
    undoRemoval: 'Ongedaan maken',
    dismissUndo: 'Melding sluiten',
  },
  live: {
    overview: 'Overzicht',
    previous: 'Vorig agendapunt',
    next: 'Volgend agendapunt',
    itemClock: (actual: string, planned: string) => `${actual} van ${planned}`,
    itemClockUnplanned: (actual: string) => `${actual}`,
    itemClockLabel: 'Tijd bij dit agendapunt',
    meetingClock: (elapsed: string, start: string) => `Vergadering: ${elapsed} (aanvang ${start})`,
    ...liveWords,
    status: 'Status',
    usual: 'Gebruikelijke tekst',
    presence: 'Aanwezigheid',
    arrives: (name: string) => `${name} sluit aan`,
    leaves: (name: string) => `${name} vertrekt`,
    decision: 'Besluit',
    actions: 'Acties',
    actionWho: 'Wie',
    actionWhat: 'Wat',
    actionDue: 'Uiterlijk',
    addAction: 'Actie toevoegen',
    actionDone: (what: string) => `Actie afgerond: ${what}`,
    previousActions: (date: string) => `Open acties uit het overleg van ${date}`,
    carryForward: 'Meenemen naar dit overleg',
    proposalOutcome: (n: number) => `Uitkomst voorstel ${n}`,
    chairOf: (chair: string) => `voorzitter ${chair}`,
  },
  decisions: { title: 'Besluitenlijst', none: 'Nog geen besluiten of acties vastgelegd.', due: (date: string) => `uiterlijk ${date}`,
    proposal: (n: number, text: string, outcome: string) => `Voorstel ${n}: ${text} (${outcome})`, decision: 'Besluit', action: 'Actie', done: 'afgerond' },
  shortcuts: {
    title: 'Sneltoetsen',
    close: 'Sluiten',
    live: liveShortcutWords,
    editor: editorShortcutWords,
    typedMarkers: (markers: string) => `${markers} + spatie`,
    typedMarkersDo: 'Opsomming, genummerde lijst, lijst met letters',
    either: (one: string, other: string) => `${one} of ${other}`,
    help: 'Dit overzicht',
  },
  errors: {
    'invalid-argument': 'De gegevens zijn niet geldig.',
    'unknown-method': 'Deze versie van Notulist kent die handeling niet.',
    'not-found': 'Deze vergadering bestaat niet (meer).',
    storage: 'Opslaan of lezen op schijf is mislukt.',
    export: 'Het resumé kon niet worden gemaakt.',
    unauthorized: 'Geen toegang: open Notulist via de link die bij het starten werd getoond.',
    unsupported: 'Dat kan alleen in de desktopversie van Notulist.',
    'too-large': `Dit is groter dan Notulist kan bewaren: een tekst van meer dan ${dutchNumber(LIMITS.blockCharacters)} tekens, meer dan ${dutchNumber(LIMITS.meetingCharacters)} tekens of ${dutchNumber(LIMITS.items)} agendapunten in één vergadering, of lijsten dieper dan ${LIMITS.listDepth} niveaus. Maak het kleiner; de laatst opgeslagen versie blijft bewaard.`,
    internal: 'Er ging iets mis in Notulist.',
    offline: 'Notulist reageert niet. Draait het programma nog?',
  } satisfies Record<ErrorCode | 'offline', string>,
  dates: {
    impossible: 'Deze datum bestaat niet. Kies een datum uit de kalender.',
  },
  unopenable: {
    warning: 'Kan niet worden geopend',
    impossibleDate: (dates: string, file: string) =>
      `Het bestand bevat een datum die niet bestaat (${dates}). Het is bewaard zoals het was: ${file}. Verbeter de datum in dat bestand, of verwijder het overleg.`,
  },
  renderError: {
    title: 'Er ging iets mis bij het tonen van dit scherm',
    body: 'Wat al was opgeslagen, blijft bewaard. Ga terug naar het overzicht en open het overleg opnieuw.',
    back: 'Terug naar het overzicht',
    detail: (message: string) => `Technische melding: ${message}`,
  },
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
    case 'conflict':
      return nl.notice.conflict(notice.meetingName ?? notice.file, notice.movedTo ?? '');
    case 'newer-file':
      return nl.notice.newerFile(notice.file);
    case 'repaired':
      return nl.notice.repaired(notice.file, notice.details ?? '', notice.movedTo ?? '');
    case 'unwritable':
      return nl.notice.unwritable(notice.file);
    case 'deleted-elsewhere':
      return nl.notice.deletedElsewhere(notice.meetingName ?? notice.file);
    case 'revived-elsewhere':
      return nl.notice.revivedElsewhere(notice.meetingName ?? notice.file);
  }
}
