import { describe, expect, it } from 'vitest';

import { iso7064Mod1110CheckDigit } from '../../../src-shared/rules/checksum';
import { euVatFormats, validateUstIdNr, validateWIdNr } from '../../../src-shared/rules/ust-id';

describe('USt-IdNr (§3.1)', () => {
  it('computes the worked example', () => {
    expect(iso7064Mod1110CheckDigit('13669597')).toBe(6);
  });

  it.each([
    ['DE136695976', 'DE136695976'],
    ['DE 118619592', 'DE118619592'],
    ['DE 125014955', 'DE125014955'],
    ['DE 129304291', 'DE129304291'],
    ['DE 246 595 415', 'DE246595415'],
    ['DE 813 11 38 75', 'DE813113875'],
    ['DE - 113866163', 'DE113866163'],
    ['DE 221.304.969', 'DE221304969'],
    ['DE812847601', 'DE812847601'],
    ['de123456788', 'DE123456788'],
  ])('%s is valid', (input, value) => {
    expect(validateUstIdNr(input)).toEqual({ ok: true, countryCode: 'DE', value, checksumVerified: true });
  });

  it.each([
    ['DE136695978', 'invalid-check-digit'],
    ['DE 125014855', 'invalid-check-digit'],
    ['DE 246 495 415', 'invalid-check-digit'],
    ['DE 813 91 38 75', 'invalid-check-digit'],
    ['DE - 266297673', 'invalid-check-digit'],
    ['DE 246X595 415', 'invalid-format'],
    ['DE 011125440', 'leading-zero'],
    ['DE12345678', 'invalid-length'],
    ['DE123456789', 'invalid-check-digit'],
    ['136695976', 'missing-country'],
    ['US123456789', 'unknown-country'],
    ['', 'empty'],
  ] as const)('%s is invalid (%s)', (input, code) => {
    const result = validateUstIdNr(input);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/USt-IdNr|Länderkennzeichen/);
  });

  it('checks only the format for other EU countries', () => {
    expect(validateUstIdNr('ATU12345678')).toEqual({
      ok: true,
      countryCode: 'AT',
      value: 'ATU12345678',
      checksumVerified: false,
    });
    expect(validateUstIdNr('NL 123456789 B01')).toMatchObject({ ok: true, value: 'NL123456789B01' });
    expect(validateUstIdNr('GR123456789')).toMatchObject({
      ok: true,
      countryCode: 'EL',
      value: 'EL123456789',
    });
    expect(validateUstIdNr('AT12345678')).toMatchObject({ ok: false, code: 'invalid-format' });
    expect(validateUstIdNr('FR1234567890')).toMatchObject({ ok: false, code: 'invalid-format' });
  });

  it('accepts each country’s own example format', () => {
    for (const format of euVatFormats) {
      expect(validateUstIdNr(format.example), format.prefix).toMatchObject({
        ok: true,
        countryCode: format.prefix,
      });
    }
    expect(euVatFormats).toHaveLength(28);
  });
});

describe('W-IdNr (§3.2)', () => {
  it('accepts a number whose 9 digits pass the USt-IdNr check', () => {
    expect(validateWIdNr('DE123456788-00001')).toEqual({
      ok: true,
      value: 'DE123456788-00001',
      base: 'DE123456788',
      unterscheidungsmerkmal: '00001',
      warnings: [],
    });
    expect(validateWIdNr('de 123 456 788 – 00002')).toMatchObject({ ok: true, value: 'DE123456788-00002' });
  });

  it('only warns about the check digit (illustrative BZSt number)', () => {
    const result = validateWIdNr('DE123456789-00001');
    expect(result).toMatchObject({ ok: true, value: 'DE123456789-00001' });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['check-digit']);
  });

  it('treats a number without Unterscheidungsmerkmal as a USt-IdNr', () => {
    expect(validateWIdNr('DE123456788')).toMatchObject({ ok: false, code: 'missing-unterscheidungsmerkmal' });
    expect(validateUstIdNr('DE123456788')).toMatchObject({ ok: true });
  });

  it('requires a five-digit Unterscheidungsmerkmal', () => {
    expect(validateWIdNr('DE123456788-1')).toMatchObject({
      ok: false,
      code: 'invalid-unterscheidungsmerkmal',
    });
    expect(validateWIdNr('DE123456788-000001')).toMatchObject({
      ok: false,
      code: 'invalid-unterscheidungsmerkmal',
    });
    expect(validateWIdNr('AT123456788-00001')).toMatchObject({ ok: false, code: 'invalid-format' });
  });
});
