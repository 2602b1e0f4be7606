import { parseIsoDate, weekdayOf } from './calendar-date';
import { germanMonthNames } from '../dates/german-dates';
import type { IsoDate } from './types';

const weekdayNames = [
  'Sonntag',
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Samstag',
] as const;

// One list of German month names for the whole app.
const monthNames = germanMonthNames;

/** '2025-04-07' → '07.04.2025'; built by hand because `toLocaleDateString` depends on the runtime's ICU and timezone. */
export const formatDateDe = (date: IsoDate): string => {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return `${String(parsed.day).padStart(2, '0')}.${String(parsed.month).padStart(2, '0')}.${parsed.year}`;
};

/** '2025-04-07' → 'Montag, 07.04.2025'. */
export const formatDateWithWeekdayDe = (date: IsoDate): string =>
  `${weekdayNames[weekdayOf(date)] ?? ''}, ${formatDateDe(date)}`;

export const weekdayNameDe = (date: IsoDate): string => weekdayNames[weekdayOf(date)] ?? '';

export const monthNameDe = (month: number): string => monthNames[month - 1] ?? String(month);

const numberWords = [
  'null',
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
];

/** German cardinal for small counts; larger numbers stay digits, as is usual in legal texts. */
export const cardinalDe = (value: number): string => numberWords[value] ?? String(value);

/** Whole euros with German thousands separators: 9000 → '9.000 €'. */
export const formatEuroDe = (value: number): string =>
  `${value < 0 ? '-' : ''}${String(Math.trunc(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`;
