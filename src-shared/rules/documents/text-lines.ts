import type { ExtractedDocument } from './extracted-text';
import { foldText, normalizePunctuation, wrapLongLine } from './normalize';

export type LineZone = 'body' | 'footer' | 'belehrung';

export interface Cell {
  text: string;
  /** Character column where the cell starts (indentation included). */
  start: number;
}

export interface DocLine {
  page: number;
  /** Index into the document-wide line list. */
  index: number;
  /** 0-based line number within the page, empty lines included. */
  lineNo: number;
  /** Relative vertical position within the page, 0 (top) .. 1 (bottom). */
  position: number;
  /** The line without leading/trailing space, inner spacing kept. */
  text: string;
  cells: Cell[];
  /** Folded (lower case, umlauts as ae/oe/ue/ss) single-spaced text. */
  folded: string;
  zone: LineZone;
}

/** Upper bounds that keep analysis time linear and small even for hostile input. */
export const analysisLimits = {
  maxPages: 400,
  maxLinesPerPage: 600,
  maxCharsTotal: 2_000_000,
  maxLineLength: 600,
};

const footerCue =
  /\b(bankverbindung|oeffnungszeiten|telefax|geschaeftsfuehr|sitz der gesellschaft|registergericht|amtsgericht [a-z-]+ hr[ab]|blatt \d+ ?\/ ?\d+|seite \d+ ?(von|\/) ?\d+|bic [a-z]{6}|steuerberaterkammer|www\.|poststelle)/;
const belehrungStart = /^(rechtsbehelfsbelehrung|rechtsmittelbelehrung|rechtsbehelf\b|belehrung ueber)/;
const sectionHeading =
  /^(erlaeuterungen|berechnung|abrechnung|festsetzung|hinweis|hinweise|anlage|anlagen|mit freundlichen|tatbestand|entscheidungsgruende|gruende)\b/;

/**
 * Scanner dust comes back from OCR as stray cells of punctuation ("  ;  ", " | ", "'") between real
 * columns; they are blanked (not removed, so columns keep their positions).
 */
export function dropOcrSpecks(line: string): string {
  return line.replace(
    /(^|\s{2,}|\s)([^\p{L}\p{N}€%§()\s-]{1,3})(?=\s{2,}|\s*$)/gu,
    (_, lead: string, junk: string) => lead + ' '.repeat(junk.length),
  );
}

export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  const regex = /\S+(?: \S+)*/g;
  for (const match of line.matchAll(regex)) cells.push({ text: match[0], start: match.index });
  return cells;
}

/** Splits the extracted pages into lines with cells, folded text and zones (footer, Rechtsbehelfsbelehrung). */
export function toDocLines(doc: ExtractedDocument): DocLine[] {
  const lines: DocLine[] = [];
  let budget = analysisLimits.maxCharsTotal;
  for (const page of doc.pages.slice(0, analysisLimits.maxPages)) {
    const raw = normalizePunctuation(page.text.includes('\t') ? page.text.replace(/\t/g, '    ') : page.text)
      .split(/\r?\n|\r|\f/)
      .map((line) => (page.source === 'ocr' ? dropOcrSpecks(line) : line));
    const expanded = raw.flatMap((line) => wrapLongLine(line.trimEnd(), analysisLimits.maxLineLength));
    const pageLines = expanded.slice(0, analysisLimits.maxLinesPerPage);
    let inBelehrung = false;
    pageLines.forEach((line, lineNo) => {
      if (budget <= 0) return;
      budget -= line.length + 1;
      const text = line.trim();
      const folded = foldText(text);
      if (text === '') {
        return;
      }
      let zone: LineZone = 'body';
      if (belehrungStart.test(folded)) inBelehrung = true;
      else if (inBelehrung && sectionHeading.test(folded)) inBelehrung = false;
      if (footerCue.test(folded)) zone = 'footer';
      else if (inBelehrung) zone = 'belehrung';
      lines.push({
        page: page.pageNumber,
        index: lines.length,
        lineNo,
        position: pageLines.length > 1 ? lineNo / (pageLines.length - 1) : 0,
        text: line.trimStart(),
        cells: splitCells(line),
        folded,
        zone,
      });
    });
  }
  return lines;
}

export function snippet(line: DocLine, max = 160): string {
  const text = line.text.replace(/\s{2,}/g, '  ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function evidenceOf(line: DocLine): { page: number; snippet: string } {
  return { page: line.page, snippet: snippet(line) };
}

/**
 * Upper part of a page: the first `minLines` lines, or the first `fraction` of the page. Both, because
 * short pages (plain text, a two-line second page) make relative positions misleading.
 */
export const inTopPart = (line: DocLine, fraction: number, minLines: number): boolean =>
  line.lineNo < minLines || line.position <= fraction;
