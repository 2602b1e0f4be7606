import type { Land } from '../../../src-shared/rules/deadlines';

/*
 * Independent re-statement of the domain doc's § 5.4 table (not derived from date-holidays), used to
 * check what the engine takes from date-holidays after its filters and overrides.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
};

// Years here are >= 1991, so Date.UTC's two-digit-year quirk cannot bite.
const plusDays = (iso: string, days: number): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** Wednesday before 23 November, i.e. the Wednesday between 16 and 22 November. */
export const bussUndBettag = (year: number): string => {
  for (let day = 16; day <= 22; day++) {
    if (new Date(Date.UTC(year, 10, day)).getUTCDay() === 3) return `${year}-11-${pad(day)}`;
  }
  throw new Error('unreachable');
};

const inLands = (land: Land, list: readonly Land[]): boolean => list.includes(land);

export const docHolidays = (land: Land, year: number): Set<string> => {
  const easter = easterSunday(year);
  const dates = new Set<string>([
    `${year}-01-01`,
    plusDays(easter, -2),
    plusDays(easter, 1),
    `${year}-05-01`,
    plusDays(easter, 39),
    plusDays(easter, 50),
    `${year}-10-03`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  if (inLands(land, ['BW', 'BY', 'ST'])) dates.add(`${year}-01-06`);
  if ((land === 'BE' && year >= 2019) || (land === 'MV' && year >= 2023)) dates.add(`${year}-03-08`);
  if (land === 'BB') {
    dates.add(easter);
    dates.add(plusDays(easter, 49));
  }
  if (inLands(land, ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'])) dates.add(plusDays(easter, 60));
  if (land === 'SL') dates.add(`${year}-08-15`);
  if (land === 'TH' && year >= 2019) dates.add(`${year}-09-20`);
  if (
    inLands(land, ['BB', 'MV', 'SN', 'ST', 'TH']) ||
    (inLands(land, ['HB', 'HH', 'NI', 'SH']) && year >= 2018) ||
    year === 2017
  ) {
    dates.add(`${year}-10-31`);
  }
  if (inLands(land, ['BW', 'BY', 'NW', 'RP', 'SL'])) dates.add(`${year}-11-01`);
  if (land === 'SN' || year <= 1994) dates.add(bussUndBettag(year));
  if (land === 'BE') {
    for (const oneOff of ['2020-05-08', '2025-05-08', '2028-06-17']) {
      if (oneOff.startsWith(String(year))) dates.add(oneOff);
    }
  }
  return dates;
};
