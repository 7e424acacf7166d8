import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { blocksToDoc, docToBlocks } from '../../renderer/editor/tiptap-blocks';
import { LIMITS, listDepthOf } from '../../shared/model/limits';
import { notesPlainText } from '../../shared/model/rich-text';
import { nestedList } from '../support/deep-notes';

/** An editor document with a bullet list nested `depth` levels deep, one line of text per level. */
function deepDoc(depth: number): JSONContent {
  let inner: JSONContent[] = [];
  for (let level = depth; level >= 1; level -= 1) {
    const paragraph = { type: 'paragraph', attrs: { id: `p${level}` }, content: [{ type: 'text', text: `regel ${level}` }] };
    inner = [{ type: 'bulletList', attrs: { id: `l${level}` }, content: [{ type: 'listItem', attrs: { id: `i${level}` }, content: [paragraph, ...inner] }] }];
  }
  return { type: 'doc', content: inner };
}

describe('notes from the editor at the nesting limit', () => {
  it('keeps lists as deep as the limit exactly as they are', () => {
    const blocks = [nestedList(LIMITS.listDepth, 'regel')];
    expect(docToBlocks(blocksToDoc(blocks))).toEqual(blocks);
  });

  it('gives the text of lists pasted deeper than the limit to the deepest item allowed, losing no line', () => {
    const blocks = docToBlocks(deepDoc(LIMITS.listDepth + 15));
    expect(listDepthOf(blocks)).toBe(LIMITS.listDepth);
    const lines = Array.from({ length: LIMITS.listDepth + 15 }, (_, n) => `regel ${n + 1}`);
    expect(notesPlainText(blocks).split('\n')).toEqual(lines);
  });
});
