import { describe, expect, it } from 'vitest';

import { formatIban, validateBic, validateIban } from '../../../src-shared/rules/iban';

describe('IBAN', () => {
  it('normalises grouped and lower-case input and exposes the Bankleitzahl', () => {
    expect(validateIban('de89 3704 0044 0532 0130 00')).toEqual({
      ok: true,
      iban: 'DE89370400440532013000',
      formatted: 'DE89 3704 0044 0532 0130 00',
      countryCode: 'DE',
      sepa: true,
      bankleitzahl: '37040044',
      kontonummer: '0532013000',
    });
    expect(validateIban(' DE89-3704-0044-0532-0130-00 ')).toMatchObject({
      ok: true,
      iban: 'DE89370400440532013000',
    });
  });

  it('accepts foreign IBANs without German fields', () => {
    const result = validateIban('AT61 1904 3002 3457 3201');
    expect(result).toEqual({
      ok: true,
      iban: 'AT611904300234573201',
      formatted: 'AT61 1904 3002 3457 3201',
      countryCode: 'AT',
      sepa: true,
    });
  });

  it.each([
    ['', 'empty'],
    ['DE89 3704 0044 0532 0130 01', 'invalid-checksum'],
    ['DE89 3704 0044 0532 0130 0', 'invalid-length'],
    ['XX89 3704 0044 0532 0130 00', 'unknown-country'],
    ['DE89 3704 0044 0532 0130 OO', 'invalid-format'],
    ['DE89/3704/0044', 'invalid-characters'],
  ] as const)('%j → %s', (input, code) => {
    const result = validateIban(input);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/IBAN/);
  });

  it('formats in groups of four', () => {
    expect(formatIban('de89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });
});

describe('BIC', () => {
  it('accepts 8 and 11 characters, any case', () => {
    expect(validateBic('cobadeffxxx')).toEqual({
      ok: true,
      bic: 'COBADEFFXXX',
      bankCode: 'COBA',
      countryCode: 'DE',
      locationCode: 'FF',
      branchCode: 'XXX',
      testBic: false,
    });
    expect(validateBic('DEUT DE DB')).toMatchObject({ ok: true, bic: 'DEUTDEDB', countryCode: 'DE' });
  });

  it.each([
    ['', 'empty'],
    ['COBADEF', 'invalid-format'],
    ['COBADEFFXX', 'invalid-format'],
    ['COBAXXFF', 'unknown-country'],
  ] as const)('%j → %s', (input, code) => {
    expect(validateBic(input)).toMatchObject({ ok: false, code });
  });
});
