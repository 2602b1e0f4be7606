import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';

import { parseIsoDate } from './calendar-date';
import {
  dateHolidaysState,
  municipalHolidaySources,
  municipalHolidays as allMunicipalHolidays,
  publicStatusOverrides,
} from './holiday-config';
import type { MunicipalHoliday } from './holiday-config';
import type { Land } from './lands';
import type { IsoDate } from './types';

export interface HolidayOptions {
  /** Municipal holidays that apply at the relevant place (default: none, see § 5.4 of the domain doc). */
  readonly municipalHolidays?: readonly MunicipalHoliday[] | 'all';
}

export interface PublicHoliday {
  readonly date: IsoDate;
  /** German name as date-holidays spells it, e.g. 'Fronleichnam'. */
  readonly name: string;
  /** 'municipal' if it counts only because the user marked a municipal holiday. */
  readonly scope: 'land' | 'municipal';
}

const instances = new Map<string, Holidays>();

const dateHolidaysFor = (land: Land, region?: string): Holidays => {
  const key = `${land}/${region ?? ''}`;
  let instance = instances.get(key);
  if (!instance) {
    const country: HolidaysTypes.Country = { country: 'DE', state: dateHolidaysState[land] };
    if (region !== undefined) country.region = region;
    instance = new Holidays(country, { languages: ['de'] });
    instances.set(key, instance);
  }
  return instance;
};

// The 'date' field is date-holidays' own calendar date ('YYYY-MM-DD hh:mm:ss'); `start` is an instant
// in Europe/Berlin and must not be used, it would shift in other timezones.
const calendarDateOf = (holiday: HolidaysTypes.Holiday): IsoDate => holiday.date.slice(0, 10);

const isPublic = (holiday: HolidaysTypes.Holiday, land: Land, year: number): boolean => {
  const override = publicStatusOverrides.find((o) => o.rule === holiday.rule && o.lands.includes(land));
  return override ? override.isPublicIn(year) : holiday.type === 'public';
};

const statewideCache = new Map<string, ReadonlyMap<IsoDate, PublicHoliday>>();

const statewideHolidays = (land: Land, year: number): ReadonlyMap<IsoDate, PublicHoliday> => {
  const key = `${land}/${year}`;
  const cached = statewideCache.get(key);
  if (cached) return cached;
  const result = new Map<IsoDate, PublicHoliday>();
  for (const holiday of dateHolidaysFor(land).getHolidays(year, 'de')) {
    if (!isPublic(holiday, land, year)) continue;
    const date = calendarDateOf(holiday);
    if (!result.has(date)) result.set(date, { date, name: holiday.name, scope: 'land' });
  }
  statewideCache.set(key, result);
  return result;
};

const municipalCache = new Map<string, readonly PublicHoliday[]>();

const municipalHolidayDates = (
  holiday: MunicipalHoliday,
  land: Land,
  year: number,
): readonly PublicHoliday[] => {
  const key = `${holiday}/${land}/${year}`;
  const cached = municipalCache.get(key);
  if (cached) return cached;
  const result: PublicHoliday[] = [];
  for (const source of municipalHolidaySources[holiday]) {
    if (source.land !== land) continue;
    for (const entry of dateHolidaysFor(land, source.region).getHolidays(year, 'de')) {
      if (entry.rule === source.rule && entry.type === 'public') {
        result.push({ date: calendarDateOf(entry), name: entry.name, scope: 'municipal' });
      }
    }
  }
  municipalCache.set(key, result);
  return result;
};

const selectedMunicipal = (options: HolidayOptions | undefined): readonly MunicipalHoliday[] => {
  const selection = options?.municipalHolidays;
  if (selection === undefined) return [];
  return selection === 'all' ? allMunicipalHolidays : selection;
};

/** Municipal holidays a user of this Land can mark; the UI should only offer these. */
export const municipalHolidaysOf = (land: Land): readonly MunicipalHoliday[] =>
  allMunicipalHolidays.filter((holiday) => municipalHolidaySources[holiday].some((s) => s.land === land));

/** Public holidays relevant for § 108 Abs. 3 AO / § 222 Abs. 2 ZPO in a Land, sorted by date. */
export const publicHolidaysOf = (
  land: Land,
  year: number,
  options?: HolidayOptions,
): readonly PublicHoliday[] => {
  const byDate = new Map(statewideHolidays(land, year));
  for (const holiday of selectedMunicipal(options)) {
    for (const entry of municipalHolidayDates(holiday, land, year)) {
      if (!byDate.has(entry.date)) byDate.set(entry.date, entry);
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
};

export const publicHolidayOn = (
  date: IsoDate,
  land: Land,
  options?: HolidayOptions,
): PublicHoliday | undefined => {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a valid ISO calendar date: ${date}`);
  const statewide = statewideHolidays(land, parsed.year).get(date);
  if (statewide) return statewide;
  for (const holiday of selectedMunicipal(options)) {
    const hit = municipalHolidayDates(holiday, land, parsed.year).find((entry) => entry.date === date);
    if (hit) return hit;
  }
  return undefined;
};

export const isPublicHoliday = (date: IsoDate, land: Land, options?: HolidayOptions): boolean =>
  publicHolidayOn(date, land, options) !== undefined;
