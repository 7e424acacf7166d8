/**
 * Word puts no real lists on the clipboard: each item is a paragraph styled `mso-list:l0 level2`
 * with its bullet or number as text inside a conditional comment. This rebuilds real nested
 * lists from those, turns headings into our one sub-heading level, and drops Word's styling
 * (classes, styles, fonts, spans), keeping bold, italic, superscript and links.
 */

const WORD_MARKERS = /urn:schemas-microsoft-com:office|class="?Mso|mso-list/i;

export function isWordHtml(html: string): boolean {
  return WORD_MARKERS.test(html);
}

/** The fake bullet or number in `<![if !supportLists]>…<![endif]>`, kept as a data attribute. */
function markListMarkers(html: string): string {
  return html.replace(/<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi, (_whole, inner: string) => {
    const marker = inner.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '').replace(/"/g, '');
    return `<span data-list-marker="${marker}"></span>`;
  });
}

type ListKind = { tag: 'ul' | 'ol'; type?: 'a' };

function listKindOf(marker: string): ListKind {
  if (/^\d+[.)]?$/.test(marker)) return { tag: 'ol' };
  if (/^[a-z][.)]?$/.test(marker)) return { tag: 'ol', type: 'a' };
  return { tag: 'ul' };
}

const KEEP = new Set(['B', 'STRONG', 'I', 'EM', 'SUP', 'A', 'BR']);

/** The paragraph's text and kept marks, with everything Word added removed. */
function cleanInline(source: Node, doc: Document): DocumentFragment {
  const out = doc.createDocumentFragment();
  source.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) {
      out.append(doc.createTextNode((child.textContent ?? '').replace(/\u00a0/g, ' ')));
    } else if (child instanceof Element && !child.hasAttribute('data-list-marker')) {
      const inner = cleanInline(child, doc);
      if (KEEP.has(child.tagName)) {
        const kept = doc.createElement(child.tagName.toLowerCase());
        const href = child.getAttribute('href');
        if (child.tagName === 'A' && href) kept.setAttribute('href', href);
        kept.append(inner);
        out.append(kept);
      } else {
        out.append(inner);
      }
    }
  });
  return out;
}

/** Word's list id (l0, l1, …) and nesting level of a list paragraph. */
function listPlace(element: Element): { listId: string; level: number } | undefined {
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(element.getAttribute('style') ?? '');
  if (match) return { listId: match[1]!, level: Number(match[2]) };
  return /MsoListParagraph/i.test(element.className) ? { listId: 'l?', level: 1 } : undefined;
}

export function wordHtmlToCleanHtml(html: string): string {
  const doc = new DOMParser().parseFromString(markListMarkers(html), 'text/html');
  const output = doc.createElement('div');
  let stack: { level: number; listId: string; kind: string; list: HTMLElement }[] = [];

  for (const node of Array.from(doc.body.children)) {
    const place = node.tagName === 'P' ? listPlace(node) : undefined;
    if (place === undefined) {
      stack = [];
      const isHeading = /^H[1-6]$/.test(node.tagName);
      const block = doc.createElement(isHeading ? 'h3' : node.tagName === 'UL' || node.tagName === 'OL' ? node.tagName.toLowerCase() : 'p');
      if (block.tagName === 'UL' || block.tagName === 'OL') block.innerHTML = node.innerHTML;
      else block.append(cleanInline(node, doc));
      if (block.textContent?.trim()) output.append(block);
      continue;
    }
    const { level, listId } = place;
    const kind = listKindOf(node.querySelector('[data-list-marker]')?.getAttribute('data-list-marker') ?? '');
    const kindKey = `${kind.tag}${kind.type ?? ''}`;
    while (stack.length && stack.at(-1)!.level > level) stack.pop();
    // Another Word list, or another kind of list, at the same level starts a list of its own.
    const top = stack.at(-1);
    if (top && top.level === level && (top.listId !== listId || top.kind !== kindKey)) stack.pop();
    if (!stack.length || stack.at(-1)!.level < level) {
      const list = doc.createElement(kind.tag);
      if (kind.type) list.setAttribute('type', kind.type);
      const parentItem = stack.at(-1)?.list.lastElementChild;
      (parentItem ?? output).append(list);
      stack.push({ level, listId, kind: kindKey, list });
    }
    const item = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(cleanInline(node, doc));
    item.append(paragraph);
    stack.at(-1)!.list.append(item);
  }
  return output.innerHTML;
}
