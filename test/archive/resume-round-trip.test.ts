import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResume, type ResumeImport } from '../../shared/archive/import/resume-import';
import { inferItemKind } from '../../shared/agenda/infer-kind';
import type { AgendaItem, Meeting } from '../../shared/model/meeting';
import { HAS_PANDOC, pandoc } from '../export/external-tools';
import { heading, item as plainItem, list, meeting, para, person, section } from '../export/meeting-fixtures';
import { comparableWords, similarity } from '../export/word-similarity';
import { comparable, exported, realMeeting, ROOT } from './import-fixtures';

const NOW = new Date('2026-12-05T10:00:00.000Z');

async function imported(bytes: Uint8Array): Promise<Meeting> {
  const result: ResumeImport = await importResume(bytes, { fileName: 'resume.docx', hash: 'abc', now: NOW });
  if (!result.ok) throw new Error(result.reason);
  return result.meeting;
}

/** An item of the kind its title says, as the import (and the real fixture) gives it. */
const item = (...args: Parameters<typeof plainItem>): AgendaItem => {
  const made = plainItem(...args);
  return { ...made, kind: inferItemKind(made.title) };
};

/** Everything the live view records beside the notes, and notes of every kind. */
function recordedMeeting(): Meeting {
  const opening = item('Agenda en mededelingen', heading('Mededelingen'), para('Het ', { text: 'PFHO', bold: true }, ' neemt ', { text: 'kennis', italic: true }, ' van het 18', { text: 'e', superscript: true }, ' rapport.'));
  const banen = {
    ...item('Banenafspraak', para('Zie ', { text: 'de regio', link: 'https://www.regiogv.nl/' }, '.'), list('bullet', [para('Bereik'), para('Met een toelichting.'), list('numbered', 'Eerst', 'Dan')], 'Proces')),
    portfolioHolders: ['Barbara Boudewijnse', 'Joke Lanphen'],
    documents: [
      { id: 'd1', title: 'Notitie banenafspraak', link: 'https://www.regiogv.nl/stukken/banen.pdf' },
      { id: 'd2', title: 'Begroting 2027', link: '' },
    ],
    proposals: [
      { id: 'v1', text: 'Instemmen met de regionale aanpak.', outcome: 'adopted' as const },
      { id: 'v2', text: 'Het budget van €40.000 beschikbaar stellen.', outcome: 'held-over' as const },
    ],
    decision: 'Het PFHO stemt in met voorstel 1 en houdt voorstel 2 aan.',
    actions: [
      { id: 'x1', who: 'Regio', what: 'Raadsinformatiebrief opstellen', due: '2027-01-15', done: false },
      { id: 'x2', who: 'Huizen', what: 'Webinar organiseren', done: true },
    ],
  };
  const rondvraag = item('Rondvraag', para('Geen.'));
  const late = { ...person('Flip de Groot', 'present', 'Laren'), fromItemId: banen.id };
  return meeting({
    attendees: [late, person('Barbara Boudewijnse', 'present', 'Gooise Meren', ['Werk & Participatie']), person('Marcel Moes', 'guest', '', ['Stolwijk Publiek Advies']), person('Roland Boom', 'absent', 'Huizen', ['Onderwijs'])],
    sections: [{ ...section('Werk en Participatie', opening, banen, rondvraag), chair: 'Mirjam Havinga' }, section('Jeugd en Onderwijs', item('Conformstukken', para('Vastgesteld.')))],
  });
}

describe('importing the project\'s own export of a resumé', () => {
  it('gives back the real resumé of 23 February 2023: tables, items, notes, proposals, decision and attendees', async () => {
    const original = await realMeeting();
    const back = await imported(await exported(original));
    expect(comparable(back)).toEqual(comparable(original));
    expect(back.imported).toEqual({ fileName: 'resume.docx', hash: 'abc', at: NOW.toISOString() });
  });

  it('gives back chairs, portfolio holders, documents, actions, guests, late arrivals, sub-headings, formatting, links, nested lists and list items of two paragraphs', async () => {
    const original = recordedMeeting();
    expect(comparable(await imported(await exported(original)))).toEqual(comparable(original));
  });

  it.skipIf(!HAS_PANDOC)('exports the imported resumé again as the words of the real one, at least 97 % alike', async () => {
    const reimported = await imported(await exported(await realMeeting()));
    const words = comparableWords(await pandoc(await exported(reimported), 'plain'));
    const original = comparableWords(await readFile(join(ROOT, 'test', 'fixtures', 'resume-2023-02-23.txt'), 'utf8'));
    const ratio = similarity(original, words);
    console.log(`archive round trip: similarity ${ratio.toFixed(4)} over ${original.length} words`);
    expect(ratio).toBeGreaterThanOrEqual(0.97);
  });
});
