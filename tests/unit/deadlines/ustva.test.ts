import { describe, expect, it } from 'vitest';

import {
  dauerfristAntragDeadline,
  lohnsteuerAnmeldungDeadline,
  lohnsteuerPeriodicity,
  ustVaDeadline,
  ustVaPeriodicity,
} from '../../../src-shared/rules/deadlines';
import { de, unwrap, unwrapError } from './helpers';

// Doc § 5.7 table "UStVA due dates 2026", monthly filer; quarters share the row of their last month.
const table: readonly (readonly [string, string | undefined, string, string])[] = [
  ['2026-01', undefined, 'Tue 10.02.2026', 'Tue 10.03.2026'],
  ['2026-02', undefined, 'Tue 10.03.2026', 'Fri 10.04.2026'],
  ['2026-03', '2026-Q1', 'Fri 10.04.2026', 'Mon 11.05.2026'],
  ['2026-04', undefined, 'Mon 11.05.2026', 'Wed 10.06.2026'],
  ['2026-05', undefined, 'Wed 10.06.2026', 'Fri 10.07.2026'],
  ['2026-06', '2026-Q2', 'Fri 10.07.2026', 'Mon 10.08.2026'],
  ['2026-07', undefined, 'Mon 10.08.2026', 'Thu 10.09.2026'],
  ['2026-08', undefined, 'Thu 10.09.2026', 'Mon 12.10.2026'],
  ['2026-09', '2026-Q3', 'Mon 12.10.2026', 'Tue 10.11.2026'],
  ['2026-10', undefined, 'Tue 10.11.2026', 'Thu 10.12.2026'],
  ['2026-11', undefined, 'Thu 10.12.2026', 'Mon 11.01.2027'],
  ['2026-12', '2026-Q4', 'Mon 11.01.2027', 'Wed 10.02.2027'],
];

const vectors = table.flatMap(([month, quarter, due, withDfv]) =>
  (['NI', 'BY'] as const).flatMap((land) =>
    [month, ...(quarter ? [quarter] : [])].flatMap((period) => [
      { period, land, dauerfristverlaengerung: false, expected: due },
      { period, land, dauerfristverlaengerung: true, expected: withDfv },
    ]),
  ),
);

describe('UStVA due dates 2026 (doc § 5.7), FA in NI and BY', () => {
  it.each(vectors)('$period $land DFV=$dauerfristverlaengerung → $expected', (v) => {
    const result = unwrap(
      ustVaDeadline({ period: v.period, land: v.land, dauerfristverlaengerung: v.dauerfristverlaengerung }),
    );
    expect(result.fristende).toBe(de(v.expected));
  });
});

