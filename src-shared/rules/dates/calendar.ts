/** A calendar date without time or zone; months and days are 1-based. */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate({ year, month, day }: YearMonthDay): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** `YYYY-MM-DD`; the caller guarantees a valid date. */
export function toIsoDate({ year, month, day }: YearMonthDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a strict ISO date (`2026-11-24`); undefined for malformed or impossible dates. */
export function fromIsoDate(iso: string): YearMonthDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : undefined;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (proleptic Gregorian calendar, no Date object involved). */
export function isoWeekday({ year, month, day }: YearMonthDay): number {
  // Sakamoto's method counts 0 = Sunday.
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sunday0 =
    (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[month - 1] ?? 0) + day) % 7;
  return sunday0 === 0 ? 7 : sunday0;
}
