// Dutch text of the archive: importing past Word resumés; part of `nl` (see nl.ts).

export const archive = {
  import: 'Importeren',
  importHint: 'Eerdere resumés (Word, .docx) toevoegen aan het archief',
  chooseFiles: 'Resumés kiezen (.docx)',
  title: 'Resumés importeren',
  progress: (done: number, total: number) => `${done} van ${total} ${total === 1 ? 'document' : 'documenten'} gelezen…`,
  summary: (imported: number, duplicates: number, failed: number) =>
    `${imported} geïmporteerd, ${duplicates} overgeslagen (al eerder geïmporteerd), ${failed} niet geïmporteerd`,
  imported: (name: string, date: string) => `Geïmporteerd als “${name}” van ${date}.`,
  importedWithNotes: 'Tekst die niet bij een agendapunt hoorde, staat als notitie onder “Overige tekst uit het document”.',
  imagesLeftOut: (count: number) => `${count === 1 ? 'Eén afbeelding is' : `${count} afbeeldingen zijn`} niet overgenomen; het document zelf is bewaard.`,
  duplicate: (name: string, date: string) => `Overgeslagen: dit bestand is al geïmporteerd als “${name}” van ${date}.`,
  problems: {
    unreadable: 'Niet geïmporteerd: dit is geen Word-document (.docx) dat Notulist kan lezen.',
    'not-a-resume': 'Niet geïmporteerd: dit document lijkt geen resumé. Notulist vond geen vergadering met datum bovenaan, of geen titel “Resumé” en geen tabel Algemeen.',
    'too-large': 'Niet geïmporteerd: het document is groter dan een vergadering in Notulist mag zijn.',
  },
  failedCall: (message: string) => `Niet geïmporteerd: ${message}`,
  open: 'Openen',
  openLabel: (name: string, date: string) => `Openen: ${name}, ${date}`,
  close: 'Sluiten',
  mark: 'geïmporteerd',
} as const;
