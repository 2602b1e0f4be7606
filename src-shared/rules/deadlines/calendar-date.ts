import type { IsoDate } from './types';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

export const toIsoDate = ({ year, month, day }: CalendarDate): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Strict: rejects '2025-02-30', '2025-2-3' and anything with a time part. */
export const parseIsoDate = (value: string): CalendarDate | undefined => {
  const match = isoPattern.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

const mustParse = (value: IsoDate): CalendarDate => {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`Not a valid ISO calendar date: ${value}`);
  return parsed;
};

/*
 * Day numbers (days since 1970-01-01) by integer arithmetic (H. Hinnant's civil-from-days), so no
 * `Date`, timezone or the Date.UTC two-digit-year quirk can ever touch a calendar date.
 */
const toDayNumber = ({ year, month, day }: CalendarDate): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

const fromDayNumber = (dayNumber: number): CalendarDate => {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
};

export const addDays = (date: IsoDate, days: number): IsoDate =>
  toIsoDate(fromDayNumber(toDayNumber(mustParse(date)) + days));

export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(mustParse(to)) - toDayNumber(mustParse(from));

/**
 * Adds calendar months the way § 188 Abs. 2, 3 BGB ends a month period: same day number in the target
 * month, or its last day if the month is too short (31.01. + 1 month = 28./29.02.).
 */
export const addMonths = (date: IsoDate, months: number): { date: IsoDate; clamped: boolean } => {
  const { year, month, day } = mustParse(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return {
    date: toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, lastDay) }),
    clamped: day > lastDay,
  };
};

export const weekdayOf = (date: IsoDate): Weekday => {
  // Day 0 (1970-01-01) was a Thursday.
  const index = (((toDayNumber(mustParse(date)) + 4) % 7) + 7) % 7;
  return index as Weekday;
};

export const lastDayOfMonth = (year: number, month: number): IsoDate =>
  toIsoDate({ year, month, day: daysInMonth(year, month) });

export const yearOf = (date: IsoDate): number => mustParse(date).year;

/** ISO strings with four-digit years sort chronologically as plain strings. */
export const maxIsoDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
