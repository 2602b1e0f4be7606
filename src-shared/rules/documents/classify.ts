import type { DocTypeResult, Evidence } from './analysis-types';
import { readBescheidHeading, type BescheidHeading } from './bescheid-heading';
import { cueList } from './classify-cues';
import type { DocType } from './doc-types';
import { collapseSpaces } from './normalize';
import { evidenceOf, inTopPart, type DocLine } from './text-lines';
import { createWordFinder } from './word-finder';

/** Each cue also as a global multiline regex, for one scan over the joined lines of a document. */
const cues = cueList.map((cue) => ({ ...cue, scan: new RegExp(cue.regex.source, 'gm') }));
const findCueWords = createWordFinder(cueList.flatMap((cue) => cue.words));

const baseScore: Partial<Record<DocType | 'bescheid', number>> = { sonstiges: 3 };

export interface Classification extends DocTypeResult {
  heading: BescheidHeading | undefined;
}

/** Lines that may carry the document's title: page 1, upper part, short, not footer. */
export function titleLinesOf(lines: readonly DocLine[]): DocLine[] {
  const firstPage = lines[0]?.page;
  return lines.filter(
    (line) =>
      line.page === firstPage &&
      line.zone === 'body' &&
      inTopPart(line, 0.5, 45) &&
      // Collapsing spaces only shortens a text: a line of at most 110 characters needs no collapsing.
      (line.text.length <= 110 || line.text.replace(/\s+/g, ' ').length <= 110),
  );
}

export function classifyDocument(lines: readonly DocLine[]): Classification {
  const titleLines = titleLinesOf(lines);
  const title = new Set(titleLines.map((line) => line.index));
  const scores = new Map<DocType | 'bescheid', number>();
  const evidence = new Map<DocType | 'bescheid', Evidence[]>();
  for (const [type, score] of Object.entries(baseScore)) scores.set(type as DocType, score);

  // Folded once per line, not once per cue: the cue loop runs ~100 times over every line.
  // Title lines are also read per cell, so a heading next to an info column still starts its cell.
  // `line.folded` is already in foldCell's form (foldText does all foldCell does), so only cells are folded.
  const bodyLines = lines
    .filter((line) => line.zone === 'body')
    .map((line) => {
      const inTitle = title.has(line.index);
      const texts = inTitle
        ? [line.folded, ...line.cells.map((cell) => foldCell(cell.text.toLowerCase()))]
        : [line.folded];
      return { line, inTitle, texts };
    });

  // All texts joined by newlines and each cue run once over the whole document (multiline `^`): the
  // same hits as testing every text on its own, because no cue matches across a newline and no text is
  // empty or contains one.
  const textStart: number[] = [];
  const lineOfText: number[] = [];
  const lineEnd: number[] = [];
  const parts: string[] = [];
  let length = 0;
  bodyLines.forEach(({ texts }, i) => {
    for (const text of texts) {
      textStart.push(length);
      lineOfText.push(i);
      parts.push(text, '\n');
      length += text.length + 1;
    }
    lineEnd.push(length);
  });
  const joined = parts.join('');
  // Cues none of whose words occur cannot match: their scans are skipped.
  const present = findCueWords(joined);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = textStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((textStart[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lineOfText[lo] ?? 0;
  };

  for (const cue of cues) {
    if (!cue.words.some((word) => present.has(word))) continue;
    let best = 0;
    let where: DocLine | undefined;
    const regex = cue.scan;
    const top = Math.max(cue.title, cue.body);
    regex.lastIndex = 0;
    for (let m = regex.exec(joined); m !== null; m = regex.exec(joined)) {
      const i = lineAt(m.index);
      const entry = bodyLines[i];
      if (entry === undefined) break;
      const weight = entry.inTitle ? cue.title : cue.body;
      if (weight > best) {
        best = weight;
        where = entry.line;
        if (best >= top) break;
      }
      // One hit per line is enough: go on with the next line.
      regex.lastIndex = lineEnd[i] ?? joined.length;
    }
    if (best > 0) {
      scores.set(cue.type, (scores.get(cue.type) ?? 0) + best);
      if (where) evidence.set(cue.type, [...(evidence.get(cue.type) ?? []), evidenceOf(where)]);
    }
  }

  const heading = readBescheidHeading(titleLines);
  if (heading) {
    scores.set('bescheid', (scores.get('bescheid') ?? 0) + 6);
    evidence.set('bescheid', [evidenceOf(heading.line), ...(evidence.get('bescheid') ?? [])]);
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const resolve = (type: DocType | 'bescheid'): DocType =>
    type !== 'bescheid' ? type : heading && heading.kind !== 'other' ? heading.kind : 'sonstiges';

  const [top, second] = ranked;
  const topType = top?.[0] ?? 'sonstiges';
  const topScore = top?.[1] ?? 0;
  const secondScore = second?.[1] ?? 0;
  const margin = topScore - secondScore;
  const confidence = Math.max(0.3, Math.min(0.99, 1 - Math.exp(-(margin + 1) / 4)));
  const value = resolve(topType);
  const alternatives = ranked
    .slice(1, 4)
    .map(([type, score]) => ({ docType: resolve(type), score }))
    .filter((alt) => alt.docType !== value);
  return {
    value,
    confidence: topType === 'bescheid' && value === 'sonstiges' ? Math.min(confidence, 0.6) : confidence,
    evidence: evidence.get(topType) ?? [],
    alternatives,
    heading,
  };
}

// Most cells have no umlaut or dash: they skip the replaces (and are single-spaced already).
const foldCell = (text: string): string =>
  collapseSpaces(
    /[äöüß\u2010-\u2015]/.test(text)
      ? text
          .replace(/ä/g, 'ae')
          .replace(/ö/g, 'oe')
          .replace(/ü/g, 'ue')
          .replace(/ß/g, 'ss')
          .replace(/[\u2010-\u2015]/g, '-')
      : text,
  );
