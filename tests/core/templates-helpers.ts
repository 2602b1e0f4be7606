import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import PizZip from 'pizzip';

export const templatesDir = path.join(import.meta.dirname, '..', '..', 'resources', 'templates');

export const readTemplate = (file: string): Buffer => fs.readFileSync(path.join(templatesDir, file));

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Paragraph texts of a DOCX body via mammoth's HTML (line breaks kept as "\n"). */
export async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const { value } = await mammoth.convertToHtml({ buffer: docx });
  return [...value.matchAll(/<(p|h\d|li)[^>]*>([\s\S]*?)<\/\1>/g)].map((match) =>
    unescape((match[2] ?? '').replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')),
  );
}

export const partXml = (docx: Buffer, part: string): string => new PizZip(docx).file(part)?.asText() ?? '';

/** Text of all `<w:t>` elements of every XML part (body, headers, footers). */
export function allText(docx: Buffer): string {
  const zip = new PizZip(docx);
  return Object.keys(zip.files)
    .filter((name) => name.endsWith('.xml'))
    .map((name) =>
      [...(zip.file(name)?.asText() ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join(''),
    )
    .join('\n');
}

/** Checks that tags open and close in order (a cheap well-formedness check without a DOM). */
export function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const match of xml.replace(/<\?[\s\S]*?\?>/g, '').matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

/** Paragraphs (`<w:p>` elements) without any text, tab, break or drawing. */
export const emptyParagraphCount = (xml: string): number =>
  [...xml.matchAll(/<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>|<w:p\/>/g)].filter(
    (match) => !/<w:t[ >][^<]+<\/w:t>|<w:tab\/>|<w:br\b|<w:drawing|<w:fldSimple/.test(match[0]),
  ).length;

const contentTypes = (
  main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

const rootRels =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export const p = (text: string): string =>
  `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:t></w:r></w:p>`;

/** A minimal DOCX with the given paragraphs; `extra` adds or replaces parts. */
export function makeDocx(
  paragraphs: readonly string[],
  extra: Readonly<Record<string, string | Buffer>> = {},
  opts: { mainContentType?: string } = {},
): Buffer {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', contentTypes(opts.mainContentType));
  zip.file('_rels/.rels', rootRels);
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${paragraphs.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
  );
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
