import type { LandCode } from '../land';
import { validateIban } from '../iban';
import { validateSteuerId } from '../steuer-id';
import { validateSteuernummer } from '../steuernummer';
import { validateUstIdNr } from '../ust-id';
import { cachedPerText, perDocumentMap } from './normalize';
import { repairNumber, type RepairKind } from './ocr-repair';

export interface FoundIdentifier {
  /** As printed (after letter-for-digit repair), separators kept. */
  printed: string;
  /** Normalised key: 13-digit ELSTER form, 11-digit IdNr, DE + 9 digits, IBAN without spaces. */
  normalized: string;
  valid: boolean;
  repair: RepairKind;
  index: number;
  length: number;
  /** Steuernummer only: Land the number validated for. */
  land?: LandCode;
  /** Steuernummer only: further ELSTER forms when the Land could not be decided. */
  alternatives?: string[];
}

const ocrDigit = '[\\dOoQDlI|SBZG]';

// Digit groups joined by slashes or single spaces; lengths are checked afterwards.
const stnrPattern = new RegExp(
  `(?<![\\w/.,-])(\\d${ocrDigit}{1,4}(?:(?: ?/ ?| )${ocrDigit}{1,5}){1,4}|\\d${ocrDigit}{9,12})(?![\\w/]|[.,]\\d)`,
  'g',
);

export interface SteuernummerContext {
  /** Land of the issuing Finanzamt if known: numbers are read in its layout first. */
  land?: LandCode;
  knownBufa?: (bufa: string) => boolean;
}

interface StnrReading {
  normalized: string;
  land: LandCode;
  alternatives: string[];
}

/** Validates a printed number, in the issuer's Land first; without one, every Land whose layout fits. */
export function readSteuernummer(printed: string, ctx: SteuernummerContext): StnrReading | undefined {
  if (ctx.land !== undefined) {
    const withLand = validateSteuernummer(printed, { land: ctx.land, knownBufa: ctx.knownBufa });
    if (withLand.ok) return { normalized: withLand.elster13, land: withLand.land, alternatives: [] };
  }
  const inferred = validateSteuernummer(printed, { knownBufa: ctx.knownBufa });
  // Invalid for the issuer's Land: another Land's reading counts only if the number is printed in that
  // Land's own layout (or in the self-describing 13-digit form); else a misread would slip through.
  const groups = (text: string): string =>
    text
      .replace(/\d+/g, (d) => String(d.length))
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s+/g, ' ');
  const sameLayout = (other: string): boolean =>
    /^\d{12,13}$/.test(printed.replace(/\D/g, '')) || groups(other) === groups(printed.trim());
  if (inferred.ok && (ctx.land === undefined || sameLayout(inferred.printed))) {
    return { normalized: inferred.elster13, land: inferred.land, alternatives: [] };
  }
  if (inferred.ok) return undefined;
  if (inferred.code === 'ambiguous-land' && inferred.candidates) {
    const fitting = inferred.candidates.filter((c) => ctx.land === undefined || sameLayout(c.printed));
    const known = fitting.filter((c) => ctx.knownBufa?.(c.bufa) ?? true);
    const [first, ...rest] = known.length > 0 ? known : fitting;
    if (first) {
      return { normalized: first.elster13, land: first.land, alternatives: rest.map((c) => c.elster13) };
    }
  }
  return undefined;
}

// A document prints its Steuernummer again and again (letterhead of each page, text, payment slip):
// each printed form is validated once per document. The knownBufa callback is part of the key.
const readings = perDocumentMap<string, StnrReading | null>();
let readingsBufa: SteuernummerContext['knownBufa'] | null = null;

function readSteuernummerCached(printed: string, ctx: SteuernummerContext): StnrReading | undefined {
  if (readingsBufa !== ctx.knownBufa) {
    readings.clear();
    readingsBufa = ctx.knownBufa;
  }
  const key = `${ctx.land ?? ''}|${printed}`;
  const hit = readings.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const reading = readSteuernummer(printed, ctx);
  if (readings.size >= 20_000) readings.clear();
  readings.set(key, reading ?? null);
  return reading;
}

const digitCount = (text: string): number => text.replace(/[^\dOoQDlI|SBZG]/g, '').length;

