import { repairDigitTokens } from './normalize';

export interface FoundDate {
  iso: string;
  year: number;
  month: number;
  day: number;
  /** Offset in the searched text. */
  index: number;
  length: number;
  raw: string;
  /** 'loose': a separator was missing (OCR), trust only next to a label. */
  quality: 'exact' | 'loose';
}

const monthNames: readonly [RegExp, number][] = [
  [/^jan(uar)?$/, 1],
  [/^feb(ruar)?$/, 2],
  [/^(maerz|märz|mär|mar|mrz)$/, 3],
  [/^apr(il)?$/, 4],
  [/^mai$/, 5],
  [/^jun[i]?$/, 6],
  [/^jul[i]?$/, 7],
  [/^aug(ust)?$/, 8],
  [/^sep(t|tember)?$/, 9],
  [/^okt(ober)?$/, 10],
  [/^nov(ember)?$/, 11],
  [/^dez(ember)?$/, 12],
];

const monthWord =
  'Januar|Jan|Februar|Feb|März|Maerz|Mär|Mrz|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez';

const daysIn = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function make(
  year: number,
  month: number,
  day: number,
  index: number,
  raw: string,
  quality: FoundDate['quality'],
): FoundDate | undefined {
  if (year < 1950 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return undefined;
  }
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, year, month, day, index, length: raw.length, raw, quality };
}

const expandYear = (text: string): number => {
  const value = Number(text);
  if (text.length === 4) return value;
  // Two-digit years on tax documents refer to this century's first decades.
  return value <= 69 ? 2000 + value : 1900 + value;
};

const numericDate = /(?<![\d.,])(\d{1,2}) ?[.,] ?(\d{1,2}) ?[.,] ?(\d{4}|\d{2})(?![\d,]|\.\d)/g;
const looseDate = /(?<![\d.,])(\d{2})[.,]?(\d{2})[.,]?((?:19|20)\d{2})(?![\d,]|\.\d)/g;
// "19.1225": OCR lost the second dot of a two-digit-year date; only trusted next to a label.
const looseShortDate = /(?<![\d.,])(\d{2})[.,](\d{2})(\d{2})(?![\d,]|\.\d)/g;
const isoDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const textualDate = new RegExp(`(?<!\\d)(\\d{1,2})\\.? ?(${monthWord})\\.? ?(\\d{4})(?!\\d)`, 'gi');

/** All calendar dates in a text: `24.11.2026`, `24.11.26`, `24. November 2026`, `24. Nov. 2026`, `2026-11-24`. */
export function findDates(input: string): FoundDate[] {
  const { text } = repairDigitTokens(input);
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);
  const push = (date: FoundDate | undefined): void => {
    if (date === undefined || overlaps(date.index, date.index + date.length)) return;
    found.push(date);
    taken.push([date.index, date.index + date.length]);
  };
  for (const m of text.matchAll(isoDate)) {
    push(make(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m[0], 'exact'));
  }
  for (const m of text.matchAll(textualDate)) {
    const word = (m[2] ?? '').toLowerCase();
    const month = monthNames.find(([regex]) => regex.test(word))?.[1];
    if (month !== undefined) push(make(Number(m[3]), month, Number(m[1]), m.index, m[0], 'exact'));
  }
  for (const m of text.matchAll(numericDate)) {
    const yearText = m[3] ?? '';
    push(make(expandYear(yearText), Number(m[2]), Number(m[1]), m.index, m[0], 'exact'));
  }
  for (const m of text.matchAll(looseDate)) {
    if (/^\d{2}[.,]\d{2}[.,]\d{4}$/.test(m[0])) continue;
    push(make(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m[0], 'loose'));
  }
  for (const m of text.matchAll(looseShortDate)) {
    push(make(expandYear(m[3] ?? ''), Number(m[2]), Number(m[1]), m.index, m[0], 'loose'));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Four-digit years 1990..2100 standing alone (not part of a date, amount or longer number). */
export function findYears(text: string): { year: number; index: number }[] {
  const years: { year: number; index: number }[] = [];
  for (const m of text.matchAll(/(?<![\d.,/])((?:19|20)\d{2})(?![\d,]|\.\d)/g)) {
    const year = Number(m[1]);
    if (year >= 1990 && year <= 2100) years.push({ year, index: m.index });
  }
  return years;
}
