import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/model/rich-text';
import { blocksToDoc, docToBlocks, normalizeLink } from '../../renderer/editor/tiptap-blocks';
import { LETTERED_LIST_INPUT } from '../../renderer/editor/editor-extensions';

const notes: Block[] = [
  { id: 'h1', type: 'heading', content: [{ text: 'Mededelingen' }] },
  {
    id: 'p1',
    type: 'paragraph',
    content: [
      { text: 'Het ' },
      { text: 'PFHO', bold: true },
      { text: ' stelt voorstel 1 vast op de 18' },
      { text: 'e', superscript: true },
      { text: '; zie ' },
      { text: 'BaanTalent', italic: true, link: 'https://www.baantalentgv.nl/' },
      { text: '.\nNieuwe regel.' },
    ],
  },
  {
    id: 'l1',
    type: 'list',
    style: 'lettered',
    items: [
      {
        id: 'i1',
        content: [
          { id: 'p2', type: 'paragraph', content: [{ text: 'eerste' }] },
          {
            id: 'l2',
            type: 'list',
            style: 'bullet',
            items: [{ id: 'i2', content: [{ id: 'p3', type: 'paragraph', content: [{ text: 'genest' }] }] }],
          },
        ],
      },
      { id: 'i3', content: [{ id: 'p4', type: 'paragraph', content: [{ text: 'tweede' }] }] },
    ],
  },
  { id: 'l3', type: 'list', style: 'numbered', items: [{ id: 'i4', content: [{ id: 'p5', type: 'paragraph', content: [{ text: 'een' }] }] }] },
];

describe('notes between the editor and the model', () => {
  it('round-trips every block kind, mark and nesting with ids unchanged', () => {
    expect(docToBlocks(blocksToDoc(notes))).toEqual(notes);
  });

  it('maps lettered and numbered lists to ordered lists with and without type "a"', () => {
    const doc = blocksToDoc(notes);
    const lists = doc.content!.filter((node) => node.type === 'orderedList');
    expect(lists.map((node) => node.attrs?.type)).toEqual(['a', null]);
    expect(doc.content![0]).toMatchObject({ type: 'heading', attrs: { id: 'h1', level: 3 } });
  });

  it('keeps a heading under a sub-heading as the editor\'s h4, and back as level 2', () => {
    const blocks: Block[] = [
      { id: 'h1', type: 'heading', content: [{ text: 'Mededelingen' }] },
      { id: 'h2', type: 'heading', content: [{ text: 'Uit Huizen' }], level: 2 },
    ];
    const doc = blocksToDoc(blocks);
    expect(doc.content!.map((node) => node.attrs?.level)).toEqual([3, 4]);
    expect(docToBlocks(doc)).toEqual(blocks);
  });

  it('turns line breaks into hard breaks and back', () => {
    const doc = blocksToDoc([{ id: 'p', type: 'paragraph', content: [{ text: 'a\nb' }] }]);
    expect(doc.content![0]!.content!.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text']);
  });

  it('stores an untouched item as no notes, and drops the editor\'s trailing empty paragraphs', () => {
    expect(docToBlocks(blocksToDoc([]))).toEqual([]);
    const doc = { type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'x' }, content: [{ type: 'text', text: 'tekst' }] }, { type: 'paragraph', attrs: { id: 'y' } }] };
    expect(docToBlocks(doc)).toEqual([{ id: 'x', type: 'paragraph', content: [{ text: 'tekst' }] }]);
  });

  it('keeps an empty paragraph between two paragraphs, as typed', () => {
    const blocks: Block[] = [
      { id: 'a', type: 'paragraph', content: [{ text: 'een' }] },
      { id: 'b', type: 'paragraph', content: [] },
      { id: 'c', type: 'paragraph', content: [{ text: 'twee' }] },
    ];
    expect(docToBlocks(blocksToDoc(blocks))).toEqual(blocks);
  });

  it('merges adjacent text with the same marks into one run', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'p' }, content: [
      { type: 'text', text: 'Het ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'PFHO', marks: [{ type: 'bold' }] },
    ] }] };
    expect(docToBlocks(doc)).toEqual([{ id: 'p', type: 'paragraph', content: [{ text: 'Het PFHO', bold: true }] }]);
  });

  it('gives a node without an id a fresh one rather than losing it', () => {
    const [block] = docToBlocks({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] });
    expect(block!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps web and mail links, completes a typed www address, and drops others', () => {
    expect(normalizeLink('www.baantalentgv.nl')).toBe('https://www.baantalentgv.nl');
    expect(normalizeLink('mailto:m.stitzinger@regiogv.nl')).toBe('mailto:m.stitzinger@regiogv.nl');
    expect(normalizeLink('javascript:alert(1)')).toBeUndefined();
    const doc = { type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'p' }, content: [
      { type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
    ] }] };
    expect(docToBlocks(doc)).toEqual([{ id: 'p', type: 'paragraph', content: [{ text: 'klik' }] }]);
  });

  it('starts a lettered list on "a. " or "a) " only', () => {
    expect(LETTERED_LIST_INPUT.test('a. ')).toBe(true);
    expect(LETTERED_LIST_INPUT.test('a) ')).toBe(true);
    expect(LETTERED_LIST_INPUT.test('b. ')).toBe(false);
    expect(LETTERED_LIST_INPUT.test('na. ')).toBe(false);
  });
});
