import { extractBIC, validateBIC, ValidationErrorsBIC } from 'ibantools';

export type BicErrorCode = 'empty' | 'unknown-country' | 'invalid-format';

export type BicResult =
  | {
      ok: true;
      /** Upper case, no spaces; 8 or 11 characters as entered. */
      bic: string;
      bankCode: string;
      countryCode: string;
      locationCode: string;
      /** Branch code, absent for 8-character BICs. */
      branchCode?: string;
      /** A `0` as second location character marks a test BIC. */
      testBic: boolean;
    }
  | { ok: false; code: BicErrorCode; message: string };

const fail = (code: BicErrorCode, message: string): BicResult => ({ ok: false, code, message });

export function normalizeBic(input: string): string {
  return input.toUpperCase().replace(/\s/g, '');
}

export function validateBic(input: string): BicResult {
  const bic = normalizeBic(input);
  if (bic === '') return fail('empty', 'Bitte eine BIC eingeben.');
  const { errorCodes } = validateBIC(bic);
  if (errorCodes.includes(ValidationErrorsBIC.WrongBICFormat) || !/^[A-Z0-9]+$/.test(bic)) {
    return fail('invalid-format', 'Die BIC hat 8 oder 11 Zeichen, z. B. „COBADEFFXXX“.');
  }
  if (errorCodes.includes(ValidationErrorsBIC.NoBICCountry)) {
    return fail('unknown-country', `Die BIC enthält an 5. und 6. Stelle kein gültiges Länderkennzeichen.`);
  }
  if (errorCodes.length > 0) return fail('invalid-format', 'Die BIC ist ungültig.');
  const parts = extractBIC(bic);
  return {
    ok: true,
    bic,
    bankCode: parts.bankCode ?? bic.slice(0, 4),
    countryCode: parts.countryCode ?? bic.slice(4, 6),
    locationCode: parts.locationCode ?? bic.slice(6, 8),
    ...(parts.branchCode ? { branchCode: parts.branchCode } : {}),
    testBic: parts.testBIC,
  };
}
