import { distance } from 'fastest-levenshtein';
import { cachedPerText, foldText } from './normalize';
import type { DocLine } from './text-lines';

export interface LabelHit {
  line: DocLine;
  /** Column where the label's cell starts. */
  column: number;
  /** The cell right under the label in the next line (label row above a value row). */
  belowAligned?: { text: string; line: DocLine };
  /** Text after the label: rest of the label's cell and the following cells, in order. */
  after: string[];
  /** Lines below the label (vertical label/value layouts), at most `below` of them. */
  below: DocLine[];
}

/** The first word of a cell, folded, letters only (every date label asks again for the same cells). */
const firstWordLetters = cachedPerText((cellText: string): string => {
  const trimmed = cellText.trim();
  const space = trimmed.search(/\s/);
  const first = space < 0 ? trimmed : trimmed.slice(0, space);
  return foldText(first).replace(/[^a-z]/g, '');
});

/** A cell matches a label if its folded text starts with it; single words also match with one OCR slip. */
function cellMatches(cellText: string, label: RegExp, fuzzyWord?: string): { rest: string } | undefined {
  const folded = foldText(cellText);
  const m = label.exec(folded);
  if (m && m.index === 0) {
    // Cut the same number of characters from the original text is not safe with folding; cut by words.
    const words = m[0].split(' ').length;
    const rest = cellText.trim().split(/\s+/).slice(words).join(' ');
    return { rest: rest.replace(/^[:.\s]+/, '') };
  }
  if (fuzzyWord !== undefined) {
    const word = firstWordLetters(cellText);
    // One edit changes the length by at most one: other lengths need no distance.
    if (
      word.length >= fuzzyWord.length - 1 &&
      word.length <= fuzzyWord.length + 1 &&
      distance(word, fuzzyWord) <= 1
    ) {
      const [, ...others] = cellText.trim().split(/\s+/);
      return { rest: others.join(' ').replace(/^[:.\s]+/, '') };
    }
  }
  return undefined;
}

/**
 * Finds label/value pairs in layout text: "Datum  13.01.2026" (value in the next cell), "Datum: 13.01.2026"
 * (same cell) or a label alone on its line with the value below.
 */
export function findLabels(
  lines: readonly DocLine[],
  label: RegExp,
  opts: { fuzzyWord?: string; below?: number; where?: (line: DocLine) => boolean } = {},
): LabelHit[] {
  const hits: LabelHit[] = [];
  lines.forEach((line, i) => {
    if (opts.where && !opts.where(line)) return;
    line.cells.forEach((cell, c) => {
      const match = cellMatches(cell.text, label, opts.fuzzyWord);
      if (!match) return;
      const after = [match.rest, ...line.cells.slice(c + 1).map((next) => next.text)].filter(
        (text) => text !== '',
      );
      const below: DocLine[] = [];
      for (let k = i + 1; k < lines.length && below.length < (opts.below ?? 2); k++) {
        const next = lines[k];
        if (next === undefined || next.page !== line.page) break;
        below.push(next);
      }
      const nextLine = lines[i + 1];
      const alignedText =
        nextLine && nextLine.page === line.page && nextLine.lineNo - line.lineNo <= 2
          ? cellAt(nextLine, cell.start, 4)
          : undefined;
      const belowAligned =
        alignedText !== undefined && nextLine ? { text: alignedText, line: nextLine } : undefined;
      hits.push({ line, column: cell.start, belowAligned, after, below });
    });
  });
  return hits;
}

/** Cell of a line that is vertically aligned with a column (for values printed below their label). */
export function cellAt(line: DocLine, column: number, tolerance = 12): string | undefined {
  let best: { text: string; distance: number } | undefined;
  for (const cell of line.cells) {
    const d = Math.abs(cell.start - column);
    if (d <= tolerance && (best === undefined || d < best.distance)) best = { text: cell.text, distance: d };
  }
  return best?.text;
}

/** The cell of a line that contains a character offset of `line.text` (leading indentation accounted for). */
export function cellContaining(
  line: DocLine,
  textIndex: number,
): { text: string; start: number } | undefined {
  const column = textIndex + (line.cells[0]?.start ?? 0);
  return line.cells.find((cell) => column >= cell.start && column < cell.start + cell.text.length);
}
