import { getSchema } from '@tiptap/core';
import { AllSelection, EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { notesExtensions } from '../../renderer/editor/editor-extensions';
import { addsNoBlock } from '../../renderer/editor/stable-ids';
import { endsNoWord } from '../../renderer/editor/notes-link';
import { browserTypesInto } from '../../renderer/editor/typed-text-scroll';

const schema = getSchema(notesExtensions());
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text: 'Het PFHO besluit' }] },
    { type: 'paragraph', attrs: { id: 'p2' }, content: [{ type: 'text', text: 'tot vaststelling' }] },
  ],
});
const state = EditorState.create({ schema, doc });
const stepsOf = (tr: ReturnType<typeof state.tr.insertText>) => tr.steps.map(addsNoBlock);

describe('which edits need new block ids', () => {
  it('typing, deleting text and marking it add no block', () => {
    expect(stepsOf(state.tr.insertText('x', 5))).toEqual([true]);
    expect(stepsOf(state.tr.delete(3, 6))).toEqual([true]);
    expect(stepsOf(state.tr.delete(10, 22))).toEqual([true]);
    expect(stepsOf(state.tr.addMark(1, 4, schema.marks.bold!.create()))).toEqual([true]);
    const bold = state.apply(state.tr.addMark(1, 4, schema.marks.bold!.create()));
    expect(stepsOf(bold.tr.removeMark(1, 4, schema.marks.bold!))).toEqual([true]);
  });

  it('Enter, a pasted paragraph, a new list and a changed attribute may', () => {
    expect(stepsOf(state.tr.split(5))).toEqual([false]);
    expect(stepsOf(state.tr.replaceWith(5, 5, schema.nodes.paragraph!.create(null, schema.text('geplakt'))))).toEqual([false]);
    const list = state.tr.setSelection(TextSelection.create(doc, 3));
    const range = list.doc.resolve(3).blockRange()!;
    expect(stepsOf(list.wrap(range, [{ type: schema.nodes.bulletList! }, { type: schema.nodes.listItem! }]))).toEqual([false]);
    expect(stepsOf(state.tr.setNodeAttribute(0, 'id', null))).toEqual([false]);
  });
});

describe('which edits autolink must look at', () => {
  it('typing within a word or deleting cannot finish a web address', () => {
    expect(state.tr.insertText('x', 5).steps.map(endsNoWord)).toEqual([true]);
    expect(state.tr.delete(3, 6).steps.map(endsNoWord)).toEqual([true]);
  });

  it('a space, a typed text ending in one, Enter or a mark may', () => {
    expect(state.tr.insertText(' ', 5).steps.map(endsNoWord)).toEqual([false]);
    expect(state.tr.insertText('www.regiogv.nl\u00a0', 5).steps.map(endsNoWord)).toEqual([false]);
    expect(state.tr.split(5).steps.map(endsNoWord)).toEqual([false]);
    expect(state.tr.addMark(1, 4, schema.marks.bold!.create()).steps.map(endsNoWord)).toEqual([false]);
  });
});

describe('which typed text the browser puts on the page (and has scrolled to)', () => {
  const selecting = (selection: TextSelection | AllSelection) => state.apply(state.tr.setSelection(selection));

  it('a caret, or a selection within one paragraph', () => {
    expect(browserTypesInto(selecting(TextSelection.create(doc, 5)))).toBe(true);
    expect(browserTypesInto(selecting(TextSelection.create(doc, 2, 9)))).toBe(true);
  });

  it('not a selection across paragraphs or of everything: ProseMirror replaces those itself', () => {
    expect(browserTypesInto(selecting(TextSelection.create(doc, 5, 22)))).toBe(false);
    expect(browserTypesInto(selecting(new AllSelection(doc)))).toBe(false);
  });
});
