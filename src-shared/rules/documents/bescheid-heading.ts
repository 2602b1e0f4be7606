import type { DocType } from './doc-types';
import { foldText } from './normalize';
import type { DocLine } from './text-lines';

export type BescheidKind = Extract<
  DocType,
  'est_bescheid' | 'ust_bescheid' | 'gewst_bescheid' | 'kst_bescheid' | 'vorauszahlung_bescheid'
>;

export interface BescheidHeading {
  kind: BescheidKind | 'other';
  line: DocLine;
  /** Heading text (folded), possibly joined from two lines. */
  text: string;
}

// The first of these words in a Bescheid heading names what the Bescheid is about.
const subjects: readonly [RegExp, BescheidKind | 'other'][] = [
  [/einkommensteuer/, 'est_bescheid'],
  [/koerperschaftsteuer|koerperschaftssteuer/, 'kst_bescheid'],
  [/umsatzsteuer/, 'ust_bescheid'],
  [/gewerbesteuer|messbetrag|messbescheid|zerlegung/, 'gewst_bescheid'],
  [
    /zinsen|verspaetungszuschlag|\bhaftung(sbescheid)?\b|grundsteuer|grundsteuerwert|einheitswert|feststellung|kindergeld|erbschaft|schenkung|grunderwerb|kraftfahrzeug|hundesteuer|lohnsteuer-?anmeldung|zwangsgeld|aufteilung|abrechnungsbescheid|stundung|erlass/,
    'other',
  ],
];

// A heading cell starts with the cue ("Bescheid für …", "Einkommensteuerbescheid 2024", "Festsetzung der …");
// "Datum des Bescheids" in an info column does not.
const headingCue = /^(\S*bescheid\b|bescheid|festsetzung der|anpassung der|\S*vorauszahlung|veranlagung)/;
/** headingCue, tested only on texts holding one of its words (most cells hold none). */
const isHeadingCell = (folded: string): boolean =>
  (folded.includes('bescheid') ||
    folded.includes('vorauszahlung') ||
    folded.startsWith('festsetzung der') ||
    folded.startsWith('anpassung der') ||
    folded.startsWith('veranlagung')) &&
  headingCue.test(folded);
const continuation = /^(ueber|fuer|und|zur|zum|sowie|der|des|den|die|ab|vom|im)\b|^\(/;

/** Reads the Bescheid heading ("Bescheid für 2024 über Einkommensteuer …", "Umsatzsteuerbescheid 2023", …). */
export function readBescheidHeading(titleLines: readonly DocLine[]): BescheidHeading | undefined {
  for (let i = 0; i < titleLines.length; i++) {
    const line = titleLines[i];
    if (line === undefined) continue;
    const cellIndex = line.cells.findIndex((c) => isHeadingCell(foldText(c.text)));
    const headingCell = line.cells[cellIndex];
    if (headingCell === undefined) continue;
    const cell = foldText(headingCell.text);
    if (/rechtsbehelf|einspruch|bitte|wurde|werden|ist\b|sind\b|gegen/.test(cell) && cell.length > 60)
      continue;
    let text = cell;
    // Continuation lines start in the heading's column; lines elsewhere (info column, scanner debris) are skipped.
    let joined = 0;
    let previous = line;
    for (let k = i + 1; k < titleLines.length && k <= i + 4 && joined < 2; k++) {
      const next = titleLines[k];
      if (!next || next.page !== line.page || next.lineNo - previous.lineNo > 3) break;
      const aligned = next.cells.find((c) => Math.abs(c.start - headingCell.start) <= 6);
      if (!aligned) continue;
      const folded = foldText(aligned.text);
      if (!continuation.test(folded)) break;
      text += ` ${folded}`;
      joined++;
      previous = next;
    }
    const kind = bescheidKindOf(text);
    if (kind !== undefined) return { kind, line, text };
  }
  return undefined;
}

export function bescheidKindOf(heading: string): BescheidKind | 'other' | undefined {
  let first: { index: number; kind: BescheidKind | 'other' } | undefined;
  for (const [regex, kind] of subjects) {
    const m = regex.exec(heading);
    if (m && (first === undefined || m.index < first.index)) first = { index: m.index, kind };
  }
  const vz = /vorauszahlung/.exec(heading);
  if (first === undefined) return vz ? 'vorauszahlung_bescheid' : undefined;
  if (first.kind === 'other' || first.kind === 'ust_bescheid') return first.kind;
  if (vz) {
    if (vz.index < first.index) return 'vorauszahlung_bescheid';
    const before = heading.slice(Math.max(first.index, vz.index - 50), vz.index);
    // "… über Einkommensteuer … und über Vorauszahlungen": the annual Bescheid also sets prepayments.
    const annual =
      /(\bund|\bsowie|[,;.:])\s*(ueber\s+)?((die|der|den)\s+)?((festsetzung|anpassung|festsetzungen)\s+)?((der|von|ueber|zur)\s+)?(die\s+|der\s+)?$/.test(
        before,
      );
    if (!annual) return 'vorauszahlung_bescheid';
  }
  return first.kind;
}
