import dayjs from 'dayjs';
import 'dayjs/locale/de';

dayjs.locale('de');

/** '2026-07-31' → '31.07.2026'; empty for null. */
export const formatDate = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('DD.MM.YYYY') : '';

/** '2026-07-31' → 'Fr., 31.07.2026'. */
export const formatDateWithWeekday = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('dd., DD.MM.YYYY') : '';

/** An ISO timestamp in the local time of the desk: '31.07.2026, 14:05'. */
export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('DD.MM.YYYY, HH:mm') : '';

/** '2026-07' → 'Juli 2026'. */
export const formatMonth = (month: string): string => dayjs(`${month}-01`).format('MMMM YYYY');

/** Today's civil date on this machine as 'YYYY-MM-DD'. */
export const todayLocal = (): string => dayjs().format('YYYY-MM-DD');

export const addDaysIso = (iso: string, days: number): string =>
  dayjs(iso).add(days, 'day').format('YYYY-MM-DD');

export const addMonths = (month: string, months: number): string =>
  dayjs(`${month}-01`).add(months, 'month').format('YYYY-MM');

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What German users type into a date field: 31.7.2026, 31.07.26 or ISO 2026-07-31. Returns
 * 'YYYY-MM-DD', or null for anything that is no calendar date (the field then stays empty).
 */
export function parseGermanDate(input: string): string | null {
  const text = input.trim();
  let day: number;
  let month: number;
  let year: number;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (german) {
    day = Number(german[1]);
    month = Number(german[2]);
    year = Number(german[3]);
    if ((german[3] ?? '').length === 2) year += 2000;
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  const value = `${year}-${pad(month)}-${pad(day)}`;
  const parsed = dayjs(value);
  return parsed.isValid() && parsed.format('YYYY-MM-DD') === value ? value : null;
}
