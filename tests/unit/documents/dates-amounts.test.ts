import { describe, expect, it } from 'vitest';
import { findAmounts, findDates } from '../../../src-shared/rules/documents';

describe('findDates', () => {
  it.each([
    ['Datum 24.11.2026', '2026-11-24'],
    ['Datum: 24. November 2026', '2026-11-24'],
    ['am 3. März 2025', '2025-03-03'],
    ['vom 24. Nov. 2026', '2026-11-24'],
    ['Datum 05.03.26', '2026-03-05'],
    ['Stand 2026-11-24', '2026-11-24'],
    ['Datum 1O.O3.2025', '2025-03-10'],
  ])('%s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('rejects impossible dates and amounts', () => {
    expect(findDates('31.02.2025')).toEqual([]);
    expect(findDates('Betrag 12.976,50 €')).toEqual([]);
  });
});

describe('findAmounts', () => {
  it.each([
    ['1.234,56 €', 1234.56],
    ['EUR 1.234,56', 1234.56],
    ['-1.234,56 EUR', -1234.56],
    ['1.234,56-', -1234.56],
    ['Saldo 5.364,04 S', -5364.04],
    ['150,- €', 150],
    ['500 Euro', 500],
    ['Neuer Kontostand -652/98 EUR', -652.98],
  ])('%s', (text, value) => {
    expect(findAmounts(text)[0]?.value).toBe(value);
  });

  it('ignores percentages and dates', () => {
    expect(findAmounts('Steuermesszahl 3,50 % am 10.03.2025')).toEqual([]);
  });
});
