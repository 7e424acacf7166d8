import { heading, item, list, meeting, para, section } from './meeting-fixtures';

/** The meetings the export tests share (kept out of the test files, which must not import each other). */

/** A meeting with a bit of everything the body can hold. */
export function sampleMeeting() {
  return meeting({
    sections: [
      section(
        'Gezondheid en Ondersteuning',
        item(
          'Agenda en mededelingen',
          heading('Mededelingen'),
          para('Het ', { text: 'PFHO', bold: true }, ' neemt ', { text: 'kennis', italic: true }, ' van het 18', { text: 'e', superscript: true }, ' rapport.'),
          para('Zie ', { text: 'de regio', link: 'https://www.regiogv.nl/?a=1&b=2' }, ' of mail ', { text: 'de secretaris', link: 'mailto:m.stitzinger@regiogv.nl' }, '.'),
          para('De agenda wordt vastgesteld.'),
        ),
        item('Rondvraag', para('Geen.')),
      ),
      section('Jeugd en Onderwijs', item('Conformstukken', list('numbered', 'Eerste stuk', 'Tweede stuk'))),
    ],
  });
}

/**
 * Every list restarts at 1 (or a) at every level: the trap of dolanmiu/docx#2877, where a
 * nested list kept counting 4. 5. 6. Each list item's text names its list and position.
 */
export function restartFixture() {
  return meeting({
    sections: [
      section(
        'Jeugd en Onderwijs',
        item(
          'Twee lijsten na elkaar',
          list('numbered', 'A1', 'A2', 'A3'),
          // No paragraph in between: the hardest case for a reader to keep apart.
          list('numbered', 'B1', 'B2'),
          para('Tussentekst'),
          list('lettered', 'C1', 'C2'),
          list('lettered', 'D1', 'D2'),
        ),
        item(
          'Genest onder twee punten',
          list(
            'numbered',
            [para('E1'), list('lettered', 'E1a', 'E1b', 'E1c')],
            [para('E2'), list('lettered', 'E2a', 'E2b')],
          ),
          list(
            'numbered',
            [para('F1'), list('numbered', [para('F1.1'), list('lettered', 'F1.1a', 'F1.1b')], 'F1.2')],
            [para('F2'), list('numbered', [para('F2.1'), list('lettered', 'F2.1a', 'F2.1b')], 'F2.2')],
          ),
        ),
      ),
      section(
        'Werk en Participatie',
        item('Ander punt', list('numbered', 'G1', 'G2'), list('bullet', [para('H1'), list('numbered', 'H1.1', 'H1.2')], [para('H2'), list('numbered', 'H2.1')])),
      ),
    ],
  });
}

/** What Word draws before each item, by the item's text. */
export const EXPECTED_LABELS: Record<string, string> = {
  A1: '1.', A2: '2.', A3: '3.',
  B1: '1.', B2: '2.',
  C1: 'a.', C2: 'b.',
  D1: 'a.', D2: 'b.',
  E1: '1.', E1a: 'a.', E1b: 'b.', E1c: 'c.', E2: '2.', E2a: 'a.', E2b: 'b.',
  F1: '1.', 'F1.1': '1.', 'F1.1a': 'a.', 'F1.1b': 'b.', 'F1.2': '2.',
  F2: '2.', 'F2.1': '1.', 'F2.1a': 'a.', 'F2.1b': 'b.', 'F2.2': '2.',
  G1: '1.', G2: '2.',
  H1: '-', 'H1.1': '1.', 'H1.2': '2.', H2: '-', 'H2.1': '1.',
};

