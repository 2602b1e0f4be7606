/**
 * Reads Tesseract's hOCR output. The engine writes it natively, while tesseract.js' `blocks` output is a
 * JSON tree with every symbol and its alternatives that costs about 80 ms per page to write, copy and
 * parse; hOCR carries what the layout needs (lines with bounding box and baseline, words with box and
 * confidence) in a tenth of the size.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface HocrWord {
  text: string;
  bbox: Box;
  /** 0..100 */
  confidence: number;
}

export interface HocrLine {
  bbox: Box;
  /** The baseline's end points (as tesseract.js' `line.baseline`). */
  baseline: Box;
  words: HocrWord[];
}

// Tesseract writes every line kind (ocr_line, ocr_header, ocr_caption, ocr_textfloat) and word as a span
// whose title holds the properties: `bbox x0 y0 x1 y1; baseline slope offset; …` or `…; x_wconf 93`.
const element =
  /<span class='(ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)'[^>]*?title=(["'])(.*?)\2[^>]*>/g;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function property(title: string, name: string): number[] | undefined {
  for (const part of title.split(';')) {
    const [key, ...values] = part.trim().split(/\s+/);
    if (key === name) return values.map(Number);
  }
  return undefined;
}

function boxOf(title: string): Box | undefined {
  const [x0, y0, x1, y1] = property(title, 'bbox') ?? [];
  if (x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined) return undefined;
  return { x0, y0, x1, y1 };
}

/** Lines in reading order, each with its words. */
export function parseHocr(hocr: string): HocrLine[] {
  const lines: HocrLine[] = [];
  let line: HocrLine | undefined;
  for (const match of hocr.matchAll(element)) {
    const [whole, kind = '', , title = ''] = match;
    const bbox = boxOf(title);
    if (!bbox) continue;
    if (kind !== 'ocrx_word') {
      const [slope = 0, offset = 0] = property(title, 'baseline') ?? [];
      const y0 = bbox.y1 + offset;
      line = {
        bbox,
        baseline: { x0: bbox.x0, y0, x1: bbox.x1, y1: y0 + slope * (bbox.x1 - bbox.x0) },
        words: [],
      };
      lines.push(line);
      continue;
    }
    const start = match.index + whole.length;
    const end = hocr.indexOf('</span>', start);
    const text = decodeText(hocr.slice(start, end < 0 ? undefined : end));
    if (!line || text.trim() === '') continue;
    line.words.push({ text, bbox, confidence: property(title, 'x_wconf')?.[0] ?? 0 });
  }
  return lines;
}
