import type { LandCode } from '../land';
import type { FieldResult } from './analysis-types';
import type { DocType } from './doc-types';
import { found, missing } from './field-result';
import {
  asciiDigits,
  findIbans,
  findSteuerIds,
  findSteuernummern,
  findUstIds,
  type FoundIdentifier,
  type SteuernummerContext,
} from './identifier-find';
import { foldText } from './normalize';
import { defaultRole, roleFromContext, sectionRoles, type Role } from './party-roles';
import { cellAt, cellContaining } from './label-value';
import { evidenceOf, inTopPart, type DocLine } from './text-lines';

export type IdentifierKind = 'steuernummer' | 'steuerId' | 'ustId' | 'iban';

export interface IdentifierPick {
  field: FieldResult<string>;
  /** Normalised key of the picked value (and alternatives) for client lookups. */
  keys: string[];
  /** All validated identifiers of this kind with their roles, for the review screen. */
  all: { id: FoundIdentifier; role: Role | undefined; line: DocLine }[];
}

const labels: Record<IdentifierKind, RegExp> = {
  steuernummer:
    /(?<![a-z])(steuer-? ?nummer|steuer-? ?nr\.?|st\.? ?-? ?nr\.?|stnr\.?|str\.? ?-? ?nr\.?)(?![a-z])/,
  steuerId:
    /(identifikationsnummer|ident-?nr|id-?nr|idnr|steuer-? ?id\b|steuerliche id|\btin\b|identnummer|ident\.? ?nr)/,
  ustId: /(ust-? ?id|umsatzsteuer-? ?id|ust\.? ?-?id|vat|w-? ?idnr|wirtschafts-? ?id)/,
  iban: /\biban\b/,
};

const ibanSubject =
  /(ihr(em)? konto|auf das konto|kontoinhaber|ihre bankverbindung|von ihrem konto|abgebucht|lastschrift von|erstattungsbetrag|erstattet|wird .* ueberwiesen|konto des (zuwendenden|mandanten|vollmachtgebers|kontoinhabers))/;
const ibanThird =
  /(bankverbindung|empfaenger|zahlungsempfaenger|zugunsten|konto des finanzamt|konten des finanzamt|finanzkasse|bitte (ueberweisen|zahlen)|glaeubiger|bank:|unsere|mandatsreferenz)/;

// Sender imprint lines: company data next to bank, register or management details.
const vendorLine =
  /(geschaeftsfuehr|amtsgericht|\bhr[ab]\b|registergericht|\bbank\b.*\biban\b|\biban\b.*\bbic\b|inhaber(in)?:)/;

interface Ctx {
  docType: DocType;
  /** The document comes from a Finanzamt, court or other authority. */
  fromAuthority?: boolean;
  land?: LandCode;
  knownBufa?: (bufa: string) => boolean;
}

function find(kind: IdentifierKind, text: string, stnr: SteuernummerContext): FoundIdentifier[] {
  switch (kind) {
    case 'steuernummer':
      return findSteuernummern(text, stnr);
    case 'steuerId':
      return findSteuerIds(text);
    case 'ustId':
      return findUstIds(text);
    case 'iban':
      return findIbans(text);
  }
}

/**
 * Fewest ASCII digits a line needs before each finder looks at it (the finders' own first checks, see
 * asciiDigits): counted once per line for all four kinds.
 */
const minDigits: Record<IdentifierKind, number> = { steuernummer: 7, steuerId: 8, ustId: 6, iban: 2 };
const digitCounts = new WeakMap<readonly DocLine[], Int32Array>();

function digitCountsOf(lines: readonly DocLine[]): Int32Array {
  const cached = digitCounts.get(lines);
  if (cached) return cached;
  const counts = new Int32Array(lines.length);
  lines.forEach((line, i) => {
    counts[i] = asciiDigits(line.text);
  });
  digitCounts.set(lines, counts);
  return counts;
}

/** Is a transaction row of a bank statement (starts with a booking date)? */
const isTransaction = (line: DocLine): boolean => /^\d{1,2}\.\d{1,2}\.(\d{2,4})?\s/.test(line.text.trim());

