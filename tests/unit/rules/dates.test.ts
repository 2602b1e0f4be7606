import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  expandTwoDigitYear,
  formatGermanDate,
  formatGermanDateLong,
  fromIsoDate,
  isValidDate,
  isoWeekday,
  parseGermanDate,
} from '../../../src-shared/rules/dates';

const ref = { referenceYear: 2026 };

describe('German dates', () => {
  it.each([
    ['24.11.2026', '2026-11-24'],
    ['24.11.26', '2026-11-24'],
    ['2026-11-24', '2026-11-24'],
    ['1.2.2026', '2026-02-01'],
    [' 24. 11. 2026 ', '2026-11-24'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2000', '2000-02-29'],
    ['31.12.99', '1999-12-31'],
    ['01.01.46', '2046-01-01'],
    ['01.01.47', '1947-01-01'],
  ])('%j → %s', (input, iso) => {
    expect(parseGermanDate(input, ref)).toMatchObject({ ok: true, iso });
  });

  it.each([
    ['31.02.2026', 'impossible-date'],
    ['29.02.2026', 'impossible-date'],
    ['29.02.1900', 'impossible-date'],
    ['31.04.2026', 'impossible-date'],
    ['00.01.2026', 'impossible-date'],
    ['12.13.2026', 'impossible-date'],
    ['2026-02-30', 'impossible-date'],
    ['24/11/2026', 'invalid-format'],
    ['24.11.', 'invalid-format'],
    ['24.11.202', 'invalid-format'],
    ['', 'empty'],
  ] as const)('%j → %s', (input, code) => {
    const result = parseGermanDate(input, ref);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/Datum|gibt es nicht/);
  });

  it('explains impossible dates in German', () => {
    expect(parseGermanDate('31.02.2026')).toMatchObject({
      message: 'Den 31.02.2026 gibt es nicht. Bitte Tag und Monat prüfen.',
    });
  });

  it('formats short and long', () => {
    expect(formatGermanDate('2026-11-24')).toBe('24.11.2026');
    expect(formatGermanDateLong('2026-11-24')).toBe('24. November 2026');
    expect(formatGermanDateLong('2026-03-01')).toBe('1. März 2026');
    expect(formatGermanDateLong('2026-11-24', { weekday: true })).toBe('Dienstag, 24. November 2026');
    expect(() => formatGermanDate('2026-02-30')).toThrow(RangeError);
  });

  it('places two-digit years in a window reaching 20 years ahead', () => {
    expect(expandTwoDigitYear(26, 2026)).toBe(2026);
    expect(expandTwoDigitYear(46, 2026)).toBe(2046);
    expect(expandTwoDigitYear(47, 2026)).toBe(1947);
    expect(expandTwoDigitYear(10, 2095)).toBe(2110);
    expect(expandTwoDigitYear(47, 2026, 30)).toBe(2047);
  });

  it('computes weekdays without Date objects', () => {
    expect(isoWeekday({ year: 2026, month: 11, day: 24 })).toBe(2);
    expect(isoWeekday({ year: 2025, month: 3, day: 8 })).toBe(6);
    expect(isoWeekday({ year: 2000, month: 1, day: 2 })).toBe(7);
  });
});

describe('German dates: properties', () => {
  const validDate = fc
    .record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(isValidDate);

  it('round-trips through the German form and agrees with the UTC calendar', () => {
    fc.assert(
      fc.property(validDate, (date) => {
        const german = formatGermanDate(date);
        const parsed = parseGermanDate(german);
        expect(parsed).toMatchObject({ ok: true, ...date });
        if (!parsed.ok) return;
        expect(fromIsoDate(parsed.iso)).toEqual(date);
        const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
        expect(parsed.iso).toBe(utc.toISOString().slice(0, 10));
        expect(isoWeekday(date)).toBe(utc.getUTCDay() === 0 ? 7 : utc.getUTCDay());
      }),
    );
  });
});
