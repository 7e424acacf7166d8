import JSZip from 'jszip';
import { find, findAll, parseXml, type XmlElement } from './xml-tree';

/** Reads a produced .docx back into what the tests look at: paragraphs, numbering, links. */

export interface DocxRun {
  text: string;
  bold: boolean;
  italic: boolean;
  superscript: boolean;
  style?: string;
  /** r:id of the hyperlink the run is in, if any. */
  hyperlink?: string;
}

export interface DocxParagraph {
  style?: string;
  numId?: string;
  ilvl?: number;
  indentLeft?: number;
  inTable: boolean;
  /** The paragraph's text; w:tab reads as "\t", w:br as "\n". */
  text: string;
  runs: DocxRun[];
}

export interface NumLevel {
  start?: number;
  numFmt?: string;
  lvlText?: string;
}

export interface DocxNumbering {
  /** w:num: its abstract definition and its w:startOverride per level. */
  nums: Map<string, { abstractNumId: string; startOverrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, NumLevel>>;
}

export interface DocxPackage {
  files: string[];
  parts: Record<string, string>;
  document: XmlElement;
  paragraphs: DocxParagraph[];
  /** Each table's rows of cells, a cell's paragraphs joined by "\n". */
  tables: string[][][];
  numbering: DocxNumbering;
  /** Relationship id → target and mode, from word/_rels/document.xml.rels. */
  relationships: Map<string, { type: string; target: string; mode?: string }>;
}

/** Unzips, parses every XML part strictly (so malformed XML fails here) and reads the body. */
export async function readDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const parts: Record<string, string> = {};
  for (const name of files) {
    if (/\.(xml|rels)$/.test(name)) {
      parts[name] = await zip.file(name)!.async('string');
      parseXml(parts[name]!); // well-formedness of every part, not only the ones read below
    }
  }
  const document = parseXml(required(parts, 'word/document.xml'));
  return {
    files,
    parts,
    document,
    paragraphs: readParagraphs(document),
    tables: findAll(document, 'w:tbl').map((table) =>
      findAll(table, 'w:tr').map((row) => findAll(row, 'w:tc').map((cell) => findAll(cell, 'w:p').map((p) => readParagraph(p, true).text).join('\n'))),
    ),
    numbering: readNumbering(parts['word/numbering.xml']),
    relationships: readRelationships(required(parts, 'word/_rels/document.xml.rels')),
  };
}

function required(parts: Record<string, string>, name: string): string {
  const part = parts[name];
  if (part === undefined) throw new Error(`the package has no ${name}`);
  return part;
}

const val = (element: XmlElement | undefined) => element?.attrs['w:val'];
const isOn = (element: XmlElement | undefined) =>
  element !== undefined && !['0', 'false', 'off'].includes(element.attrs['w:val'] ?? 'true');

function readParagraphs(document: XmlElement): DocxParagraph[] {
  const tableParagraphs = new Set(findAll(document, 'w:tbl').flatMap((table) => findAll(table, 'w:p')));
  return findAll(document, 'w:p').map((p) => readParagraph(p, tableParagraphs.has(p)));
}

function readParagraph(p: XmlElement, inTable: boolean): DocxParagraph {
  const pPr = p.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:pPr');
  const runs: DocxRun[] = [];
  const readRuns = (parent: XmlElement, hyperlink?: string) => {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'w:hyperlink') readRuns(child, child.attrs['r:id']);
      if (child.name === 'w:r') runs.push(readRun(child, hyperlink));
    }
  };
  readRuns(p);
  const ind = pPr && find(pPr, 'w:ind');
  const ilvl = val(pPr && find(pPr, 'w:ilvl'));
  return {
    style: val(pPr && find(pPr, 'w:pStyle')),
    numId: val(pPr && find(pPr, 'w:numId')),
    ilvl: ilvl === undefined ? undefined : Number(ilvl),
    indentLeft: ind?.attrs['w:left'] === undefined ? undefined : Number(ind.attrs['w:left']),
    inTable,
    text: runs.map((run) => run.text).join(''),
    runs,
  };
}

function readRun(r: XmlElement, hyperlink?: string): DocxRun {
  const rPr = r.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:rPr');
  let text = '';
  for (const child of r.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'w:t') text += child.children.filter((c) => typeof c === 'string').join('');
    if (child.name === 'w:tab') text += '\t';
    if (child.name === 'w:br') text += '\n';
  }
  return {
    text,
    bold: isOn(rPr && find(rPr, 'w:b')),
    italic: isOn(rPr && find(rPr, 'w:i')),
    superscript: val(rPr && find(rPr, 'w:vertAlign')) === 'superscript',
    style: val(rPr && find(rPr, 'w:rStyle')),
    hyperlink,
  };
}

function readNumbering(xml: string | undefined): DocxNumbering {
  const numbering: DocxNumbering = { nums: new Map(), abstracts: new Map() };
  if (xml === undefined) return numbering;
  const root = parseXml(xml);
  for (const abstract of findAll(root, 'w:abstractNum')) {
    const levels = new Map<number, NumLevel>();
    for (const lvl of findAll(abstract, 'w:lvl')) {
      const start = val(find(lvl, 'w:start'));
      levels.set(Number(lvl.attrs['w:ilvl']), {
        start: start === undefined ? undefined : Number(start),
        numFmt: val(find(lvl, 'w:numFmt')),
        lvlText: val(find(lvl, 'w:lvlText')),
      });
    }
    numbering.abstracts.set(abstract.attrs['w:abstractNumId']!, levels);
  }
  for (const num of findAll(root, 'w:num')) {
    const startOverrides = new Map<number, number>();
    for (const override of findAll(num, 'w:lvlOverride')) {
      const start = val(find(override, 'w:startOverride'));
      if (start !== undefined) startOverrides.set(Number(override.attrs['w:ilvl']), Number(start));
    }
    numbering.nums.set(num.attrs['w:numId']!, { abstractNumId: val(find(num, 'w:abstractNumId'))!, startOverrides });
  }
  return numbering;
}

function readRelationships(xml: string) {
  const relationships = new Map<string, { type: string; target: string; mode?: string }>();
  for (const rel of findAll(parseXml(xml), 'Relationship')) {
    relationships.set(rel.attrs.Id!, { type: rel.attrs.Type!, target: rel.attrs.Target!, mode: rel.attrs.TargetMode });
  }
  return relationships;
}
