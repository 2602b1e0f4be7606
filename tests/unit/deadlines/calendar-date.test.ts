import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  daysBetween,
  formatDateDe,
  formatDateWithWeekdayDe,
  formatEuroDe,
  parseIsoDate,
  periodEnd,
  weekdayOf,
} from '../../../src-shared/rules/deadlines';

const utcIso = (date: Date): string => date.toISOString().slice(0, 10);

describe('calendar dates', () => {
  it('parses strictly', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '2025-01-01T00:00',
      ' 2025-01-01',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('adds months per § 188 Abs. 2, 3 BGB (doc § 5.3)', () => {
    expect(addMonths('2025-01-31', 1)).toEqual({ date: '2025-02-28', clamped: true });
    expect(addMonths('2028-01-31', 1)).toEqual({ date: '2028-02-29', clamped: true });
    expect(addMonths('2025-10-31', 1)).toEqual({ date: '2025-11-30', clamped: true });
    expect(addMonths('2025-03-07', 1)).toEqual({ date: '2025-04-07', clamped: false });
    expect(addMonths('2025-12-29', 1)).toEqual({ date: '2026-01-29', clamped: false });
    expect(addMonths('2028-02-29', 12)).toEqual({ date: '2029-02-28', clamped: true });
    expect(addMonths('2025-03-31', -1)).toEqual({ date: '2025-02-28', clamped: true });
  });

  it('ends week periods on the same weekday and day periods after n days', () => {
    expect(periodEnd('2025-03-03', { unit: 'weeks', amount: 2 }).date).toBe('2025-03-17');
    expect(periodEnd('2025-12-31', { unit: 'days', amount: 10 }).date).toBe('2026-01-10');
    expect(periodEnd('2025-03-07', { unit: 'years', amount: 1 }).date).toBe('2026-03-07');
  });

  it('knows weekdays', () => {
    expect(weekdayOf('2025-03-03')).toBe(1);
    expect(weekdayOf('2025-03-08')).toBe(6);
    expect(weekdayOf('2025-03-09')).toBe(0);
    expect(weekdayOf('2000-02-29')).toBe(2);
  });

  it('formats German dates without Intl', () => {
    expect(formatDateDe('2025-04-07')).toBe('07.04.2025');
    expect(formatDateWithWeekdayDe('2025-04-07')).toBe('Montag, 07.04.2025');
    expect(formatEuroDe(9000)).toBe('9.000 €');
    expect(formatEuroDe(1080)).toBe('1.080 €');
    expect(formatEuroDe(1234567)).toBe('1.234.567 €');
  });

  it('throws on malformed dates in the low-level helpers', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('agrees with Date.UTC on day arithmetic and weekdays (1900–2199)', () => {
    const min = Date.UTC(1900, 0, 1);
    const max = Date.UTC(2199, 11, 31);
    fc.assert(
      fc.property(
        fc.integer({ min: min / 86_400_000, max: max / 86_400_000 }),
        fc.integer({ min: -800, max: 800 }),
        (day, delta) => {
          const date = new Date(day * 86_400_000);
          const iso = utcIso(date);
          expect(addDays(iso, delta)).toBe(utcIso(new Date((day + delta) * 86_400_000)));
          expect(weekdayOf(iso)).toBe(date.getUTCDay());
          expect(daysBetween(iso, addDays(iso, delta))).toBe(delta);
        },
      ),
    );
  });

  it('month addition keeps the day or clamps to the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1991, max: 2190 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 60 }),
        (year, month, rawDay, months) => {
          const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const day = Math.min(rawDay, lastDay);
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const result = addMonths(iso, months);
          const target = parseIsoDate(result.date);
          expect(target).toBeDefined();
          const targetLast = new Date(Date.UTC(target?.year ?? 0, target?.month ?? 0, 0)).getUTCDate();
          expect(target?.day).toBe(Math.min(day, targetLast));
          expect(result.clamped).toBe(day > targetLast);
          expect(((target?.year ?? 0) - year) * 12 + ((target?.month ?? 0) - month)).toBe(months);
        },
      ),
    );
  });
});
