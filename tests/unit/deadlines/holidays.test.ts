import { describe, expect, it } from 'vitest';

import {
  isPublicHoliday,
  lands,
  municipalHolidaysOf,
  publicHolidayOn,
  publicHolidaysOf,
} from '../../../src-shared/rules/deadlines';
import type { Land } from '../../../src-shared/rules/deadlines';
import { bussUndBettag, docHolidays, easterSunday } from './holiday-oracle';

const holidaySet = (land: Land, year: number): Set<string> =>
  new Set(publicHolidaysOf(land, year).map((holiday) => holiday.date));

const landsWith = (date: string): Land[] => lands.filter((land) => isPublicHoliday(date, land));

describe('public holidays per Land (doc § 5.4)', () => {
  it('agrees with the doc table for every Land, 1991–2060', () => {
    for (let year = 1991; year <= 2060; year++) {
      for (const land of lands) {
        const expected = [...docHolidays(land, year)].sort();
        const actual = [...holidaySet(land, year)].sort();
        expect(actual, `${land} ${year}`).toEqual(expected);
      }
    }
  });

  it('has the nine nationwide holidays in every Land (2026)', () => {
    const nationwide = [
      '2026-01-01', // Neujahr
      '2026-04-03', // Karfreitag
      '2026-04-06', // Ostermontag
      '2026-05-01',
      '2026-05-14', // Christi Himmelfahrt = Easter + 39
      '2026-05-25', // Pfingstmontag = Easter + 50
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ];
    expect(easterSunday(2026)).toBe('2026-04-05');
    for (const date of nationwide) expect(landsWith(date), date).toEqual([...lands]);
  });

  it.each<[string, string, readonly Land[]]>([
    ['Heilige Drei Könige', '2026-01-06', ['BW', 'BY', 'ST']],
    ['Internationaler Frauentag', '2027-03-08', ['BE', 'MV']],
    ['Fronleichnam (Easter + 60)', '2026-06-04', ['BW', 'BY', 'HE', 'NW', 'RP', 'SL']],
    ['Mariä Himmelfahrt', '2025-08-15', ['SL']],
    ['Weltkindertag', '2025-09-20', ['TH']],
    ['Reformationstag', '2025-10-31', ['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH']],
    ['Allerheiligen', '2027-11-01', ['BW', 'BY', 'NW', 'RP', 'SL']],
    ['Buß- und Bettag', '2025-11-19', ['SN']],
    ['Reformation 500 (one-off, nationwide)', '2017-10-31', [...lands]],
    ['Tag der Befreiung 2020 (BE one-off)', '2020-05-08', ['BE']],
    ['Tag der Befreiung 2025 (BE one-off)', '2025-05-08', ['BE']],
    ['BE 17.06.2028 (UNVERIFIED in doc, a Saturday)', '2028-06-17', ['BE']],
    ['Ostersonntag (BB, a Sunday)', '2026-04-05', ['BB']],
    ['Pfingstsonntag (BB, a Sunday)', '2026-05-24', ['BB']],
  ])('%s on %s', (_name, date, expected) => {
    expect(landsWith(date).sort()).toEqual([...expected].sort());
  });

  it('respects the "since" years of the doc table', () => {
    expect(isPublicHoliday('2018-03-08', 'BE')).toBe(false);
    expect(isPublicHoliday('2019-03-08', 'BE')).toBe(true);
    expect(isPublicHoliday('2022-03-08', 'MV')).toBe(false);
    expect(isPublicHoliday('2023-03-08', 'MV')).toBe(true);
    expect(isPublicHoliday('2018-09-20', 'TH')).toBe(false);
    expect(isPublicHoliday('2019-09-20', 'TH')).toBe(true);
    for (const land of ['HB', 'HH', 'NI', 'SH'] as const) {
      expect(isPublicHoliday('2016-10-31', land), land).toBe(false);
      expect(isPublicHoliday('2018-10-31', land), land).toBe(true);
    }
  });

  it('Buß- und Bettag: nationwide until 1994 (override of date-holidays), only SN from 1995', () => {
    expect(bussUndBettag(1994)).toBe('1994-11-16');
    expect(landsWith('1994-11-16')).toEqual([...lands]);
    expect(landsWith(bussUndBettag(1995))).toEqual(['SN']);
  });

  it('treats 24.12. and 31.12. as ordinary days (BGH 20.03.2018)', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(landsWith(`${year}-12-24`)).toEqual([]);
      expect(landsWith(`${year}-12-31`)).toEqual([]);
    }
  });

  it('drops date-holidays days that are not statewide public holidays', () => {
    expect(isPublicHoliday('2025-04-17', 'BW')).toBe(false); // Gründonnerstag, 'school' in BW
    expect(isPublicHoliday('2025-10-31', 'BW')).toBe(false); // Reformationstag, 'school' in BW
    expect(isPublicHoliday('2025-11-19', 'BY')).toBe(false); // Buß- und Bettag, 'school' in BY
    expect(isPublicHoliday('2025-11-01', 'NI')).toBe(false); // Allerheiligen, 'observance'
    expect(isPublicHoliday('2025-02-02', 'BY')).toBe(false); // Lichtmess, 'observance'
  });

  it('gives German names', () => {
    expect(publicHolidayOn('2025-06-19', 'NW')?.name).toBe('Fronleichnam');
    expect(publicHolidayOn('2027-03-08', 'BE')?.name).toBe('Internationaler Frauentag');
    expect(publicHolidayOn('2025-10-31', 'SN')?.name).toBe('Reformationstag');
    expect(publicHolidayOn('2025-10-30', 'SN')).toBeUndefined();
  });

  it('returns holidays sorted and without duplicates', () => {
    const dates = publicHolidaysOf('BY', 2025, { municipalHolidays: 'all' }).map((h) => h.date);
    expect(dates).toEqual([...new Set(dates)].sort());
  });
});

