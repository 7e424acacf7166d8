import JSZip from 'jszip';

/**
 * The organisation's template as a zip, opened with limits: a template is a file from outside,
 * and a zip bomb of 171 KB once took 3 GB and froze the app for 22 seconds (issue 16).
 */
export const WORD_TEMPLATE_LIMITS = {
  /** The .docx file itself; a template with its logo is a few hundred KB. */
  fileBytes: 10 * 1024 * 1024,
  /** Everything in it unzipped, images included. */
  unzippedBytes: 50 * 1024 * 1024,
  /** Its XML unzipped: the patcher holds each part as a tree many times that size. */
  xmlBytes: 10 * 1024 * 1024,
  entries: 1000,
} as const;

export type WordPackageProblem = 'unreadable' | 'too-large' | 'macros';

export class WordPackageError extends Error {
  override readonly name = 'WordPackageError';
  constructor(
    message: string,
    readonly problem: WordPackageProblem,
  ) {
    super(message);
  }
}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const MAIN = /<Override\b[^>]*PartName="\/word\/document\.xml"[^>]*>/;
const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const TEMPLATE_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';

/** jszip's StreamHelper: public in its code and docs, missing from its type declarations. */
interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream;
  on(event: 'error', listener: (error: Error) => void): PartStream;
  on(event: 'end', listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** One part's bytes, inflated with a running count so a part that lies about its size is stopped. */
function inflateWithin(file: JSZip.JSZipObject, budget: { left: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.pause();
          reject(new WordPackageError(`the template unzips to more than ${MB(WORD_TEMPLATE_LIMITS.unzippedBytes)}; is it really a Word template?`, 'too-large'));
        }
      })
      .on('error', (error: Error) => reject(new WordPackageError(`the template's zip is damaged: ${error.message}`, 'unreadable')))
      .on('end', () => resolve())
      .resume();
  });
}

/** The sizes the zip's central directory declares: checked before anything is inflated. */
function declaredSize(file: JSZip.JSZipObject): number {
  // jszip keeps the central directory's figure on the internal _data; there is no public accessor.
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/**
 * Opens the template within the limits and makes sure it is a Word document: a .dotx becomes a
 * document (its content type would otherwise make every export a template), an .odt or any
 * other zip is refused as "not a Word document", a macro-enabled file is refused.
 */
export async function openWordPackage(bytes: Uint8Array): Promise<{ zip: JSZip; bytes: Uint8Array }> {
  if (bytes.length > WORD_TEMPLATE_LIMITS.fileBytes) {
    throw new WordPackageError(`the template is ${MB(bytes.length)}; at most ${MB(WORD_TEMPLATE_LIMITS.fileBytes)} is accepted`, 'too-large');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WordPackageError('the file is not a Word document (it is not a .docx zip at all)', 'unreadable');
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  if (files.length > WORD_TEMPLATE_LIMITS.entries) throw new WordPackageError(`the template holds ${files.length} files; a Word document holds far fewer`, 'too-large');
  const declared = files.reduce((sum, file) => sum + declaredSize(file), 0);
  const declaredXml = files.filter((file) => /\.(xml|rels)$/.test(file.name)).reduce((sum, file) => sum + declaredSize(file), 0);
  if (declared > WORD_TEMPLATE_LIMITS.unzippedBytes || declaredXml > WORD_TEMPLATE_LIMITS.xmlBytes) {
    throw new WordPackageError(`the template unzips to ${MB(declared)}; at most ${MB(WORD_TEMPLATE_LIMITS.unzippedBytes)} (${MB(WORD_TEMPLATE_LIMITS.xmlBytes)} of text) is accepted`, 'too-large');
  }
  const budget = { left: WORD_TEMPLATE_LIMITS.unzippedBytes };
  for (const file of files) await inflateWithin(file, budget);

  if (zip.file('mimetype') && !zip.file('word/document.xml')) {
    throw new WordPackageError('the file is not a Word document but an OpenDocument file (.odt); save it as .docx first', 'unreadable');
  }
  const types = await zip.file('[Content_Types].xml')?.async('string');
  const main = types ? MAIN.exec(types)?.[0] : undefined;
  if (!zip.file('word/document.xml') || !types || !main) throw new WordPackageError('the file is not a Word document (it has no word/document.xml)', 'unreadable');
  if (/macroEnabled/i.test(main)) throw new WordPackageError('the template is a macro-enabled Word file (.docm/.dotm); save it as .docx without macros', 'macros');
  if (!main.includes(TEMPLATE_TYPE)) return { zip, bytes };
  // A .dotx: the same package with the content type of a document.
  zip.file('[Content_Types].xml', types.replace(main, main.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)));
  return { zip, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}

/** The template's parts that show text: the body, and every header and footer. */
export async function textParts(zip: JSZip): Promise<{ name: string; where: 'body' | 'header' | 'footer'; xml: string }[]> {
  const names = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
  return Promise.all(
    names.map(async (name) => ({
      name,
      where: name.includes('header') ? ('header' as const) : name.includes('footer') ? ('footer' as const) : ('body' as const),
      xml: await zip.file(name)!.async('string'),
    })),
  );
}