describe('UStVA details', () => {
  it('explains the steps', () => {
    const result = unwrap(ustVaDeadline({ period: '2026-08', land: 'NI', dauerfristverlaengerung: true }));
    expect(result.period).toEqual({ kind: 'month', year: 2026, month: 8 });
    expect(result.unshiftedFristende).toBe('2026-10-10');
    expect(result.steps.map((s) => s.code)).toEqual(['start', 'period', 'extension', 'shift', 'hint']);
    expect(result.steps[2]?.legalBasis).toContain('§ 46 UStDV');
    expect(result.steps[2]?.explanation).toContain('Sondervorauszahlung');
    expect(result.steps[4]?.legalBasis).toBe('§ 240 Abs. 3 AO');
  });

  it('quarterly filers pay no Sondervorauszahlung', () => {
    const result = unwrap(ustVaDeadline({ period: '2026-Q2', land: 'NI', dauerfristverlaengerung: true }));
    expect(result.steps.find((s) => s.code === 'extension')?.explanation).not.toContain(
      'Sondervorauszahlung',
    );
  });

  it('accepts a parsed period', () => {
    const result = unwrap(
      ustVaDeadline({
        period: { kind: 'quarter', year: 2026, quarter: 4 },
        land: 'NI',
        dauerfristverlaengerung: false,
      }),
    );
    expect(result.fristende).toBe('2027-01-11');
  });

  it('shifts over moveable holidays, by the Finanzamt Land', () => {
    // Q1 2020: 10.04.2020 was Karfreitag, then Saturday, Sunday and Ostermontag.
    expect(
      unwrap(ustVaDeadline({ period: '2020-Q1', land: 'NI', dauerfristverlaengerung: false })).fristende,
    ).toBe('2020-04-14');
    // May 2004: 10.06.2004 was Fronleichnam, a holiday in NW but not in NI.
    expect(
      unwrap(ustVaDeadline({ period: '2004-05', land: 'NW', dauerfristverlaengerung: false })).fristende,
    ).toBe('2004-06-11');
    expect(
      unwrap(ustVaDeadline({ period: '2004-05', land: 'NI', dauerfristverlaengerung: false })).fristende,
    ).toBe('2004-06-10');
  });

  it('rejects a year or malformed period', () => {
    expect(
      unwrapError(ustVaDeadline({ period: '2026', land: 'NI', dauerfristverlaengerung: false })).code,
    ).toBe('invalid-period');
    expect(
      unwrapError(ustVaDeadline({ period: '2026-13', land: 'NI', dauerfristverlaengerung: false })).code,
    ).toBe('invalid-period');
    expect(
      unwrapError(ustVaDeadline({ period: 'Q1/2026', land: 'NI', dauerfristverlaengerung: false })).field,
    ).toBe('period');
  });

  it('application for Dauerfristverlängerung: 10.02. monthly, 10.04. quarterly', () => {
    const monthly = unwrap(
      dauerfristAntragDeadline({ year: 2026, land: 'NI', voranmeldungszeitraum: 'month' }),
    );
    expect(monthly.fristende).toBe('2026-02-10');
    expect(monthly.steps.at(-1)?.legalBasis).toBe('§ 48 Abs. 1 UStDV');
    const quarterly = unwrap(
      dauerfristAntragDeadline({ year: 2026, land: 'NI', voranmeldungszeitraum: 'quarter' }),
    );
    expect(quarterly.fristende).toBe('2026-04-10');
    // 10.04.2027 is a Saturday.
    expect(
      unwrap(dauerfristAntragDeadline({ year: 2027, land: 'NI', voranmeldungszeitraum: 'quarter' }))
        .fristende,
    ).toBe('2027-04-12');
  });

  it.each<[number, number, 'month' | 'quarter', boolean]>([
    [2024, 7500.01, 'month', false],
    [2024, 7500, 'quarter', false],
    [2024, 1000, 'quarter', true],
    [2024, 1000.01, 'quarter', false],
    [2025, 9000.01, 'month', false],
    [2025, 9000, 'quarter', false],
    [2025, 8000, 'quarter', false],
    [2025, 2000, 'quarter', true],
    [2025, 2000.01, 'quarter', false],
    [2025, -500, 'quarter', true],
  ])(
    'periodicity %i, previous year tax %d € → %s (exemption %s)',
    (year, previousYearTax, expected, exemption) => {
      const result = unwrap(ustVaPeriodicity({ year, previousYearTax }));
      expect(result.voranmeldungszeitraum).toBe(expected);
      expect(result.exemptionPossible).toBe(exemption);
    },
  );
});

describe('Lohnsteuer-Anmeldung (doc § 5.8)', () => {
  it.each([
    ['2026-01', 'NI', '2026-02-10'],
    ['2026-08', 'NI', '2026-09-10'],
    ['2026-Q1', 'NI', '2026-04-10'],
    ['2026-Q3', 'NI', '2026-10-12'],
    ['2025', 'NI', '2026-01-12'], // annual filer: 10.01.2026 is a Saturday
    ['2026', 'NI', '2027-01-11'], // 10.01.2027 is a Sunday
  ] as const)('%s (%s) → %s', (period, land, expected) => {
    const result = unwrap(lohnsteuerAnmeldungDeadline({ period, land }));
    expect(result.fristende).toBe(expected);
    expect(result.steps.some((s) => s.explanation.includes('keine Dauerfristverlängerung'))).toBe(true);
  });

  it.each<[number, 'month' | 'quarter' | 'year']>([
    [5000.01, 'month'],
    [5000, 'quarter'],
    [1080.01, 'quarter'],
    [1080, 'year'],
    [0, 'year'],
  ])('previous year Lohnsteuer %d € → %s', (previousYearLohnsteuer, expected) => {
    const result = unwrap(lohnsteuerPeriodicity({ previousYearLohnsteuer }));
    expect(result.anmeldungszeitraum).toBe(expected);
    expect(result.legalBasis).toBe('§ 41a Abs. 2 EStG');
  });

  it('rejects negative Lohnsteuer', () => {
    expect(unwrapError(lohnsteuerPeriodicity({ previousYearLohnsteuer: -1 })).code).toBe('invalid-input');
  });
});
