import {
  formatGermanDate,
  formatGermanDateLong,
  isValidDate,
  parseGermanDate,
  type YearMonthDay,
} from '../../rules/dates';

export type DateInput = string | YearMonthDay | Date;

/**
 * Reads ISO dates (`2026-11-24`, also with a time, of which only the written date counts), German
 * dates with a four-digit year (`24.11.2026`), YearMonthDay objects and Date objects (local date).
 * Two-digit years are refused here: in a letter a wrong century is worse than the raw input.
 */
export function readDate(value: DateInput | null | undefined): YearMonthDay | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  if (typeof value !== 'string') return isValidDate(value) ? value : undefined;
  const text = value.trim();
  const isoWithTime = /^(\d{4}-\d{2}-\d{2})T/.exec(text);
  const candidate = isoWithTime?.[1] ?? text;
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(candidate) && !/^\d{1,2}\.\s*\d{1,2}\.\s*\d{4}$/.test(candidate)) {
    return undefined;
  }
  const parsed = parseGermanDate(candidate);
  return parsed.ok ? { year: parsed.year, month: parsed.month, day: parsed.day } : undefined;
}

function format(value: DateInput | null | undefined, render: (date: YearMonthDay) => string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = readDate(value);
  if (date === undefined) return typeof value === 'string' ? value.trim() : '';
  return render(date);
}

/** `24.11.2026`; empty for no date; unreadable text is returned as typed. */
export const formatDatum = (value: DateInput | null | undefined): string => format(value, formatGermanDate);

/** `24. November 2026`. */
export const formatDatumLang = (value: DateInput | null | undefined): string =>
  format(value, (date) => formatGermanDateLong(date));

/** `Dienstag, 24. November 2026`. */
export const formatDatumWochentag = (value: DateInput | null | undefined): string =>
  format(value, (date) => formatGermanDateLong(date, { weekday: true }));