export function extractIdentifier(lines: readonly DocLine[], kind: IdentifierKind, ctx: Ctx): IdentifierPick {
  const sections = sectionRoles(lines);
  const label = labels[kind];
  const all: IdentifierPick['all'] = [];
  const unlabelled: IdentifierPick['all'] = [];
  const seen = new Set<string>();
  const firstPage = lines[0]?.page;
  const digits = digitCountsOf(lines);
  lines.forEach((line, i) => {
    if (line.zone === 'belehrung') return;
    const previous = lines[i - 1];
    if ((digits[i] ?? 0) < minDigits[kind]) return;
    const ids = find(kind, line.text, { land: ctx.land, knownBufa: ctx.knownBufa });
    for (const id of ids) {
      const before = foldText(line.text.slice(0, id.index));
      const prevText = previous && previous.page === line.page ? previous.folded : undefined;
      // The label stands before the number, at the end of the line above, or right above it in a label row.
      const cell = cellContaining(line, id.index);
      const labelAbove =
        previous && previous.page === line.page && cell ? cellAt(previous, cell.start, 4) : undefined;
      const cellBefore = cell
        ? foldText(cell.text.slice(0, Math.max(0, id.index + (line.cells[0]?.start ?? 0) - cell.start)))
        : before;
      const labelled =
        label.test(before.slice(-60)) ||
        (labelAbove !== undefined && label.test(foldText(labelAbove)) && cellBefore.trim() === '') ||
        (prevText !== undefined && label.test(prevText.slice(-40)) && before.trim() === '');
      // Unlabelled digit runs are only Steuernummer/IdNr candidates next to their label; a valid IdNr in the
      // letter's info column is kept as a fallback for scans whose label OCR could not read.
      if ((kind === 'steuernummer' || kind === 'steuerId') && !labelled) {
        if (
          kind === 'steuerId' &&
          id.valid &&
          line.page === firstPage &&
          inTopPart(line, 0.4, 30) &&
          !/(telefon|fax|tel\.|personal|transfer|kunden|rechnung|konto|iban|aktenzeichen|az\.|zeichen|nummer \d)/.test(
            before,
          )
        ) {
          unlabelled.push({ id, role: 'subject', line });
        }
        continue;
      }
      // Whose number it is, from the words next to it: the label cell and the value's own cell, not the
      // whole row (the address column on the left of an info block names the addressee, not the owner).
      const cellIndex = cell ? line.cells.findIndex((c) => c.start === cell.start) : -1;
      const labelCell = cellIndex > 0 ? line.cells[cellIndex - 1]?.text : undefined;
      const near = `${labelCell !== undefined ? foldText(labelCell) : ''} ${cellBefore}`.trim();
      const local = cell && (cellBefore.trim() !== '' || labelCell !== undefined) ? near : before;
      const aboveContext = labelAbove !== undefined ? foldText(labelAbove) : prevText;
      let role: Role | undefined = roleFromContext(
        local.slice(-80),
        before.trim() === '' || cellBefore.trim() === '' ? aboveContext : undefined,
      );
      if (kind === 'iban') {
        const context = `${prevText ?? ''} ${before}`;
        if (
          line.zone === 'footer' ||
          ibanThird.test(before) ||
          ibanThird.test(line.folded.slice(0, 40)) ||
          vendorLine.test(line.folded)
        )
          role = 'third';
        else if (ibanSubject.test(context) || ibanSubject.test(line.folded)) role = 'subject';
        else if (ctx.docType === 'kontoauszug' && !isTransaction(line) && /\biban\b/.test(before))
          role = 'subject';
        else if (ctx.docType === 'kontoauszug' && isTransaction(line)) role = 'third';
      } else if (line.zone === 'footer' || vendorLine.test(line.folded)) {
        role = 'third';
      }
      const section = sections.get(line.index);
      if (role === undefined && section !== undefined) role = section;
      if (section === 'third' && role === 'subject' && !/\b(ihr|ihre|ihrem|ihren)\b/.test(before))
        role = 'third';
      role ??= defaultRole(ctx.docType, kind, ctx.fromAuthority);
      const key = `${id.normalized}|${role ?? '-'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ id, role, line });
    }
  });

  const subject = all.filter((entry) => entry.role === 'subject');
  const valid = subject.filter((entry) => entry.id.valid);
  const fallbackAllowed = kind === 'steuerId' && ctx.docType !== 'rechnung' && ctx.docType !== 'kontoauszug';
  const [onlyUnlabelled] = unlabelled;
  if (subject.length === 0 && fallbackAllowed && onlyUnlabelled && unlabelled.length === 1) {
    const note = 'Nummer ohne lesbare Bezeichnung gefunden; bitte prüfen.';
    return {
      field: found(onlyUnlabelled.id.normalized, 0.6, [evidenceOf(onlyUnlabelled.line)], note, 'unsicher'),
      keys: [onlyUnlabelled.id.normalized],
      all: [...all, onlyUnlabelled],
    };
  }
  const chosen = valid[0] ?? subject[0];
  if (!chosen) return { field: missing(), keys: [], all };

  const conflicting = new Set(valid.map((entry) => entry.id.normalized)).size > 1;
  const evidence = [evidenceOf(chosen.line)];
  // A space OCR put inside a slash-separated group ("109/904 7/3791") is not part of the printed form.
  const printed = chosen.id.printed.replace(/\s+/g, ' ').trim();
  const value =
    kind === 'steuernummer'
      ? /\d\/\d/.test(printed)
        ? printed.replace(/(\d) (?=\d)/g, '$1')
        : printed
      : chosen.id.normalized;
  let confidence = chosen.id.valid ? 0.95 : 0.4;
  let note: string | undefined;
  if (!chosen.id.valid) {
    note =
      kind === 'steuernummer'
        ? 'Die Prüfziffer der Steuernummer passt nicht (Lesefehler?). Bitte prüfen.'
        : 'Die Prüfziffer passt nicht (Lesefehler?). Bitte prüfen.';
  } else if (chosen.id.repair !== 'none') {
    confidence = 0.7;
    note = 'Beim Lesen korrigiert (z. B. O statt 0); bitte mit dem Original vergleichen.';
  } else if (conflicting) {
    confidence = 0.7;
    note = 'Das Dokument nennt mehrere verschiedene Nummern; die erste wurde übernommen.';
  }
  const keys = [chosen.id.normalized, ...(chosen.id.alternatives ?? [])];
  return {
    field: found(
      value,
      confidence,
      evidence,
      note,
      chosen.id.valid && confidence >= 0.8 ? 'sicher' : 'unsicher',
    ),
    keys,
    all,
  };
}
