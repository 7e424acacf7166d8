import type { Node } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';

const isList = (node: Node): boolean => node.type.name === 'bulletList' || node.type.name === 'orderedList';

/** How deep lists nest inside a node, counting none for the node itself. */
function listDepthWithin(node: Node): number {
  let deepest = 0;
  node.forEach((child) => {
    deepest = Math.max(deepest, (isList(child) ? 1 : 0) + listDepthWithin(child));
  });
  return deepest;
}

/**
 * How deep the lists would nest if the list item at the selection went one level deeper: the
 * lists around it, one more, and those nested inside the item itself. 0 outside a list.
 */
export function listDepthAfterIndent(state: EditorState): number {
  const { $from } = state.selection;
  let around = 0;
  let item: Node | undefined;
  for (let level = $from.depth; level > 0; level -= 1) {
    const node = $from.node(level);
    if (isList(node)) around += 1;
    else if (node.type.name === 'listItem') item ??= node;
  }
  return item ? around + 1 + listDepthWithin(item) : 0;
}
