import { type YearMonthDay, fromIsoDate, isValidDate, isoWeekday, toIsoDate } from './calendar';

export const germanMonthNames = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

export const germanWeekdayNames = [
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Samstag',
  'Sonntag',
] as const;

export type GermanDateErrorCode = 'empty' | 'invalid-format' | 'impossible-date';

export type GermanDateResult =
  ({ ok: true; iso: string } & YearMonthDay) | { ok: false; code: GermanDateErrorCode; message: string };

export interface GermanDateOptions {
  /** Year the two-digit-year window is anchored to; defaults to the current year. */
  referenceYear?: number;
  /**
   * How far into the future a two-digit year may reach (default 20): with reference year 2026,
   * `46` means 2046 and `47` means 1947. Deadlines lie shortly ahead, birth dates far back.
   */
  maxYearsAhead?: number;
}

/** Century for a two-digit year: the year within (reference − 100 + maxAhead, reference + maxAhead]. */
export function expandTwoDigitYear(twoDigits: number, referenceYear: number, maxYearsAhead = 20): number {
  const upper = referenceYear + maxYearsAhead;
  const candidate = Math.floor(upper / 100) * 100 + twoDigits;
  return candidate > upper ? candidate - 100 : candidate;
}

const fail = (code: GermanDateErrorCode, message: string): GermanDateResult => ({ ok: false, code, message });

/**
 * Parses `24.11.2026`, `24.11.26`, `1.2.2026`, `24. 11. 2026` or ISO `2026-11-24`; rejects dates that do
 * not exist (31.02.). Works on Y/M/D integers only, so no timezone can shift the day.
 */
export function parseGermanDate(input: string, opts: GermanDateOptions = {}): GermanDateResult {
  const text = input.trim();
  if (text === '') return fail('empty', 'Bitte ein Datum eingeben.');

  let date: YearMonthDay;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const german = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$/.exec(text);
  if (iso) {
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  } else if (german) {
    const yearText = german[3] ?? '';
    const referenceYear = opts.referenceYear ?? new Date().getFullYear();
    const year =
      yearText.length === 2
        ? expandTwoDigitYear(Number(yearText), referenceYear, opts.maxYearsAhead)
        : Number(yearText);
    date = { year, month: Number(german[2]), day: Number(german[1]) };
  } else {
    return fail('invalid-format', 'Bitte das Datum als TT.MM.JJJJ eingeben, z. B. 24.11.2026.');
  }

  if (!isValidDate(date)) {
    return fail(
      'impossible-date',
      `Den ${formatDayMonthYear(date)} gibt es nicht. Bitte Tag und Monat prüfen.`,
    );
  }
  return { ok: true, iso: toIsoDate(date), ...date };
}

function toYearMonthDay(value: string | YearMonthDay): YearMonthDay {
  const date = typeof value === 'string' ? fromIsoDate(value) : value;
  if (date === undefined || !isValidDate(date)) {
    throw new RangeError(`Not a valid date: ${JSON.stringify(value)}`);
  }
  return date;
}

const formatDayMonthYear = ({ year, month, day }: YearMonthDay): string =>
  `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${String(year).padStart(4, '0')}`;

/** `24.11.2026`; accepts an ISO string or a YearMonthDay. */
export function formatGermanDate(value: string | YearMonthDay): string {
  return formatDayMonthYear(toYearMonthDay(value));
}

/** `24. November 2026`, or with weekday `Dienstag, 24. November 2026`. */
export function formatGermanDateLong(value: string | YearMonthDay, opts: { weekday?: boolean } = {}): string {
  const date = toYearMonthDay(value);
  const text = `${date.day}. ${germanMonthNames[date.month - 1] ?? ''} ${date.year}`;
  if (!opts.weekday) return text;
  return `${germanWeekdayNames[isoWeekday(date) - 1] ?? ''}, ${text}`;
}