/**
 * Number of ASCII digits in a text. Every finder accepts at most three letters read as digits, so a line
 * with fewer real digits than a number needs minus three holds none: most lines are skipped this way
 * before any pattern runs.
 */
export function asciiDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** Whether a text holds the "DE" (or "D E") that German USt-IdNrn and IBANs start with. */
const hasDE = (text: string): boolean => text.includes('DE') || text.includes('D E');

/** Steuernummer candidates in one line; each is validated (check digit, BUFA) and repaired where OCR garbled it. */
export function findSteuernummern(line: string, ctx: SteuernummerContext = {}): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  // 10 to 13 digits, at most 3 of them letters (repairNumber's limit).
  if (asciiDigits(line) < 7) return found;
  for (const m of line.matchAll(stnrPattern)) {
    const whole = m[0];
    // Digit groups of an IBAN or account number are no Steuernummer.
    if (/[A-Z]{2}\d{2} ?$/.test(line.slice(Math.max(0, m.index - 6), m.index))) continue;
    // Greedy matching may glue a following number on; try the prefixes of the group sequence as well.
    const groups = whole.split(/(?<=[\dOoQDlI|SBZG])(?= )|(?=\s?\/)/);
    const variants = new Set<string>();
    for (let end = groups.length; end >= 1; end--) variants.add(groups.slice(0, end).join('').trim());
    let best: FoundIdentifier | undefined;
    for (const variant of variants) {
      const digits = digitCount(variant);
      if (digits < 10 || digits > 13) continue;
      const plain = /^[\d\s/]+$/.test(variant);
      const direct = plain ? readSteuernummerCached(variant, ctx) : undefined;
      if (direct) {
        best = {
          printed: variant,
          normalized: direct.normalized,
          valid: true,
          repair: 'none',
          index: m.index,
          length: variant.length,
          land: direct.land,
          alternatives: direct.alternatives,
        };
        break;
      }
      // Without letters the repair would only validate the same digits again (no digit swaps here).
      const repaired = plain
        ? undefined
        : repairNumber(variant, (candidate) => readSteuernummerCached(candidate, ctx) !== undefined, {
            separators: /[\s/]/,
            allowDigitSwap: false,
          });
      if (repaired) {
        const check = readSteuernummerCached(repaired.value, ctx);
        if (check) {
          best = {
            printed: repaired.value,
            normalized: check.normalized,
            valid: true,
            repair: repaired.kind,
            index: m.index,
            length: variant.length,
            land: check.land,
            alternatives: check.alternatives,
          };
          break;
        }
      }
      if (best === undefined && plain) {
        best = {
          printed: variant,
          normalized: variant.replace(/\D/g, ''),
          valid: false,
          repair: 'none',
          index: m.index,
          length: variant.length,
        };
      }
    }
    if (best) found.push(best);
  }
  return found;
}

const steuerIdPattern = new RegExp(
  `(?<![\\w.,/])(${ocrDigit}{2} ?${ocrDigit}{3} ?${ocrDigit}{3} ?${ocrDigit}{3}|${ocrDigit}{11})(?![\\w/]|[.,]\\d)`,
  'g',
);

const isSteuerId = cachedPerText((candidate: string): boolean => validateSteuerId(candidate).ok);

/** Steuer-ID (IdNr) candidates: 11 digits, plain or grouped 2-3-3-3. */
export function findSteuerIds(line: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  // 11 digits, at most 3 of them letters.
  if (asciiDigits(line) < 8) return found;
  for (const m of line.matchAll(steuerIdPattern)) {
    const printed = m[1] ?? '';
    if (!/\d/.test(printed[0] ?? '')) continue;
    const compact = printed.replace(/\s/g, '');
    if (/^\d{11}$/.test(compact)) {
      found.push({
        printed,
        normalized: compact,
        valid: isSteuerId(compact),
        repair: 'none',
        index: m.index,
        length: printed.length,
      });
      continue;
    }
    const repaired = repairNumber(compact, isSteuerId, { allowDigitSwap: false });
    if (repaired) {
      found.push({
        printed,
        normalized: repaired.value,
        valid: true,
        repair: repaired.kind,
        index: m.index,
        length: printed.length,
      });
    }
  }
  return found;
}

const ustIdPattern = new RegExp(
  `\\b(D ?E)[\\s.:-]{0,3}(${ocrDigit}{3}[ .]?${ocrDigit}{3}[ .]?${ocrDigit}{3})(?![\\dA-Za-z]|[.,]\\d)`,
  'g',
);