describe('municipal holidays (off by default, opt-in)', () => {
  it.each<[string, Land, string, 'fronleichnam' | 'mariae-himmelfahrt' | 'augsburger-friedensfest', string]>([
    ['Fronleichnam in SN', 'SN', '2025-06-19', 'fronleichnam', 'Fronleichnam'],
    ['Fronleichnam in TH', 'TH', '2025-06-19', 'fronleichnam', 'Fronleichnam'],
    ['Mariä Himmelfahrt in BY', 'BY', '2025-08-15', 'mariae-himmelfahrt', 'Mariä Himmelfahrt'],
    ['Augsburger Friedensfest', 'BY', '2025-08-08', 'augsburger-friedensfest', 'Augsburger Friedensfest'],
  ])('%s', (_name, land, date, municipal, holidayName) => {
    expect(isPublicHoliday(date, land)).toBe(false);
    const hit = publicHolidayOn(date, land, { municipalHolidays: [municipal] });
    expect(hit).toEqual({ date, name: holidayName, scope: 'municipal' });
    expect(isPublicHoliday(date, land, { municipalHolidays: 'all' })).toBe(true);
  });

  it('only adds the marked municipal holiday', () => {
    expect(isPublicHoliday('2025-08-08', 'BY', { municipalHolidays: ['mariae-himmelfahrt'] })).toBe(false);
    expect(isPublicHoliday('2025-08-15', 'BY', { municipalHolidays: ['augsburger-friedensfest'] })).toBe(
      false,
    );
  });

  it('ignores municipal holidays that do not exist in the Land', () => {
    expect(isPublicHoliday('2025-08-08', 'NI', { municipalHolidays: 'all' })).toBe(false);
    expect(isPublicHoliday('2025-06-19', 'NI', { municipalHolidays: 'all' })).toBe(false);
    expect(publicHolidayOn('2025-06-19', 'NW', { municipalHolidays: 'all' })?.scope).toBe('land');
  });

  it('lists which municipal holidays a Land can have', () => {
    expect(municipalHolidaysOf('BY')).toEqual(['mariae-himmelfahrt', 'augsburger-friedensfest']);
    expect(municipalHolidaysOf('SN')).toEqual(['fronleichnam']);
    expect(municipalHolidaysOf('TH')).toEqual(['fronleichnam']);
    expect(municipalHolidaysOf('NW')).toEqual([]);
  });
});
