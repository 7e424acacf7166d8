import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import { decisionsAndActionsOf, filterDecisionsAndActions } from '../../shared/search/decisions-and-actions';
import { decisionsAndActionsCsv } from '../../shared/search/decisions-and-actions-csv';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { item, meeting, section } from '../export/meeting-fixtures';
import { HAS_PANDOC, pandoc } from '../export/external-tools';
import { useTempDirs } from '../support/temp-workspace';

const SUBJECT = 'Het portefeuillehoudersoverleg';

function spring() {
  const dagbesteding = {
    ...item('Dagbesteding'),
    portfolioHolders: ['Barbara Boudewijnse'],
    decision: 'Dagbesteding wordt regionaal ingekocht.',
    actions: [
      { id: 'x1', who: 'Joke Lanphen', what: 'Raad informeren; "snel"', due: '2024-05-01', done: false },
      { id: 'x2', who: 'Secretariaat', what: 'Al gedaan', done: true },
    ],
  };
  const proposals = { ...item('Regiovisie'), proposals: [{ id: 'v1', text: 'Vaststellen', outcome: 'adopted' as const }] };
  return meeting({ id: 'm-spring', date: '2024-04-18', sections: [section('JEUGD EN ONDERWIJS', dagbesteding), section('GEZONDHEID EN ONDERSTEUNING', proposals)] });
}

describe('Besluiten en acties', () => {
  const tempDir = useTempDirs();

  it('takes every decision (also one worded from proposals) and every action not yet done', () => {
    const rows = decisionsAndActionsOf(spring(), SUBJECT);
    expect(rows.map((row) => [row.kind, row.text, row.people])).toEqual([
      ['decision', 'Dagbesteding wordt regionaal ingekocht.', ['Barbara Boudewijnse']],
      ['action', 'Raad informeren; "snel"', ['Joke Lanphen']],
      ['decision', 'Het portefeuillehoudersoverleg stelt het voorstel vast.', []],
    ]);
  });

  it('filters by domain table (whole title, any case) and by part of a person\'s name, newest meeting first', () => {
    const older = meeting({ id: 'm-winter', date: '2024-01-11', sections: [section('JEUGD EN ONDERWIJS', { ...item('Oud'), decision: 'Eerder besluit.' })] });
    const rows = [...decisionsAndActionsOf(older, SUBJECT), ...decisionsAndActionsOf(spring(), SUBJECT)];
    expect(filterDecisionsAndActions(rows, { section: 'jeugd en onderwijs' }).map((row) => row.text)).toEqual([
      'Dagbesteding wordt regionaal ingekocht.',
      'Raad informeren; "snel"',
      'Eerder besluit.',
    ]);
    expect(filterDecisionsAndActions(rows, { person: 'lanphen' }).map((row) => row.kind)).toEqual(['action']);
    expect(filterDecisionsAndActions(rows, { section: 'jeugd' })).toEqual([]);
  });

  it('writes CSV that Dutch Excel opens: a byte order mark, semicolons, quotes doubled, formulas defused', () => {
    const rows = decisionsAndActionsOf(spring(), SUBJECT);
    rows[0]!.text = '=SUM(A1)';
    const lines = decisionsAndActionsCsv(rows).split('\r\n');
    expect(lines[0]).toBe('\uFEFFSoort;Datum;Vergadering;Domeintafel;Agendapunt;Tekst;Wie;Uiterlijk');
    expect(lines[1]).toBe("Besluit;2024-04-18;Overleg portefeuillehouders sociaal domein;JEUGD EN ONDERWIJS;Dagbesteding;'=SUM(A1);Barbara Boudewijnse;");
    expect(lines[2]).toBe('Actie;2024-04-18;Overleg portefeuillehouders sociaal domein;JEUGD EN ONDERWIJS;Dagbesteding;"Raad informeren; ""snel""";Joke Lanphen;2024-05-01');
  });

  it('exports through the core into the exports folder, as CSV and as DOCX that pandoc reads back', async () => {
    const workspace = await tempDir();
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    const api = createClient((method, args) => dispatch(core, method, args));
    await api.saveMeeting({ meeting: spring() });
    const listed = await api.listDecisionsAndActions({ person: 'Joke' });
    expect(listed.rows.map((row) => row.text)).toEqual(['Raad informeren; "snel"']);
    expect(listed.people).toEqual(['Barbara Boudewijnse', 'Joke Lanphen']);

    const csv = await api.exportDecisionsAndActions({ format: 'csv', section: 'JEUGD EN ONDERWIJS' });
    expect(csv.path.startsWith(`${workspace}/exports/`) && csv.fileName.endsWith('Besluiten en acties.csv')).toBe(true);
    expect((await readFile(csv.path, 'utf8')).split('\r\n').filter(Boolean)).toHaveLength(3);

    const docx = await api.exportDecisionsAndActions({ format: 'docx' });
    expect(docx.fileName.endsWith('.docx')).toBe(true);
    if (HAS_PANDOC) {
      const text = await pandoc(new Uint8Array(await readFile(docx.path)), 'plain');
      for (const expected of ['Besluiten en acties', 'Overleg portefeuillehouders sociaal domein, 18 april 2024', 'Dagbesteding wordt regionaal ingekocht.', '1 mei 2024', 'stelt het voorstel vast']) {
        expect(text.replace(/\s+/g, ' ')).toContain(expected);
      }
    }
    await core.close();
  });
});
