import type { DXT } from 'docxtemplater';
import { emptyValueMark } from './expression-parser';

// Innermost paragraphs (text boxes nest paragraphs inside runs; those outer ones are skipped).
const paragraphPattern = /<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g;
const textNodePattern = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;
const visibleContent =
  /<w:(?:drawing|pict|object|fldSimple|instrText|sym|tab|ptab)\b|<mc:AlternateContent\b|<m:oMath/;

const closesGap = /[,.;:!?)\]]/;
const separators = new Set([',', ';', '·', '|', '–', '/']);

interface Run {
  /** Indices of the spaces and the (at most one) separator next to a mark. */
  indices: number[];
  separator: boolean;
  /** First visible character beyond the run; -1 or length at the text's edges. */
  edge: number;
}

/**
 * Removes the empty-value marks from one paragraph's text, and the spaces and separators an empty
 * value leaves behind: "Herr {titel} Müller" → "Herr Müller", "{titel} Müller" → "Müller",
 * "Köln, {ort}" → "Köln", "A, {b}, C" → "A, C", "Telefon {nr}." → "Telefon.".
 */
function collapseSpaces(texts: string[]): string[] {
  const chars = [...texts.join('')];
  const removed = chars.map((char) => char === emptyValueMark);
  const step = (from: number, direction: 1 | -1) => {
    let i = from + direction;
    while (i >= 0 && i < chars.length && removed[i]) i += direction;
    return i;
  };
  const run = (mark: number, direction: 1 | -1): Run => {
    const indices: number[] = [];
    let separator = false;
    let i = step(mark, direction);
    const inside = () => i >= 0 && i < chars.length;
    while (inside() && chars[i] === ' ') {
      indices.push(i);
      i = step(i, direction);
    }
    if (inside() && separators.has(chars[i] ?? '')) {
      separator = true;
      indices.push(i);
      i = step(i, direction);
      while (inside() && chars[i] === ' ') {
        indices.push(i);
        i = step(i, direction);
      }
    }
    return { indices, separator, edge: i };
  };
  const drop = (indices: number[]) => indices.forEach((i) => (removed[i] = true));
  chars.forEach((char, mark) => {
    if (char !== emptyValueMark) return;
    const before = run(mark, -1);
    const after = run(mark, 1);
    const atStart = before.edge < 0;
    const atEnd = after.edge >= chars.length;
    if (atStart) drop(after.indices);
    else if (atEnd) drop(before.indices);
    else if (after.separator) drop(after.indices);
    else if (before.separator) drop(after.indices);
    else if (
      before.indices.length > 0 &&
      (after.indices.length > 0 || closesGap.test(chars[after.edge] ?? ''))
    ) {
      drop(before.indices);
    }
  });
  const out: string[] = [];
  let offset = 0;
  for (const text of texts) {
    const length = [...text].length;
    out.push(
      chars
        .slice(offset, offset + length)
        .filter((_, i) => !removed[offset + i])
        .join(''),
    );
    offset += length;
  }
  return out;
}

interface ParagraphMatch {
  start: number;
  end: number;
  xml: string;
  /** Has marks and nothing visible besides them. */
  empty: boolean;
}

function isEmptyParagraph(xml: string): boolean {
  if (!xml.includes(emptyValueMark) || visibleContent.test(xml) || xml.includes('<w:sectPr')) return false;
  let text = '';
  for (const match of xml.matchAll(textNodePattern)) text += match[2] ?? '';
  return text.split(emptyValueMark).join('').trim() === '';
}

function cleanParagraph(xml: string): string {
  const nodes = [...xml.matchAll(textNodePattern)];
  const cleaned = collapseSpaces(nodes.map((node) => node[2] ?? ''));
  let index = 0;
  return xml.replace(textNodePattern, (_whole, open: string, _text: string, close: string) => {
    const text = cleaned[index++] ?? '';
    // Keep leading/trailing spaces once the neighbours changed.
    const opening =
      /^\s|\s$/.test(text) && !open.includes('xml:space')
        ? open.replace('<w:t', '<w:t xml:space="preserve"')
        : open;
    return `${opening}${text}${close}`;
  });
}

/**
 * Paragraphs that held only placeholders and rendered empty are removed, unless that would leave
 * their container (table cell, header) without a paragraph: within a run of sibling paragraphs, the
 * last one stays when all of them are empty.
 */
export function cleanEmptyValues(xml: string): string {
  if (!xml.includes(emptyValueMark)) return xml;
  const paragraphs: ParagraphMatch[] = [];
  for (const match of xml.matchAll(paragraphPattern)) {
    paragraphs.push({
      start: match.index,
      end: match.index + match[0].length,
      xml: match[0],
      empty: isEmptyParagraph(match[0]),
    });
  }
  // Sibling runs: paragraphs separated only by whitespace.
  const runs: ParagraphMatch[][] = [];
  for (const paragraph of paragraphs) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && xml.slice(last.end, paragraph.start).trim() === '') run.push(paragraph);
    else runs.push([paragraph]);
  }
  const replacements = new Map<number, string>();
  for (const run of runs) {
    const keepOne = run.every((paragraph) => paragraph.empty);
    run.forEach((paragraph, i) => {
      if (!paragraph.xml.includes(emptyValueMark)) return;
      const remove = paragraph.empty && !(keepOne && i === run.length - 1);
      replacements.set(paragraph.start, remove ? '' : cleanParagraph(paragraph.xml));
    });
  }
  let out = '';
  let position = 0;
  for (const paragraph of paragraphs) {
    const replacement = replacements.get(paragraph.start);
    if (replacement === undefined) continue;
    out += xml.slice(position, paragraph.start) + replacement;
    position = paragraph.end;
  }
  out += xml.slice(position);
  return out.split(emptyValueMark).join('');
}

const decoder = new TextDecoder();

/** docxtemplater module running the cleanup on each rendered XML part, after every other module. */
export function emptyValueCleanupModule(): DXT.Module {
  return {
    name: 'EmptyValueCleanup',
    priority: -100,
    // Typed string[]; docxtemplater may also pass pre-encoded Uint8Array chunks.
    postrender(parts: string[], options: DXT.RenderOptions): string[] {
      if (!parts.some((part) => typeof part === 'string' && part.includes(emptyValueMark))) return parts;
      // joinUncorrupt repairs structures (empty table cells) on the separate parts; run it first.
      const repaired = options.joinUncorrupt(parts as unknown as DXT.Part[], options) as unknown as (
        string | Uint8Array
      )[];
      const joined = repaired
        .map((part) => (typeof part === 'string' ? part : decoder.decode(part)))
        .join('');
      return [cleanEmptyValues(joined)];
    },
  };
}
