import PizZip from 'pizzip';

const entities: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};

const unescapeXml = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => entities[entity] ?? entity);

/** Paragraph texts of one WordprocessingML part: runs joined, tabs as "\t", breaks as "\n". */
function partParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  for (const match of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = match[1] ?? '';
    let text = '';
    for (const token of body.matchAll(
      /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\b[^>]*\/>|<w:cr\/>/g,
    )) {
      if (token[1] !== undefined) text += unescapeXml(token[1]);
      else text += token[0].startsWith('<w:tab') ? '\t' : '\n';
    }
    paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * The plain text of a rendered DOCX (headers, body, footers) for the full-text index of a generated
 * letter. A fast regex pass over the XML, enough for search; the preview uses mammoth instead.
 */
export function docxPlainText(docx: Uint8Array): string {
  const zip = new PizZip(docx);
  const parts = Object.keys(zip.files).filter((name) =>
    /^word\/(header\d*|document|footer\d*)\.xml$/.test(name),
  );
  // Body first, then headers and footers: the letter reads from the top.
  parts.sort(
    (a, b) => Number(b === 'word/document.xml') - Number(a === 'word/document.xml') || a.localeCompare(b),
  );
  return parts
    .flatMap((part) => partParagraphs(zip.file(part)?.asText() ?? ''))
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
