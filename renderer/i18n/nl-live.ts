/** The live view's words for its time record, filled usual outcomes and shortcuts; spread into nl.live. */
export const liveWords = {
  meetingNotStarted: 'De vergadering is nog niet gestart.',
  meetingEnded: (start: string, end: string, elapsed: string) => `Vergadering ${start}–${end} (${elapsed})`,
  startMeeting: 'Vergadering starten',
  endMeeting: 'Vergadering beëindigen',
  resumeMeeting: 'Vergadering hervatten',
  overrun: (over: string) => `${over} over de tijd`,
  overrunTitle: (title: string) => `⏱ Over de tijd – ${title}`,
  finishItem: 'Afgerond',
  reopenItem: 'Heropenen',
  confidential: 'vertrouwelijk',
  proposals: 'Voorstellen',
  phrasePrompt: (label: string) => `Aanvullen: ${label}`,
  phrasePromptHint: 'Enter voegt de tekst in, Escape annuleert.',
  phraseIncomplete: 'Vul eerst alles in; er is nog niets ingevoegd.',
  phraseInsert: 'Invoegen',
  phraseCancel: 'Annuleren',
  phraseVariables: { naam: 'Naam', gemeente: 'Gemeente', datum: 'Datum', voorstel: 'Voorstel(len)', agendapunt: 'Agendapunt' },
} as const;

/** What each live shortcut does; the keys themselves are defined in renderer/screens/live/live-shortcuts.ts. */
export const liveShortcutWords = {
  next: 'Volgend agendapunt (het huidige wordt afgerond)',
  previous: 'Vorig agendapunt',
  done: 'Agendapunt afgerond / heropenen',
  phrase: 'Gebruikelijke tekst invoegen',
  proposals: 'Naar de uitkomsten van de voorstellen',
  decision: 'Naar het besluit',
  action: 'Actie toevoegen',
  presence: 'Naar de aanwezigheid',
  overview: 'Naar het overzicht',
  notes: 'Naar de notities',
  start: 'Vergadering starten of hervatten',
  end: 'Vergadering beëindigen',
} as const;
