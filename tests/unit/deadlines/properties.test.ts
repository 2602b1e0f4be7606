import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addDays,
  daysBetween,
  einspruchsfrist,
  filingDeadline,
  isWorkingDay,
  lands,
  lawyerDeadline,
  lawyerDeadlineKinds,
  municipalHolidays,
  shiftToWorkingDay,
  ustVaDeadline,
  weekdayOf,
} from '../../../src-shared/rules/deadlines';
import type { HolidayOptions, IsoDate, Land } from '../../../src-shared/rules/deadlines';
import { unwrap } from './helpers';

const land = fc.constantFrom<Land>(...lands);
const municipal = fc.subarray([...municipalHolidays]);

/** Any calendar day 2000-01-01 … 2099-12-31. */
const isoDate = fc
  .integer({ min: 0, max: daysBetween('2000-01-01', '2099-12-31') })
  .map((n) => addDays('2000-01-01', n));

const expectWorkingDay = (date: IsoDate, where: Land, options?: HolidayOptions): void => {
  expect(weekdayOf(date)).not.toBe(0);
  expect(weekdayOf(date)).not.toBe(6);
  expect(isWorkingDay(date, where, options)).toBe(true);
};

/** The shift is minimal: every day from the unshifted end up to the result is a non-working day. */
const expectMinimalShift = (
  unshifted: IsoDate,
  result: IsoDate,
  where: Land,
  options?: HolidayOptions,
): void => {
  expect(result >= unshifted).toBe(true);
  expect(daysBetween(unshifted, result)).toBeLessThanOrEqual(5);
  for (let day = unshifted; day < result; day = addDays(day, 1)) {
    expect(isWorkingDay(day, where, options), day).toBe(false);
  }
};

describe('deadline properties', () => {
  it('einspruchsfrist: end is a working day at the FA seat, never before the unshifted end', () => {
    fc.assert(
      fc.property(
        isoDate,
        land,
        land,
        fc.boolean(),
        municipal,
        municipal,
        (posted, fa, recipient, rbb, mFa, mRec) => {
          const result = unwrap(
            einspruchsfrist({
              bescheidDate: posted,
              finanzamtLand: fa,
              recipientLand: recipient,
              mitRechtsbehelfsbelehrung: rbb,
              finanzamtMunicipalHolidays: mFa,
              recipientMunicipalHolidays: mRec,
            }),
          );
          expectWorkingDay(result.fristende, fa, { municipalHolidays: mFa });
          expectMinimalShift(result.unshiftedFristende, result.fristende, fa, { municipalHolidays: mFa });
          expectWorkingDay(result.bekanntgabe, recipient, { municipalHolidays: mRec });
          expect(daysBetween(posted, result.bekanntgabe)).toBeGreaterThanOrEqual(
            posted <= '2024-12-31' ? 3 : 4,
          );
          expect(daysBetween(result.bekanntgabe, result.unshiftedFristende)).toBeGreaterThanOrEqual(
            rbb ? 28 : 365,
          );
          expect(result.steps.at(-1)?.date).toBe(result.fristende);
        },
      ),
    );
  });

  it('filingDeadline: end is a working day in the Land, never before the unshifted end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.boolean(),
        fc.boolean(),
        land,
        municipal,
        (taxYear, advised, luf, where, m) => {
          const result = unwrap(
            filingDeadline({
              taxYear,
              advised,
              lufAbweichendesWirtschaftsjahr: luf,
              land: where,
              municipalHolidays: m,
            }),
          );
          expectWorkingDay(result.fristende, where, { municipalHolidays: m });
          expectMinimalShift(result.unshiftedFristende, result.fristende, where, { municipalHolidays: m });
          expect(result.fristende > `${taxYear}-12-31`).toBe(true);
        },
      ),
    );
  });

  it('ustVaDeadline: end is a working day in the Land, never before the unshifted end', () => {
    const period = fc.oneof(
      fc
        .tuple(fc.integer({ min: 2000, max: 2150 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 2000, max: 2150 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}-Q${q}`),
    );
    fc.assert(
      fc.property(period, land, fc.boolean(), municipal, (p, where, dfv, m) => {
        const result = unwrap(
          ustVaDeadline({ period: p, land: where, dauerfristverlaengerung: dfv, municipalHolidays: m }),
        );
        expectWorkingDay(result.fristende, where, { municipalHolidays: m });
        expectMinimalShift(result.unshiftedFristende, result.fristende, where, { municipalHolidays: m });
        expect(result.unshiftedFristende.endsWith('-10')).toBe(true);
      }),
    );
  });

  it('lawyerDeadline: end is a working day at the court, never before the unshifted end', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lawyerDeadlineKinds), isoDate, land, (kind, event, where) => {
        const result = unwrap(lawyerDeadline({ kind, eventDate: event, land: where }));
        expectWorkingDay(result.fristende, where);
        expectMinimalShift(result.unshiftedFristende, result.fristende, where);
        expect(result.unshiftedFristende > event).toBe(true);
      }),
    );
  });

  it('shiftToWorkingDay is idempotent and minimal', () => {
    fc.assert(
      fc.property(isoDate, land, municipal, (date, where, m) => {
        const once = unwrap(shiftToWorkingDay(date, where, { municipalHolidays: m }));
        expectMinimalShift(date, once.date, where, { municipalHolidays: m });
        expectWorkingDay(once.date, where, { municipalHolidays: m });
        expect(unwrap(shiftToWorkingDay(once.date, where, { municipalHolidays: m })).date).toBe(once.date);
        expect(once.skipped).toHaveLength(daysBetween(date, once.date));
      }),
    );
  });

  it('municipal holidays can only move a deadline later', () => {
    fc.assert(
      fc.property(isoDate, land, municipal, (posted, fa, m) => {
        const plain = unwrap(einspruchsfrist({ bescheidDate: posted, finanzamtLand: fa }));
        const local = unwrap(
          einspruchsfrist({
            bescheidDate: posted,
            finanzamtLand: fa,
            finanzamtMunicipalHolidays: m,
            recipientMunicipalHolidays: m,
          }),
        );
        expect(local.fristende >= plain.fristende).toBe(true);
      }),
    );
  });
});
