// Dutch text of shared-folder sync: the status line, the folder setting, conflicts; part of `nl` (see nl.ts).

export const sync = {
  status: {
    off: 'Alleen lokaal (geen gedeelde map)',
    never: 'Nog niet gesynchroniseerd',
    synced: (time: string) => `Laatst gesynchroniseerd om ${time}`,
    unreachable: 'Gedeelde map niet bereikbaar – alles staat lokaal',
    stopped: {
      'format-missing': 'Synchronisatie gestopt: de map notulist-sync in de gedeelde map is leeg of verplaatst',
      'format-newer': 'Synchronisatie gestopt: werk Notulist bij; de gedeelde map is van een nieuwere versie',
      'format-invalid': 'Synchronisatie gestopt: de gedeelde map bevat een onleesbaar format.json',
      'local-state': 'Synchronisatie gestopt: de werkmap kon niet worden bijgewerkt',
    },
    conflicts: (count: number) => (count === 1 ? '1 conflict wacht' : `${count} conflicten wachten`),
    waiting: (count: number) => `${count} ${count === 1 ? 'bestand komt' : 'bestanden komen'} nog binnen`,
    exportCopiesWaiting: (count: number) => `${count} ${count === 1 ? 'resumé wacht' : 'resumés wachten'} op de gedeelde map`,
    syncNow: 'Nu synchroniseren',
  },
  minuting: (name: string) => `${name} notuleert dit overleg`,
  setting: {
    legend: 'Gedeelde map',
    explanation:
      'Een map die OneDrive, SharePoint, Dropbox, Syncthing of een netwerkschijf tussen laptops deelt. Elke laptop houdt alles lokaal en voegt de wijzigingen van de andere samen. Laat leeg om alleen lokaal te werken.',
    path: 'Pad van de gedeelde map',
    copyExports: (folder: string) => `Geëxporteerde resumés ook in de gedeelde map bewaren (map ${folder}, per jaar)`,
    choose: 'Kies map…',
    save: 'Map instellen',
    saved: (folder: string) => `Synchroniseert nu met ${folder}.`,
    off: 'Synchronisatie staat uit; alles blijft lokaal.',
    workspaceSynced: (service: string) =>
      `Let op: de werkmap van Notulist staat zelf in een map die ${service} synchroniseert. Laptops die tegelijk in dezelfde werkmap schrijven, krijgen kopieën in plaats van samengevoegde wijzigingen. Zet de werkmap buiten die map (NOTULIST_HOME) en kies hier de gedeelde map om te synchroniseren.`,
    refused: {
      'not-a-folder': 'Deze map bestaat niet of is vanaf deze computer niet bereikbaar.',
      'half-synced': 'In deze map staan al Notulist-gegevens, maar nog niet compleet (format.json ontbreekt). Wacht tot de synchronisatiedienst klaar is en probeer het opnieuw.',
      'inside-workspace': 'Deze map ligt in de eigen werkmap van Notulist. Kies de gedeelde map van de synchronisatiedienst.',
    },
  },
  conflicts: {
    title: 'Conflicten',
    count: (count: number) => (count === 1 ? '1 conflict' : `${count} conflicten`),
    none: 'Geen conflicten: alle laptops zijn het eens.',
    intro: 'Op twee laptops is hetzelfde stuk tegelijk gewijzigd. Kies de versie die blijft, of combineer de teksten.',
    version: (device: string, time: string) => `${device}, ${time}`,
    choose: 'Kies',
    chooseLabel: (device: string) => `Kies de versie van ${device}`,
    combine: 'Combineer',
    position: 'Verplaatst naar twee plekken; de eerste plek wordt gebruikt.',
    empty: '(leeg)',
    what: {
      meeting: 'Vergadering',
      section: 'Domeintafel',
      item: 'Agendapunt',
      block: 'Notitie',
      listitem: 'Opsommingspunt',
      attendee: 'Aanwezige',
      proposal: 'Voorstel',
      action: 'Actie',
      document: 'Stuk',
    } as Record<string, string>,
  },
  exportCopy: {
    copied: (path: string) => `Ook bewaard in de gedeelde map: ${path}.`,
    waiting: 'De gedeelde map is nu niet bereikbaar; het resumé wordt daar bewaard zodra die terug is.',
  },
  exportAsk: (count: number) => `Er ${count === 1 ? 'is nog 1 conflict' : `zijn nog ${count} conflicten`}. Toch exporteren?`,
  exportAnyway: 'Toch exporteren',
  cancel: 'Annuleren',
} as const;
