import type JSZip from 'jszip';
import { xmlSafeText } from './docx-text';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const HEADER_RELATIONSHIP = `${R}/header`;
const OWN_HEADER = 'header-notulist-mark.xml';
const OWN_ID = 'rIdNotulistMark';

const escapeXml = (text: string) => xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The mark as the built-in house style sets it: bold, at the right, above the header's own content. */
function markParagraph(text: string): string {
  return `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/**
 * Puts the confidential version's mark on every page of a filled own template: at the top of
 * each of its headers, and in a header of its own for every section that has no default header.
 */
export async function markEveryPage(zip: JSZip, text: string): Promise<void> {
  const paragraph = markParagraph(text);
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header[^/]*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/(<w:hdr\b[^>]*>)/, `$1${paragraph}`));
  }
  const document = await zip.file('word/document.xml')!.async('string');
  let added = false;
  const withHeaders = document.replace(/<w:sectPr\b[^>]*\/>|<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (sectPr) => {
    if (/<w:headerReference\b[^>]*w:type="default"/.test(sectPr)) return sectPr;
    added = true;
    const reference = `<w:headerReference w:type="default" r:id="${OWN_ID}" xmlns:r="${R}"/>`;
    return sectPr.endsWith('/>') ? `${sectPr.slice(0, -2)}>${reference}</w:sectPr>` : sectPr.replace(/^<w:sectPr\b[^>]*>/, (open) => `${open}${reference}`);
  });
  if (!added) return;
  zip.file('word/document.xml', withHeaders);
  zip.file(`word/${OWN_HEADER}`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}">${paragraph}</w:hdr>`);
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', `<Relationship Id="${OWN_ID}" Type="${HEADER_RELATIONSHIP}" Target="${OWN_HEADER}"/></Relationships>`));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/word/${OWN_HEADER}" ContentType="${HEADER_TYPE}"/></Types>`));
}
