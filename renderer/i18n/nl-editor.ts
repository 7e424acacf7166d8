// Dutch text of the notes editor and its shortcuts; `nl.editor` and part of `nl.shortcuts` (see nl.ts).

const labels = {
  bold: 'Vet',
  italic: 'Cursief',
  superscript: 'Superscript',
  subheading: 'Tussenkopje',
  subheading2: 'Kopje onder een tussenkopje',
  bulletList: 'Opsomming',
  numberedList: 'Genummerde lijst',
  letteredList: 'Lijst met letters',
} as const;

export const editorTexts = {
  toolbar: 'Opmaak',
  ...labels,
  /** What each toolbar button shows. */
  buttonText: { bold: 'B', italic: 'I', superscript: 'x²', subheading: 'Kop', subheading2: 'Kop 2', bulletList: '•', numberedList: '1.', letteredList: 'a.' },
  withKeys: (label: string, keys: string) => `${label} (${keys})`,
  link: 'Link',
  linkPrompt: 'Adres van de link (https://… of mailto:…)',
  linkApply: 'Toepassen',
  linkInvalid: 'Alleen webadressen (https://…) en e-mailadressen (mailto:…) kunnen een link zijn.',
  placeholder: 'Typ hier de notities…',
} as const;

/** What each editor shortcut does; the keys themselves are defined in renderer/editor/editor-shortcuts.ts. */
export const editorShortcutWords = {
  ...labels,
  indent: 'Lijst inspringen',
  outdent: 'Lijst terug laten springen',
  undo: 'Ongedaan maken (per agendapunt)',
  redo: 'Opnieuw (per agendapunt)',
} as const;
