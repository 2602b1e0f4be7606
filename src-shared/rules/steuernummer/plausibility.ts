import { landNames } from '../land';
import { berlinProcedures } from './berlin-variant';
import { checkDigitFor } from './check-digit';
import { splitElster } from './conversion';
import { steuernummerFormats, type CheckDigitProcedure } from './land-formats';
import { isElsterTestBufa } from './test-bufas';
import type { SteuernummerError, SteuernummerWarning } from './types';
import { steuernummerError } from './error';

const forbiddenBezirke = new Set(['000', '998', '999', '0000', '0998', '0999']);

function proceduresFor(elster13: string): CheckDigitProcedure[] {
  const split = splitElster(elster13);
  if (!split.ok) throw new RangeError(split.message);
  const { land, bufa, bezirk } = split.parts;
  const procedure = steuernummerFormats[land].procedure;
  return procedure === 'berlin' ? berlinProcedures(bufa, Number(bezirk)) : [procedure];
}

/**
 * Check digit the number's Land and BUFA call for, from its first 12 digits (13-digit form, check digit
 * optional). Null where none exists. For Berlin BUFAs without a known variant, variant A is used.
 */
export function computeSteuernummerCheckDigit(elster12or13: string): number | null {
  const padded = elster12or13.length === 12 ? `${elster12or13}0` : elster12or13;
  const [procedure] = proceduresFor(padded);
  if (procedure === undefined) throw new RangeError('no check-digit procedure');
  return checkDigitFor(procedure, padded);
}

/** Plausibility (§1.4) and check-digit rules (§1.5) for a structurally valid 13-digit number. */
export function checkElsterSteuernummer(
  elster13: string,
  knownBufa?: (bufa: string) => boolean,
): { ok: true; warnings: SteuernummerWarning[] } | SteuernummerError {
  const split = splitElster(elster13);
  if (!split.ok) return split;
  const { land, bufa, bezirk } = split.parts;
  const format = steuernummerFormats[land];

  if (forbiddenBezirke.has(bezirk)) {
    return steuernummerError(
      'invalid-bezirk',
      `Die Bezirksnummer ${bezirk} ist nicht zulässig. Bitte die Steuernummer prüfen.`,
    );
  }
  if (format.programmierverbund && Number(bezirk) < 100) {
    return steuernummerError(
      'invalid-bezirk',
      `In ${landNames[land]} ist die Bezirksnummer mindestens 100; ${bezirk} ist nicht zulässig.`,
    );
  }
  if (land === 'NW' && Number(elster13.slice(9)) < 10) {
    return steuernummerError(
      'invalid-unterscheidungsnummer',
      `In Nordrhein-Westfalen müssen Unterscheidungsnummer und Prüfziffer (${elster13.slice(9)}) größer als 0009 sein.`,
    );
  }

  const procedures = proceduresFor(elster13);
  const expected = procedures.map((procedure) => checkDigitFor(procedure, elster13));
  if (!expected.includes(Number(elster13[12]))) {
    const message = expected.every((digit) => digit === null)
      ? 'Zu dieser Steuernummer kann es keine gültige Prüfziffer geben; sie ist ungültig. Bitte auf Tippfehler prüfen.'
      : 'Die Prüfziffer (letzte Ziffer) passt nicht zur Steuernummer. Bitte auf Tippfehler prüfen.';
    return steuernummerError('invalid-check-digit', message);
  }

  const warnings: SteuernummerWarning[] = [];
  if (procedures.length > 1) {
    warnings.push({
      code: 'berlin-variant-unknown',
      message: `Für das Berliner Finanzamt ${bufa} ist das Prüfverfahren nicht bekannt; die Prüfziffer wurde nur eingeschränkt geprüft.`,
    });
  }
  if (isElsterTestBufa(bufa)) {
    warnings.push({
      code: 'test-bufa',
      message: `Die Finanzamtsnummer ${bufa} ist eine ELSTER-Testnummer und wird für echte Steuerfälle nicht vergeben.`,
    });
  } else if (knownBufa !== undefined && !knownBufa(bufa)) {
    warnings.push({
      code: 'unknown-bufa',
      message: `Das Finanzamt ${bufa} ist im Finanzamtsverzeichnis nicht (mehr) enthalten. Bitte prüfen, ob die Steuernummer noch aktuell ist.`,
    });
  }
  return { ok: true, warnings };
}
