/** A piece of text with its box on the page (top-left origin, any unit as long as it is consistent). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Rebuilds reading-order lines from positioned words or text runs, as `pdftotext -layout` does: items on
 * the same baseline form one line, and wide horizontal gaps become runs of spaces (at least two), so
 * columns such as "Steuernummer   018 827 35040" stay side by side. `skew` is the page's slope (dy/dx)
 * for scans that are slightly rotated.
 */
export function layoutText(items: readonly PositionedText[], skew = 0): string {
  const words = items
    .filter((item) => item.text.trim() !== '' && item.width > 0 && item.height > 0)
    .map((item) => ({
      ...item,
      text: item.text.replace(/\s+/g, ' ').trim(),
      cy: item.y + item.height / 2 - item.x * skew,
    }));
  if (words.length === 0) return '';
  const charWidth = Math.max(0.5, median(words.map((word) => word.width / Math.max(1, word.text.length))));
  const lineHeight = Math.max(1, median(words.map((word) => word.height)));

  words.sort((a, b) => a.cy - b.cy);
  const rows: (typeof words)[] = [];
  for (const word of words) {
    const row = rows.at(-1);
    const rowY = row ? median(row.map((w) => w.cy)) : Number.NEGATIVE_INFINITY;
    if (row && Math.abs(word.cy - rowY) <= lineHeight * 0.55) row.push(word);
    else rows.push([word]);
  }

  const out: string[] = [];
  let previousY: number | undefined;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const y = median(row.map((w) => w.cy));
    // A clearly larger vertical gap than one line becomes an empty line (paragraph break).
    if (previousY !== undefined && y - previousY > lineHeight * 2.2) out.push('');
    previousY = y;
    let line = ' '.repeat(Math.min(200, Math.max(0, Math.round((row[0]?.x ?? 0) / charWidth))));
    let end: number | undefined;
    for (const word of row) {
      if (end !== undefined) {
        const gap = word.x - end;
        if (gap > charWidth * 1.6)
          line += ' '.repeat(Math.min(200, Math.max(2, Math.round(gap / charWidth))));
        else if (gap > charWidth * 0.15) line += ' ';
      }
      line += word.text;
      end = Math.max(end ?? 0, word.x + word.width);
    }
    out.push(line.replace(/\s+$/, ''));
  }
  return out.join('\n');
}

/** Slope of text lines from OCR baselines (median), to straighten slightly rotated scans. */
export function estimateSkew(
  baselines: readonly { x0: number; y0: number; x1: number; y1: number }[],
): number {
  const slopes = baselines
    .filter((b) => b.x1 - b.x0 > 200)
    .map((b) => (b.y1 - b.y0) / (b.x1 - b.x0))
    .filter((slope) => Math.abs(slope) < 0.1);
  return slopes.length >= 3 ? median(slopes) : 0;
}
