import { describe, expect, it } from 'vitest';

import { recurringTaxDates } from '../../../src-shared/rules/deadlines';
import { unwrap, unwrapError } from './helpers';

describe('recurring tax dates (doc § 5.9)', () => {
  it('2026 in NI, shifted per § 108 Abs. 3 AO', () => {
    const dates = unwrap(recurringTaxDates({ year: 2026, land: 'NI' }));
    const byKind = (kind: string) =>
      dates.filter((d) => d.kind === kind).map((d) => [d.unshiftedFristende, d.fristende]);
    expect(byKind('est-kst-vorauszahlung')).toEqual([
      ['2026-03-10', '2026-03-10'],
      ['2026-06-10', '2026-06-10'],
      ['2026-09-10', '2026-09-10'],
      ['2026-12-10', '2026-12-10'],
    ]);
    expect(byKind('gewst-vorauszahlung')).toEqual([
      ['2026-02-15', '2026-02-16'],
      ['2026-05-15', '2026-05-15'],
      ['2026-08-15', '2026-08-17'],
      ['2026-11-15', '2026-11-16'],
    ]);
    expect(byKind('grundsteuer')).toEqual(byKind('gewst-vorauszahlung'));
    expect(byKind('lohnsteuerbescheinigung')).toEqual([['2026-02-28', '2026-03-02']]);
    const sorted = dates.map((d) => d.fristende);
    expect(sorted).toEqual([...sorted].sort());
    expect(dates[0]?.steps[0]?.legalBasis).toBe('§ 19 Abs. 1 GewStG');
  });

  it('15.08.2025: Mariä Himmelfahrt in SL statewide, in BY only where marked', () => {
    const gewst = (land: 'SL' | 'BY', municipal?: boolean) =>
      unwrap(
        recurringTaxDates({
          year: 2025,
          land,
          kinds: ['gewst-vorauszahlung'],
          ...(municipal ? { municipalHolidays: ['mariae-himmelfahrt'] as const } : {}),
        }),
      ).find((d) => d.unshiftedFristende === '2025-08-15')?.fristende;
    expect(gewst('SL')).toBe('2025-08-18');
    expect(gewst('BY')).toBe('2025-08-15');
    expect(gewst('BY', true)).toBe('2025-08-18');
  });

  it('filters by kind and validates', () => {
    expect(
      unwrap(recurringTaxDates({ year: 2026, land: 'NI', kinds: ['lohnsteuerbescheinigung'] })),
    ).toHaveLength(1);
    expect(unwrapError(recurringTaxDates({ year: 1800, land: 'NI' })).code).toBe('out-of-range');
  });
});
