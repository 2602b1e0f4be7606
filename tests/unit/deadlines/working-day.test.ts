import { describe, expect, it } from 'vitest';

import { isWorkingDay, nonWorkingDay, shiftToWorkingDay } from '../../../src-shared/rules/deadlines';
import type { Land } from '../../../src-shared/rules/deadlines';
import { unwrap, unwrapError } from './helpers';

describe('shiftToWorkingDay (§ 108 Abs. 3 AO)', () => {
  it.each<[string, string, Land, string]>([
    ['working day stays', '2025-04-07', 'NI', '2025-04-07'],
    ['Saturday', '2025-03-08', 'NI', '2025-03-10'],
    ['Sunday', '2025-11-30', 'BW', '2025-12-01'],
    ['Christmas run', '2025-12-25', 'NI', '2025-12-29'],
    ['Easter run', '2026-04-03', 'NI', '2026-04-07'],
    ['24.12. is no holiday', '2025-12-24', 'BY', '2025-12-24'],
    ['31.12. is no holiday', '2025-12-31', 'BY', '2025-12-31'],
    ['Frauentag BE', '2027-03-08', 'BE', '2027-03-09'],
    ['Frauentag not in BB', '2027-03-08', 'BB', '2027-03-08'],
    ['Reformationstag + weekend', '2025-10-31', 'SN', '2025-11-03'],
    ['Allerheiligen Monday', '2027-11-01', 'NW', '2027-11-02'],
  ])('%s: %s in %s → %s', (_name, date, land, expected) => {
    const result = unwrap(shiftToWorkingDay(date, land));
    expect(result.date).toBe(expected);
    expect(result.shifted).toBe(date !== expected);
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]?.legalBasis).toBe('§ 108 Abs. 3 AO');
    expect(result.steps[0]?.date).toBe(expected);
  });

  it('lists every skipped day with its reason', () => {
    const result = unwrap(shiftToWorkingDay('2025-12-26', 'BY'));
    expect(result.skipped.map((d) => d.date)).toEqual(['2025-12-26', '2025-12-27', '2025-12-28']);
    expect(result.skipped[0]?.holiday?.name).toBe('2. Weihnachtstag');
    expect(result.skipped[1]?.weekend).toBe('saturday');
    expect(result.steps[0]?.explanation).toContain('gesetzlicher Feiertag in Bayern (2. Weihnachtstag)');
    expect(result.steps[0]?.explanation).toContain('Montag, 29.12.2025');
  });

  it('takes another legal basis for court deadlines', () => {
    const result = unwrap(shiftToWorkingDay('2025-03-08', 'NI', { legalBasis: '§ 222 Abs. 2 ZPO' }));
    expect(result.steps[0]?.legalBasis).toBe('§ 222 Abs. 2 ZPO');
  });

  it('honours municipal holidays when asked', () => {
    expect(unwrap(shiftToWorkingDay('2025-08-15', 'BY')).date).toBe('2025-08-15');
    expect(
      unwrap(shiftToWorkingDay('2025-08-15', 'BY', { municipalHolidays: ['mariae-himmelfahrt'] })).date,
    ).toBe('2025-08-18');
    expect(nonWorkingDay('2025-08-15', 'BY', { municipalHolidays: 'all' })?.holiday?.scope).toBe('municipal');
    expect(isWorkingDay('2025-08-15', 'SL')).toBe(false);
  });

  it('rejects bad input', () => {
    expect(unwrapError(shiftToWorkingDay('07.04.2025', 'NI')).code).toBe('invalid-date');
    expect(unwrapError(shiftToWorkingDay('2025-04-07', 'XX' as Land)).code).toBe('invalid-land');
    expect(
      unwrapError(shiftToWorkingDay('2025-04-07', 'BY', { municipalHolidays: ['kirmes' as 'fronleichnam'] }))
        .code,
    ).toBe('invalid-input');
  });
});
