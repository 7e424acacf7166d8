/**
 * A small, strict XML reader for the tests: enough for the parts docx writes, and strict on
 * purpose, so a part that is not well-formed XML (an unescaped `<` or `&`, a control
 * character, a tag left open) fails the test instead of being read leniently.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Characters XML 1.0 does not allow anywhere in a document. */
const ILLEGAL_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new SyntaxError(`raw "<" in text or attribute near ${where}`);
  return raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new SyntaxError(`bare "&" near ${where}`);
    if (entity in ENTITIES) return ENTITIES[entity]!;
    const numeric = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(entity);
    if (!numeric) throw new SyntaxError(`unknown entity &${entity}; near ${where}`);
    const code = numeric[1]!.startsWith('x') ? parseInt(numeric[1]!.slice(1), 16) : parseInt(numeric[1]!, 10);
    const character = String.fromCodePoint(code);
    if (ILLEGAL_CHAR.test(character)) throw new SyntaxError(`reference to an illegal character ${match} near ${where}`);
    return character;
  });
}

/** Parses a whole document and returns its root element; throws on anything malformed. */
export function parseXml(xml: string): XmlElement {
  const illegal = ILLEGAL_CHAR.exec(xml);
  if (illegal) throw new SyntaxError(`illegal character U+${illegal[0].codePointAt(0)!.toString(16)} at ${illegal.index}`);
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let at = 0;
  while (at < xml.length) {
    const top = stack[stack.length - 1]!;
    if (xml[at] !== '<') {
      const end = xml.indexOf('<', at);
      const raw = xml.slice(at, end === -1 ? xml.length : end);
      top.children.push(decode(raw, at));
      at += raw.length;
      continue;
    }
    if (xml.startsWith('<?', at)) {
      at = closeOf(xml, '?>', at);
    } else if (xml.startsWith('<!--', at)) {
      at = closeOf(xml, '-->', at);
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = closeOf(xml, ']]>', at);
      top.children.push(xml.slice(at + 9, end - 3));
      at = end;
    } else if (xml.startsWith('</', at)) {
      const end = closeOf(xml, '>', at);
      const name = xml.slice(at + 2, end - 1).trim();
      if (name !== top.name || stack.length === 1) throw new SyntaxError(`</${name}> closes <${top.name}> at ${at}`);
      stack.pop();
      at = end;
    } else {
      at = openTag(xml, at, top, stack);
    }
  }
  if (stack.length !== 1) throw new SyntaxError(`<${stack[stack.length - 1]!.name}> is never closed`);
  const elements = root.children.filter((child): child is XmlElement => typeof child !== 'string');
  if (elements.length !== 1) throw new SyntaxError(`expected one root element, found ${elements.length}`);
  return elements[0]!;
}

function closeOf(xml: string, token: string, from: number): number {
  const end = xml.indexOf(token, from);
  if (end === -1) throw new SyntaxError(`unterminated markup at ${from}`);
  return end + token.length;
}

/** Reads `<name a="…" …>` or `<name … />` at `at`; returns the index after it. */
function openTag(xml: string, at: number, parent: XmlElement, stack: XmlElement[]): number {
  const nameMatch = NAME.exec(xml.slice(at + 1, at + 200));
  if (!nameMatch) throw new SyntaxError(`bad tag at ${at}`);
  const element: XmlElement = { name: nameMatch[0], attrs: {}, children: [] };
  let pos = at + 1 + nameMatch[0].length;
  const attribute = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)/y;
  for (;;) {
    attribute.lastIndex = pos;
    const match = attribute.exec(xml);
    if (!match) throw new SyntaxError(`bad attribute in <${element.name}> at ${pos}`);
    pos = attribute.lastIndex;
    if (match[5]) {
      parent.children.push(element);
      if (match[5] === '>') stack.push(element);
      return pos;
    }
    if (match[1]! in element.attrs) throw new SyntaxError(`duplicate attribute ${match[1]} in <${element.name}>`);
    element.attrs[match[1]!] = decode(match[3] ?? match[4] ?? '', pos);
  }
}

/** Every element of that name below (and including) the node, in document order. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    if (element.name === name) found.push(element);
    for (const child of element.children) if (typeof child !== 'string') walk(child);
  };
  walk(node);
  return found;
}

/** The first direct or deeper element of that name, if any. */
export function find(node: XmlElement, name: string): XmlElement | undefined {
  return findAll(node, name)[0];
}
