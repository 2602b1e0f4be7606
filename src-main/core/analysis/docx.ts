import mammoth from 'mammoth';
import { DocumentError, messages } from './errors';
import { hasXmlDoctype } from './file-kind';
import type { ExtractionLimits } from './limits';
import { inflateEntry, readCentralDirectory, ZipInspectionError, type ZipEntry } from './zip-inspect';

// Compression ratios above this are typical of decompression bombs; real Word XML stays far below.
const MAX_RATIO = 200;

/**
 * Checks a DOCX before any XML parser sees it: entry count and declared sizes from the central
 * directory, then every XML part inflated with a running size cap (declared sizes can lie) and scanned
 * for DTDs and entity declarations.
 */
export function inspectDocx(bytes: Uint8Array, limits: ExtractionLimits): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(buffer, limits.maxDocxEntries);
  } catch (error) {
    throw mapZipError(error);
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new DocumentError('unsupported-type', messages.unsupported);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxDocxUncompressedBytes) throw new DocumentError('zip-bomb', messages.zipBomb);
  for (const entry of entries) {
    if (entry.uncompressedSize > 1_000_000 && entry.uncompressedSize > entry.compressedSize * MAX_RATIO) {
      throw new DocumentError('zip-bomb', messages.zipBomb);
    }
  }
  let budget = limits.maxDocxUncompressedBytes;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    let data: Buffer;
    try {
      data = inflateEntry(buffer, entry, budget);
    } catch (error) {
      throw mapZipError(error);
    }
    budget -= data.length;
    if (data.length > entry.uncompressedSize + 1024) throw new DocumentError('zip-bomb', messages.zipBomb);
    if (
      hasXmlDoctype(data.toString('utf8', 0, Math.min(data.length, 4096))) ||
      hasXmlDoctype(data.toString('utf8'))
    ) {
      throw new DocumentError('xml-entities', messages.xmlEntities);
    }
  }
}

function mapZipError(error: unknown): DocumentError {
  if (error instanceof ZipInspectionError) {
    if (
      error.problem === 'too-large' ||
      error.problem === 'too-many-entries' ||
      error.problem === 'zip64' ||
      error.problem === 'bad-ratio'
    ) {
      return new DocumentError('zip-bomb', messages.zipBomb, { cause: error });
    }
    return new DocumentError('damaged-docx', messages.damagedDocx, { cause: error });
  }
  return new DocumentError('damaged-docx', messages.damagedDocx, { cause: error });
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });

/**
 * Turns mammoth's HTML into layout text: paragraphs are lines, table rows are one line with cells
 * separated by wide gaps (so "Steuernummer | 045 103 03219" stays a label/value pair).
 */
export function htmlToLayoutText(html: string): string {
  const lines: string[] = [];
  let row: string[] | undefined;
  let cell: string[] | undefined;
  let paragraph = '';
  const flushParagraph = (): void => {
    const text = decodeEntities(paragraph)
      .replace(/[ \t]+/g, ' ')
      .trim();
    paragraph = '';
    if (text === '') return;
    if (cell) cell.push(text);
    else lines.push(...text.split('\n').map((line) => line.trim()));
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    if (!token.startsWith('<')) {
      paragraph += token;
      continue;
    }
    const tag = /^<\/?\s*([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
    const closing = token.startsWith('</');
    if (tag === 'br') paragraph += '\n';
    else if (['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'].includes(tag)) flushParagraph();
    else if (tag === 'tr') {
      flushParagraph();
      if (closing && row) {
        lines.push(row.join('     '));
        row = undefined;
      } else if (!closing) row = [];
    } else if (tag === 'td' || tag === 'th') {
      flushParagraph();
      if (closing && cell) {
        row?.push(cell.join(', ').replace(/\n/g, ', '));
        cell = undefined;
      } else if (!closing) cell = [];
    }
  }
  flushParagraph();
  return lines.join('\n');
}

export async function extractDocxText(bytes: Uint8Array, limits: ExtractionLimits): Promise<string> {
  inspectDocx(bytes, limits);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are dropped: only text matters, and embedded images would bloat memory as data URLs.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    return htmlToLayoutText(result.value);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('damaged-docx', messages.damagedDocx, { cause: error });
  }
}