const isGermanVat = cachedPerText((digits: string): boolean => validateUstIdNr(`DE${digits}`).ok);

/** German USt-IdNr candidates (`DE 123 456 789`); a W-IdNr suffix (-00001) is ignored. */
export function findUstIds(line: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  // "DE" (or "D E") and 9 digits, at most 3 of them letters.
  if (!hasDE(line) || asciiDigits(line) < 6) return found;
  for (const m of line.matchAll(ustIdPattern)) {
    const digits = (m[2] ?? '').replace(/[ .]/g, '');
    if (/^\d{9}$/.test(digits)) {
      found.push({
        printed: m[0],
        normalized: `DE${digits}`,
        valid: isGermanVat(digits),
        repair: 'none',
        index: m.index,
        length: m[0].length,
      });
      continue;
    }
    const repaired = repairNumber(digits, isGermanVat, { allowDigitSwap: false });
    if (repaired) {
      found.push({
        printed: m[0],
        normalized: `DE${repaired.value}`,
        valid: true,
        repair: repaired.kind,
        index: m.index,
        length: m[0].length,
      });
    }
  }
  return found;
}

const germanIbanPattern = new RegExp(`\\b(D ?E)((?: ?${ocrDigit}){19,21})(?![\\dA-Za-z])`, 'g');

/** OCR sometimes drops or doubles one digit of a long number; MOD 97 tells which reading is right. */
function oneDigitOff(body: string): string | undefined {
  const candidates = new Set<string>();
  if (body.length === 21) {
    for (let i = 0; i < body.length; i++) candidates.add(body.slice(0, i) + body.slice(i + 1));
  } else if (body.length === 19) {
    for (let i = 0; i <= body.length; i++)
      for (let d = 0; d <= 9; d++) candidates.add(body.slice(0, i) + String(d) + body.slice(i));
  }
  const valid = [...candidates].filter((candidate) => isIban(`DE${candidate}`));
  return valid.length === 1 ? valid[0] : undefined;
}
const foreignIbanPattern = /\b((?!DE)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b/g;
/** What every foreign IBAN match starts with; tested first because most lines have no such pair. */
const countryAndCheckDigits = /[A-Z]{2}\d{2}/;

// The validators are pure but not cheap; a document repeats its numbers (each page, payment slip).
const isIban = cachedPerText((candidate: string): boolean => validateIban(candidate).ok);

/** IBAN candidates; German IBANs get letter-for-digit repair (the BBAN is all digits). */
export function findIbans(line: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  const digits = asciiDigits(line);
  if (digits < 2) return found;
  // A German IBAN has 20 digits after "DE", at most 3 of them letters (19 or 21 only as plain digits).
  for (const m of digits >= 17 && hasDE(line) ? line.matchAll(germanIbanPattern) : []) {
    const body = (m[2] ?? '').replace(/\s/g, '');
    const compact = `DE${body}`;
    if (/^\d{19}$|^\d{21}$/.test(body)) {
      const fixed = oneDigitOff(body);
      if (fixed)
        found.push({
          printed: m[0],
          normalized: `DE${fixed}`,
          valid: true,
          repair: 'digit',
          index: m.index,
          length: m[0].length,
        });
      continue;
    }
    if (body.length !== 20) continue;
    if (/^\d{20}$/.test(body)) {
      found.push({
        printed: m[0],
        normalized: compact,
        valid: isIban(compact),
        repair: 'none',
        index: m.index,
        length: m[0].length,
      });
      continue;
    }
    const repaired = repairNumber(body, (digits) => isIban(`DE${digits}`), { allowDigitSwap: false });
    if (repaired) {
      found.push({
        printed: m[0],
        normalized: `DE${repaired.value}`,
        valid: true,
        repair: repaired.kind,
        index: m.index,
        length: m[0].length,
      });
    }
  }
  for (const m of countryAndCheckDigits.test(line) ? line.matchAll(foreignIbanPattern) : []) {
    const compact = (m[1] ?? '').replace(/\s/g, '');
    if (compact.length < 15) continue;
    if (isIban(compact)) {
      found.push({
        printed: m[0],
        normalized: compact,
        valid: true,
        repair: 'none',
        index: m.index,
        length: m[0].length,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
