import type { Block } from '../../shared/model/rich-text';

/** A list nested `depth` levels deep, each level's item holding a line of text and the next level. */
export function nestedList(depth: number, text: string): Block {
  let inner: Block[] = [];
  for (let level = depth; level >= 1; level -= 1) {
    const paragraph: Block = { id: `p${level}`, type: 'paragraph', content: [{ text: `${text} ${level}` }] };
    inner = [{ id: `l${level}`, type: 'list', style: level % 2 ? 'numbered' : 'bullet', items: [{ id: `i${level}`, content: [paragraph, ...inner] }] }];
  }
  return inner[0]!;
}

/**
 * The JSON text of a list nested `depth` levels deep, written as text: JSON.stringify itself
 * overflows the stack on such a value.
 */
export function deepListJson(depth: number): string {
  const open = (level: number) => `{"id":"l${level}","type":"list","style":"bullet","items":[{"id":"i${level}","content":[{"id":"p${level}","type":"paragraph","content":[{"text":"x"}]},`;
  const parts: string[] = [];
  for (let level = 1; level <= depth; level += 1) parts.push(open(level));
  parts.push('{"id":"p0","type":"paragraph","content":[]}');
  parts.push(']}]}'.repeat(depth));
  return parts.join('');
}
