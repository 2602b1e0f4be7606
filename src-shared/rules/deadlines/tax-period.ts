import { lastDayOfMonth, toIsoDate } from './calendar-date';
import { monthNameDe } from './german-format';
import { success } from './types';
import type { DeadlineResult, IsoDate } from './types';
import { maxSupportedYear, minSupportedYear, problem, rejected } from './validation';

export type Quarter = 1 | 2 | 3 | 4;

export type TaxPeriod =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: Quarter }
  | { readonly kind: 'year'; readonly year: number };

const periodPattern = /^(\d{4})(?:-(?:(\d{2})|[Qq]([1-4])))?$/;

/** Parses '2026-12', '2026-Q4' (also 'q4') or '2026'. */
export const parsePeriod = (input: string): DeadlineResult<TaxPeriod> => {
  const text = typeof input === 'string' ? input.trim() : '';
  const match = periodPattern.exec(text);
  if (!match) {
    return rejected(
      problem(
        'invalid-period',
        `„${String(input)}“ ist kein gültiger Zeitraum (erwartet z. B. 2026-12, 2026-Q4 oder 2026).`,
        'period',
      ),
    );
  }
  const year = Number(match[1]);
  if (year < minSupportedYear || year > maxSupportedYear) {
    return rejected(
      problem(
        'out-of-range',
        `Das Jahr ${year} liegt außerhalb des unterstützten Zeitraums (${minSupportedYear}–${maxSupportedYear}).`,
        'period',
      ),
    );
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) {
      return rejected(problem('invalid-period', `Ungültiger Monat ${match[2]} (erlaubt 01–12).`, 'period'));
    }
    return success({ kind: 'month', year, month });
  }
  if (match[3] !== undefined) return success({ kind: 'quarter', year, quarter: Number(match[3]) as Quarter });
  return success({ kind: 'year', year });
};

/** Canonical text form, inverse of `parsePeriod`. */
export const formatPeriod = (period: TaxPeriod): string => {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'year':
      return String(period.year);
  }
};

/** 'Dezember 2026', '4. Quartal 2026', 'Kalenderjahr 2026'. */
export const periodLabelDe = (period: TaxPeriod): string => {
  switch (period.kind) {
    case 'month':
      return `${monthNameDe(period.month)} ${period.year}`;
    case 'quarter':
      return `${period.quarter}. Quartal ${period.year}`;
    case 'year':
      return `Kalenderjahr ${period.year}`;
  }
};

export const periodStart = (period: TaxPeriod): IsoDate => {
  switch (period.kind) {
    case 'month':
      return toIsoDate({ year: period.year, month: period.month, day: 1 });
    case 'quarter':
      return toIsoDate({ year: period.year, month: period.quarter * 3 - 2, day: 1 });
    case 'year':
      return toIsoDate({ year: period.year, month: 1, day: 1 });
  }
};

export const periodLastDay = (period: TaxPeriod): IsoDate => {
  switch (period.kind) {
    case 'month':
      return lastDayOfMonth(period.year, period.month);
    case 'quarter':
      return lastDayOfMonth(period.year, period.quarter * 3);
    case 'year':
      return lastDayOfMonth(period.year, 12);
  }
};
