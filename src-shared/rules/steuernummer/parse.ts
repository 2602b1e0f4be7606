import { landCodes, landNames, type LandCode } from '../land';
import { formatSteuernummer, regionalToElster, splitElster } from './conversion';
import { printedLayouts, regionalLength, steuernummerFormats } from './land-formats';
import type { SteuernummerCandidate, SteuernummerError, SteuernummerParseResult } from './types';
import { steuernummerError } from './error';

// Slash, hyphen (incl. typographic dashes), dot and any whitespace are accepted between digit groups.
const separators = /[\s/.\-\u2010-\u2015]+/;
const allowed = /^[\d\s/.\-\u2010-\u2015]*$/;

export interface SteuernummerReadings {
  readings: SteuernummerCandidate[];
  /** True when the Land was neither given nor encoded in the number (10/11-digit input). */
  landInferred: boolean;
  /** Digit-group lengths as typed, e.g. [3, 3, 5]; empty when typed without separators. */
  groups: number[];
  /** The input with whitespace tidied, to compare with printed forms. */
  typed: string;
}

function candidateFor(elster13: string): SteuernummerCandidate | SteuernummerError {
  const split = splitElster(elster13);
  if (!split.ok) return split;
  return {
    land: split.parts.land,
    elster13,
    printed: formatSteuernummer(elster13) ?? elster13,
    bufa: split.parts.bufa,
  };
}

/** All structurally possible readings of the input; no check digit or plausibility rules applied. */
export function readSteuernummer(
  input: string,
  land?: LandCode,
): ({ ok: true } & SteuernummerReadings) | SteuernummerError {
  const trimmed = input.trim();
  if (trimmed === '') return steuernummerError('empty', 'Bitte eine Steuernummer eingeben.');
  if (!allowed.test(trimmed)) {
    return steuernummerError(
      'invalid-characters',
      'Die Steuernummer darf nur Ziffern und als Trennzeichen „/“, „-“ oder Leerzeichen enthalten.',
    );
  }
  const parts = trimmed.split(separators).filter((part) => part !== '');
  const digits = parts.join('');
  if (digits === '') return steuernummerError('empty', 'Bitte eine Steuernummer eingeben.');
  const groups = parts.length > 1 ? parts.map((part) => part.length) : [];
  const typed = trimmed.replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');

  if (digits.length === 13 || digits.length === 12) {
    // 12 digits is the Bundesschema: the ELSTER form without the Formatschlüssel.
    const elster13 = digits.length === 13 ? digits : `${digits.slice(0, 4)}0${digits.slice(4)}`;
    const candidate = candidateFor(elster13);
    if ('ok' in candidate) return candidate;
    if (land !== undefined && candidate.land !== land) {
      return steuernummerError(
        'land-mismatch',
        `Die Steuernummer gehört zu einem Finanzamt in ${landNames[candidate.land]}, nicht in ${landNames[land]}.`,
      );
    }
    return { ok: true, readings: [candidate], landInferred: false, groups, typed };
  }

  if (land !== undefined) {
    const converted = regionalToElster(digits, land);
    if (!converted.ok) return converted;
    const candidate = candidateFor(converted.elster13);
    if ('ok' in candidate) return candidate;
    return { ok: true, readings: [candidate], landInferred: false, groups, typed };
  }

  if (digits.length === 10 || digits.length === 11) {
    const readings: SteuernummerCandidate[] = [];
    for (const code of landCodes) {
      if (regionalLength(steuernummerFormats[code]) !== digits.length) continue;
      const converted = regionalToElster(digits, code);
      if (!converted.ok) continue;
      const candidate = candidateFor(converted.elster13);
      if (!('ok' in candidate)) readings.push(candidate);
    }
    if (readings.length > 0) return { ok: true, readings, landInferred: true, groups, typed };
  }

  return steuernummerError(
    'invalid-length',
    `Eine Steuernummer hat je nach Bundesland 10 oder 11 Ziffern, im ELSTER-Format 13 Ziffern; eingegeben wurden ${digits.length}.`,
  );
}

/**
 * Prefers readings whose printed form equals the input, else those whose digit grouping matches it
 * (e.g. `93815/08152` is BW-style, `133/8150/8159` NW-style). Never narrows to nothing.
 */
export function narrowByTypedForm(
  readings: SteuernummerCandidate[],
  { typed, groups }: Pick<SteuernummerReadings, 'typed' | 'groups'>,
): SteuernummerCandidate[] {
  const exact = readings.filter((reading) => reading.printed === typed);
  if (exact.length > 0) return exact;
  if (groups.length === 0) return readings;
  const key = groups.join(',');
  const matching = readings.filter((reading) =>
    printedLayouts(steuernummerFormats[reading.land]).some((layout) => layout.join(',') === key),
  );
  return matching.length > 0 ? matching : readings;
}

export function ambiguousLand(candidates: SteuernummerCandidate[]): SteuernummerError {
  const names = candidates.map((candidate) => landNames[candidate.land]).join(', ');
  return {
    ok: false,
    code: 'ambiguous-land',
    message: `Das Bundesland lässt sich aus der Steuernummer nicht eindeutig bestimmen (möglich: ${names}). Bitte das Bundesland angeben.`,
    candidates,
  };
}

/**
 * Format-only parse: converts between printed, 12- and 13-digit forms without judging validity.
 * A 10/11-digit number without Land resolves only if its typed layout fits exactly one Land.
 */
export function parseSteuernummer(input: string, opts: { land?: LandCode } = {}): SteuernummerParseResult {
  const read = readSteuernummer(input, opts.land);
  if (!read.ok) return read;
  const narrowed = narrowByTypedForm(read.readings, read);
  const [only] = narrowed;
  if (narrowed.length === 1 && only !== undefined) return { ok: true, ...only };
  return ambiguousLand(narrowed);
}
