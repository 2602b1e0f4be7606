import { parseIsoDate } from './calendar-date';
import { formatDateDe } from './german-format';
import { municipalHolidays } from './holiday-config';
import type { HolidayOptions } from './holidays';
import { isLand } from './lands';
import type { DeadlineError, DeadlineErrorCode, DeadlineResult } from './types';

/*
 * From reunification onwards the Land holiday calendars are modelled; earlier dates (separate West/East
 * holiday laws, 17.06. as Tag der deutschen Einheit) are not, so results for them would look precise
 * but be wrong.
 */
export const minSupportedYear = 1991;
export const maxSupportedYear = 2199;

type Check = DeadlineError | undefined;

export const problem = (code: DeadlineErrorCode, message: string, field: string): DeadlineError => ({
  code,
  field,
  message,
});

export const rejected = <T>(error: DeadlineError): DeadlineResult<T> => ({ ok: false, error });

export const checkYear = (year: unknown, field: string, label: string, min: number, max: number): Check => {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    return problem('invalid-input', `${label}: keine ganze Jahreszahl.`, field);
  }
  return year < min || year > max
    ? problem(
        'out-of-range',
        `${label} ${year} liegt außerhalb des unterstützten Zeitraums (${min}–${max}).`,
        field,
      )
    : undefined;
};

export const checkDate = (value: unknown, field: string, label: string): Check => {
  const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (typeof value !== 'string' || !parsed) {
    return problem('invalid-date', `${label}: kein gültiges Datum (erwartet JJJJ-MM-TT).`, field);
  }
  return parsed.year < minSupportedYear || parsed.year > maxSupportedYear
    ? problem(
        'out-of-range',
        `${label}: ${formatDateDe(value)} liegt außerhalb des unterstützten Zeitraums ` +
          `(${minSupportedYear}–${maxSupportedYear}).`,
        field,
      )
    : undefined;
};

export const checkOptionalDate = (value: unknown, field: string, label: string): Check =>
  value === undefined ? undefined : checkDate(value, field, label);

export const checkLand = (value: unknown, field: string, label: string): Check =>
  isLand(value)
    ? undefined
    : problem('invalid-land', `${label}: unbekanntes Bundesland „${String(value)}“.`, field);

export const checkBoolean = (value: unknown, field: string, label: string): Check =>
  typeof value === 'boolean' ? undefined : problem('invalid-input', `${label}: Ja/Nein-Angabe fehlt.`, field);

export const checkHolidayOptions = (options: HolidayOptions | undefined, field: string): Check => {
  const selection = options?.municipalHolidays;
  if (selection === undefined || selection === 'all') return undefined;
  const unknown = selection.filter((h) => !(municipalHolidays as readonly string[]).includes(h));
  return unknown.length === 0
    ? undefined
    : problem('invalid-input', `Unbekannter örtlicher Feiertag: ${unknown.join(', ')}.`, field);
};

export const firstError = (...checks: readonly Check[]): DeadlineError | undefined =>
  checks.find((check) => check !== undefined);
