import { landNames } from '../land';
import { ambiguousLand, narrowByTypedForm, readSteuernummer } from './parse';
import { checkElsterSteuernummer } from './plausibility';
import type {
  SteuernummerCandidate,
  SteuernummerError,
  SteuernummerOptions,
  SteuernummerResult,
  SteuernummerWarning,
} from './types';

type Checked = { candidate: SteuernummerCandidate; warnings: SteuernummerWarning[] };

/**
 * Validates a Steuernummer typed in any form: printed Land form (any separators), 12-digit Bundesschema
 * or 13-digit ELSTER form. Without a Land, a 10/11-digit number is resolved by layout, check digit and,
 * if given, the BUFA directory; if several Länder remain, the result lists them as candidates.
 */
export function validateSteuernummer(input: string, opts: SteuernummerOptions = {}): SteuernummerResult {
  const read = readSteuernummer(input, opts.land);
  if (!read.ok) return read;

  const valid: Checked[] = [];
  const errors: SteuernummerError[] = [];
  for (const candidate of read.readings) {
    const checked = checkElsterSteuernummer(candidate.elster13, opts.knownBufa);
    if (checked.ok) valid.push({ candidate, warnings: checked.warnings });
    else errors.push(checked);
  }

  if (!read.landInferred) {
    const [only] = valid;
    if (only) return { ok: true, ...only.candidate, warnings: only.warnings };
    return errors[0] ?? { ok: false, code: 'invalid-length', message: 'Die Steuernummer ist ungültig.' };
  }

  if (valid.length === 0) return noValidLand(read.readings, errors);

  // Soft filters: each is applied only if it leaves at least one reading.
  let remaining = narrowByTypedForm(
    valid.map((entry) => entry.candidate),
    read,
  );
  const { knownBufa } = opts;
  if (knownBufa !== undefined && remaining.length > 1) {
    const known = remaining.filter((candidate) => knownBufa(candidate.bufa));
    if (known.length > 0) remaining = known;
  }
  const [only] = remaining;
  if (remaining.length !== 1 || only === undefined) return ambiguousLand(remaining);

  const warnings = valid.find((entry) => entry.candidate === only)?.warnings ?? [];
  return {
    ok: true,
    ...only,
    warnings: [
      {
        code: 'land-inferred',
        message: `Das Bundesland (${landNames[only.land]}) wurde aus der Steuernummer abgeleitet. Bitte bestätigen.`,
      },
      ...warnings,
    ],
  };
}

function noValidLand(readings: SteuernummerCandidate[], errors: SteuernummerError[]): SteuernummerError {
  const [first] = errors;
  if (errors.length === 1 && first) return first;
  const codes = new Set(errors.map((error) => error.code));
  const names = readings.map((reading) => landNames[reading.land]).join(', ');
  const [sharedCode] = codes;
  if (codes.size === 1 && sharedCode !== undefined) {
    const reason = sharedCode === 'invalid-check-digit' ? 'Die Prüfziffer passt' : 'Die Nummer passt';
    return {
      ok: false,
      code: sharedCode,
      message: `${reason} zu keinem der möglichen Bundesländer (${names}). Bitte auf Tippfehler prüfen.`,
    };
  }
  return {
    ok: false,
    code: 'no-valid-land',
    message: `Die Steuernummer ist in keinem der möglichen Bundesländer (${names}) gültig. Bitte auf Tippfehler prüfen oder das Bundesland angeben.`,
  };
}
