import { iso7064Mod1110CheckDigit } from '../checksum';
import { euVatFormatFor } from './eu-vat-formats';

export type UstIdNrErrorCode =
  | 'empty'
  | 'missing-country'
  | 'unknown-country'
  | 'invalid-format'
  | 'invalid-length'
  | 'leading-zero'
  | 'invalid-check-digit';

export type UstIdNrResult =
  | {
      ok: true;
      /** VIES prefix, e.g. DE, AT, EL. */
      countryCode: string;
      /** Normalised number with prefix, no separators, e.g. DE136695976. */
      value: string;
      /** True only where a check digit was verified (DE); other countries get a format check only. */
      checksumVerified: boolean;
    }
  | { ok: false; code: UstIdNrErrorCode; message: string };

const fail = (code: UstIdNrErrorCode, message: string): UstIdNrResult => ({ ok: false, code, message });

/** Upper-cases and drops spaces, dots, slashes and dashes, e.g. `DE - 221.304.969` → `DE221304969`. */
export function normalizeUstIdNr(input: string): string {
  return input.toUpperCase().replace(/[\s./\-\u2010-\u2015]/g, '');
}

/** Checks the 9 digits of a German USt-IdNr (first digit ≠ 0, MOD 11,10 check digit). */
export function germanVatDigitsError(
  digits: string,
): { code: UstIdNrErrorCode; message: string } | undefined {
  if (!/^\d+$/.test(digits)) {
    return { code: 'invalid-format', message: 'Nach „DE“ folgen bei der USt-IdNr. nur Ziffern.' };
  }
  if (digits.length !== 9) {
    return {
      code: 'invalid-length',
      message: `Die deutsche USt-IdNr. hat nach „DE“ 9 Ziffern; eingegeben wurden ${digits.length}.`,
    };
  }
  if (digits.startsWith('0')) {
    return { code: 'leading-zero', message: 'Die deutsche USt-IdNr. beginnt nach „DE“ nie mit 0.' };
  }
  if (iso7064Mod1110CheckDigit(digits.slice(0, 8)) !== Number(digits[8])) {
    return {
      code: 'invalid-check-digit',
      message: 'Die Prüfziffer (letzte Ziffer) passt nicht zur USt-IdNr. Bitte auf Tippfehler prüfen.',
    };
  }
  return undefined;
}

/**
 * Validates a USt-IdNr (§ 27a UStG) or another EU VAT number. A valid result does not prove the
 * number is assigned; only the BZSt confirmation service (eVatR/VIES) can.
 */
export function validateUstIdNr(input: string): UstIdNrResult {
  const value = normalizeUstIdNr(input);
  if (value === '') return fail('empty', 'Bitte eine USt-IdNr. eingeben.');
  const prefix = value.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(prefix)) {
    return fail('missing-country', 'Die USt-IdNr. beginnt mit dem Länderkennzeichen, z. B. „DE123456788“.');
  }
  // Greece uses EL in VAT numbers although its ISO code is GR.
  const countryCode = prefix === 'GR' ? 'EL' : prefix;
  const rest = value.slice(2);
  const format = euVatFormatFor(countryCode);
  if (format === undefined) {
    return fail('unknown-country', `„${prefix}“ ist kein Länderkennzeichen eines EU-Mitgliedstaats.`);
  }
  const normalized = countryCode + rest;
  if (countryCode === 'DE') {
    const error = germanVatDigitsError(rest);
    if (error) return fail(error.code, error.message);
    return { ok: true, countryCode, value: normalized, checksumVerified: true };
  }
  if (!format.pattern.test(rest)) {
    return fail(
      'invalid-format',
      `Die USt-IdNr. für ${format.country} hat nicht das erwartete Format (z. B. ${format.example}).`,
    );
  }
  return { ok: true, countryCode, value: normalized, checksumVerified: false };
}
