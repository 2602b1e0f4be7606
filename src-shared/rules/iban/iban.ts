import {
  ValidationErrorsIBAN,
  extractIBAN,
  friendlyFormatIBAN,
  isSEPACountry,
  validateIBAN,
} from 'ibantools';

export type IbanErrorCode =
  | 'empty'
  | 'invalid-characters'
  | 'unknown-country'
  | 'invalid-length'
  | 'invalid-format'
  | 'invalid-checksum'
  | 'invalid-account-checksum';

export type IbanResult =
  | {
      ok: true;
      /** Electronic form: upper case, no spaces, e.g. DE89370400440532013000. */
      iban: string;
      /** Print form in groups of four, e.g. DE89 3704 0044 0532 0130 00. */
      formatted: string;
      countryCode: string;
      sepa: boolean;
      /** Only for German IBANs: the 8-digit Bankleitzahl (positions 5–12). */
      bankleitzahl?: string;
      /** Only for German IBANs: the 10-digit account number including leading zeros. */
      kontonummer?: string;
    }
  | { ok: false; code: IbanErrorCode; message: string };

const fail = (code: IbanErrorCode, message: string): IbanResult => ({ ok: false, code, message });

/** Upper-cases and removes spaces and hyphens, as copied from letters or online banking. */
export function normalizeIban(input: string): string {
  return input.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, '');
}

export function formatIban(iban: string): string {
  return friendlyFormatIBAN(normalizeIban(iban)) ?? iban;
}

export function validateIban(input: string): IbanResult {
  const iban = normalizeIban(input);
  if (iban === '') return fail('empty', 'Bitte eine IBAN eingeben.');
  if (!/^[A-Z0-9]+$/.test(iban)) {
    return fail('invalid-characters', 'Die IBAN darf nur Buchstaben und Ziffern enthalten.');
  }
  const { errorCodes } = validateIBAN(iban);
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry)) {
    return fail('unknown-country', `„${iban.slice(0, 2)}“ ist kein Länderkennzeichen einer IBAN.`);
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) {
    return fail('invalid-length', 'Die IBAN hat für dieses Land nicht die richtige Länge.');
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)) {
    return fail('invalid-format', 'Die IBAN hat für dieses Land nicht das richtige Format.');
  }
  if (
    errorCodes.includes(ValidationErrorsIBAN.ChecksumNotNumber) ||
    errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)
  ) {
    return fail('invalid-checksum', 'Die Prüfziffer der IBAN stimmt nicht. Bitte auf Tippfehler prüfen.');
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return fail(
      'invalid-account-checksum',
      'Die Kontonummer in der IBAN ist ungültig. Bitte auf Tippfehler prüfen.',
    );
  }
  if (errorCodes.length > 0) return fail('invalid-format', 'Die IBAN ist ungültig.');

  const countryCode = iban.slice(0, 2);
  const german =
    countryCode === 'DE'
      ? { bankleitzahl: extractIBAN(iban).bankIdentifier ?? iban.slice(4, 12), kontonummer: iban.slice(12) }
      : {};
  return {
    ok: true,
    iban,
    formatted: formatIban(iban),
    countryCode,
    sepa: isSEPACountry(countryCode),
    ...german,
  };
}
