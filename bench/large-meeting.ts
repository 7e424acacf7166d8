import { MEETING_SCHEMA_VERSION, type AgendaItem, type Meeting, type Section } from '../shared/model/meeting';
import type { Block, Inline } from '../shared/model/rich-text';
import { newAgendaItem } from '../shared/agenda/new-meeting';

/** mulberry32: a small seeded generator, so every run builds the very same meeting (and a crash run can be repeated). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'de het een en van in op te dat voor met is zijn wordt worden gemeenten regio portefeuillehouders overleg voorstel ' +
  'jeugdhulp dagbesteding aanbieders continuïteit financiering uitvoeringsprogramma samenwerking inwoners zorg ' +
  'ondersteuning participatie werkgevers onderwijs evaluatie afspraken besluitvorming raadsinformatiebrief budget ' +
  'kwartaal capaciteit wethouder vastgesteld aanvulling doelgroep verbetertraject bestuurlijk gezondheid preventie'
).split(' ');

export interface LargeMeetingOptions {
  sections: number;
  itemsPerSection: number;
  /** Aimed-for words in the whole meeting. */
  words: number;
  seed: number;
}

export const LARGE_MEETING: LargeMeetingOptions = { sections: 12, itemsPerSection: 15, words: 53_500, seed: 20230223 };

/** A meeting of realistic shape: paragraphs, sub-headings, bullet, numbered and nested lettered lists. */
export function generateMeeting(options: LargeMeetingOptions = LARGE_MEETING): Meeting {
  const rand = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  let ids = 0;
  const id = (prefix: string) => `${prefix}${(ids += 1).toString(36)}`;
  const wordsPerItem = Math.floor(options.words / (options.sections * options.itemsPerSection));

  const sentence = (length: number): string => {
    const words = Array.from({ length }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const inlines = (length: number): Inline[] =>
    rand() < 0.2 ? [{ text: `${sentence(Math.max(1, length - 3))} ` }, { text: sentence(3), bold: true }] : [{ text: sentence(length) }];
  const paragraph = (length: number): Block => ({ id: id('p'), type: 'paragraph', content: inlines(length) });
  const list = (style: 'bullet' | 'numbered' | 'lettered', items: number, nested: boolean): Block => ({
    id: id('l'),
    type: 'list',
    style,
    items: Array.from({ length: items }, (_, index) => ({
      id: id('i'),
      content: nested && index === 0 ? [paragraph(8), list('lettered', 2, false)] : [paragraph(10)],
    })),
  });

  const notes = (): Block[] => {
    const blocks: Block[] = [];
    let words = 0;
    while (words < wordsPerItem) {
      const roll = rand();
      if (roll < 0.1) {
        blocks.push({ id: id('h'), type: 'heading', content: [{ text: sentence(3) }] });
        words += 3;
      } else if (roll < 0.3) {
        blocks.push(list(pick(['bullet', 'numbered', 'lettered'] as const), 3, rand() < 0.5));
        words += 30;
      } else {
        const length = 25 + Math.floor(rand() * 40);
        blocks.push(paragraph(length));
        words += length;
      }
    }
    return blocks;
  };

  const item = (index: number): AgendaItem => ({ ...newAgendaItem(index === 0 ? 'opening' : 'discussion', sentence(4).slice(0, -1)), id: id('a'), notes: notes() });
  const sections: Section[] = Array.from({ length: options.sections }, (_, s) => ({
    id: id('s'),
    title: `Domeintafel ${s + 1}`,
    chair: 'Mirjam Havinga',
    confidential: false,
    items: Array.from({ length: options.itemsPerSection }, (_, i) => item(i)),
  }));
  return {
    schemaVersion: MEETING_SCHEMA_VERSION,
    id: 'bench-large-meeting',
    name: 'Overleg portefeuillehouders sociaal domein',
    date: '2023-02-23',
    location: '',
    contactPerson: 'Marielle Stitzinger',
    contactEmail: 'm.stitzinger@regiogv.nl',
    confidential: false,
    reference: '23.0001000',
    attendees: [],
    sections,
    createdAt: '2023-02-23T09:00:00.000Z',
    updatedAt: '2023-02-23T09:00:00.000Z',
  };
}

/** The same content as Markdown, for pandoc's side of the export comparison. */
export function meetingAsMarkdown(meeting: Meeting): string {
  const text = (content: Inline[]) => content.map((i) => (i.bold ? `**${i.text.trim()}** ` : i.text)).join('');
  const blocks = (list: Block[], indent: string): string[] =>
    list.flatMap((block) => {
      if (block.type === 'paragraph') return [`${indent}${text(block.content)}`, ''];
      if (block.type === 'heading') return [`${indent}**${text(block.content)}**`, ''];
      return block.items.flatMap((item, n) => {
        const marker = block.style === 'bullet' ? '-' : block.style === 'numbered' ? `${n + 1}.` : `${String.fromCharCode(97 + n)}.`;
        const [first, ...rest] = blocks(item.content, `${indent}    `);
        return [`${indent}${marker} ${first?.trim() ?? ''}`, ...rest];
      });
    });
  return [
    '# RESUMÉ',
    '',
    `${meeting.name} 23 februari 2023`,
    '',
    ...meeting.sections.flatMap((s) => [`## ${s.title.toUpperCase()}`, '', ...s.items.flatMap((i) => [`### ${i.title}`, '', ...blocks(i.notes, '')])]),
  ].join('\n');
}

export function countWords(meeting: Meeting): number {
  let words = 0;
  const walk = (list: Block[]): void => {
    for (const b of list) {
      if (b.type === 'list') b.items.forEach((i) => walk(i.content));
      else words += b.content.map((c) => c.text).join('').split(/\s+/).filter(Boolean).length;
    }
  };
  meeting.sections.forEach((s) => s.items.forEach((i) => walk(i.notes)));
  return words;
}
