import { describe, expect, it } from 'vitest';

import { filingDeadline, lands } from '../../../src-shared/rules/deadlines';
import type { Land } from '../../../src-shared/rules/deadlines';
import { de, unwrap, unwrapError } from './helpers';

type Column = 'notAdvised' | 'notAdvisedLuf' | 'advised' | 'advisedLuf';

const allerheiligenLands: readonly Land[] = ['BW', 'BY', 'NW', 'RP', 'SL'];
const reformationstagLands: readonly Land[] = ['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH'];

interface Vector {
  readonly year: number;
  readonly column: Column;
  readonly expected: string;
  /** Only these Länder (the doc's footnoted variants); default: all 16. */
  readonly lands?: readonly Land[];
  readonly note?: string;
}

const except = (excluded: readonly Land[]): Land[] => lands.filter((land) => !excluded.includes(land));

// Doc § 5.6, every filled cell; "—" cells have no vector.
const vectors: readonly Vector[] = [
  { year: 2019, column: 'notAdvised', expected: '31.07.2020', note: 'regular' },
  { year: 2019, column: 'advised', expected: '31.08.2021' },
  { year: 2019, column: 'advisedLuf', expected: '31.12.2021' },
  { year: 2020, column: 'notAdvised', expected: '01.11.2021', lands: except(allerheiligenLands) },
  {
    year: 2020,
    column: 'notAdvised',
    expected: '02.11.2021',
    lands: allerheiligenLands,
    note: '01.11. holiday',
  },
  { year: 2020, column: 'notAdvisedLuf', expected: '02.05.2022' },
  { year: 2020, column: 'advised', expected: '31.08.2022' },
  { year: 2020, column: 'advisedLuf', expected: '31.01.2023' },
  { year: 2021, column: 'notAdvised', expected: '31.10.2022', lands: except(reformationstagLands) },
  {
    year: 2021,
    column: 'notAdvised',
    expected: '01.11.2022',
    lands: reformationstagLands,
    note: '31.10. holiday',
  },
  { year: 2021, column: 'notAdvisedLuf', expected: '02.05.2023' },
  { year: 2021, column: 'advised', expected: '31.08.2023' },
  { year: 2021, column: 'advisedLuf', expected: '31.01.2024' },
  { year: 2022, column: 'notAdvised', expected: '02.10.2023' },
  { year: 2022, column: 'notAdvisedLuf', expected: '02.04.2024' },
  { year: 2022, column: 'advised', expected: '31.07.2024' },
  { year: 2022, column: 'advisedLuf', expected: '31.12.2024' },
  { year: 2023, column: 'notAdvised', expected: '02.09.2024' },
  { year: 2023, column: 'notAdvisedLuf', expected: '28.02.2025' },
  { year: 2023, column: 'advised', expected: '02.06.2025' },
  { year: 2023, column: 'advisedLuf', expected: '31.10.2025', lands: except(reformationstagLands) },
  {
    year: 2023,
    column: 'advisedLuf',
    expected: '03.11.2025',
    lands: reformationstagLands,
    note: '31.10. holiday',
  },
  { year: 2024, column: 'notAdvised', expected: '31.07.2025', note: 'regular' },
  { year: 2024, column: 'advised', expected: '30.04.2026' },
  { year: 2024, column: 'advisedLuf', expected: '30.09.2026' },
  { year: 2025, column: 'notAdvised', expected: '31.07.2026' },
  { year: 2025, column: 'advised', expected: '01.03.2027', note: '28.02.2027 is a Sunday' },
  { year: 2025, column: 'advisedLuf', expected: '02.08.2027', note: '31.07.2027 is a Saturday' },
  { year: 2026, column: 'notAdvised', expected: '02.08.2027', note: '31.07.2027 is a Saturday' },
  { year: 2026, column: 'advised', expected: '29.02.2028', note: 'leap year' },
  { year: 2026, column: 'advisedLuf', expected: '31.07.2028' },
  { year: 2027, column: 'notAdvised', expected: '31.07.2028' },
  { year: 2027, column: 'advised', expected: '28.02.2029' },
  { year: 2027, column: 'advisedLuf', expected: '31.07.2029' },
];

const inputFor = (year: number, column: Column, land: Land) => ({
  taxYear: year,
  advised: column === 'advised' || column === 'advisedLuf',
  lufAbweichendesWirtschaftsjahr: column === 'notAdvisedLuf' || column === 'advisedLuf',
  land,
});

describe('filing deadlines (doc § 5.6)', () => {
  it.each(vectors)('$year $column → $expected $note', (v) => {
    for (const land of v.lands ?? lands) {
      const result = unwrap(filingDeadline(inputFor(v.year, v.column, land)));
      expect(result.fristende, land).toBe(de(v.expected));
      expect(result.ruleSet).not.toBe('fallback');
    }
  });

  it('marks the transitional years and cites the EGAO', () => {
    const result = unwrap(filingDeadline({ taxYear: 2022, advised: true, land: 'NI' }));
    expect(result.ruleSet).toBe('transitional');
    expect(result.steps[0]?.legalBasis).toContain('Art. 97 § 36 EGAO');
    expect(result.steps[0]?.explanation).toContain('BStBl I S. 938');
  });

  it('uses the regular rule in known regular years', () => {
    const notAdvised = unwrap(filingDeadline({ taxYear: 2025, advised: false, land: 'NI' }));
    expect(notAdvised.ruleSet).toBe('regular');
    expect(notAdvised.steps[0]?.legalBasis).toBe('§ 149 Abs. 2 Satz 1 AO');
    const advised = unwrap(filingDeadline({ taxYear: 2025, advised: true, land: 'NI' }));
    expect(advised.steps[0]?.legalBasis).toBe('§ 149 Abs. 3 AO');
    expect(advised.unshiftedFristende).toBe('2027-02-28');
    expect(advised.steps.map((s) => s.code)).toEqual(['rule', 'shift', 'hint']);
  });

  it('2019 not advised, LuF ("—" in the table): the regular LuF rule, 31.01.2021 (Sunday) → 01.02.2021', () => {
    const result = unwrap(
      filingDeadline({ taxYear: 2019, advised: false, lufAbweichendesWirtschaftsjahr: true, land: 'NI' }),
    );
    expect(result.unshiftedFristende).toBe('2021-01-31');
    expect(result.fristende).toBe('2021-02-01');
  });

  it('falls back to the general rule outside the known range, with a step that says so', () => {
    const later = unwrap(filingDeadline({ taxYear: 2030, advised: true, land: 'NI' }));
    expect(later.ruleSet).toBe('fallback');
    expect(later.steps[0]?.code).toBe('fallback');
    expect(later.steps[0]?.explanation).toContain('allgemeine Regel');
    expect(later.fristende).toBe('2032-03-01'); // 29.02.2032 is a Sunday
    const earlier = unwrap(filingDeadline({ taxYear: 2010, advised: false, land: 'NI' }));
    expect(earlier.ruleSet).toBe('fallback');
    expect(earlier.steps[0]?.explanation).toContain('vor 2018');
    expect(unwrap(filingDeadline({ taxYear: 2100, advised: false, land: 'NI' })).fristende).toBe(
      '2101-08-01',
    );
    expect(unwrap(filingDeadline({ taxYear: 2000, advised: false, land: 'NI' })).fristende).toBe(
      '2001-07-31',
    );
  });

  it.each([1999, 2101, 1, -5, 20250])('rejects the absurd year %i with a German message', (taxYear) => {
    const error = unwrapError(filingDeadline({ taxYear, advised: false, land: 'NI' }));
    expect(error.code).toBe('out-of-range');
    expect(error.field).toBe('taxYear');
    expect(error.message).toMatch(/außerhalb des unterstützten Zeitraums \(2000–2100\)/);
  });

  it('rejects non-integer years and unknown Länder', () => {
    expect(unwrapError(filingDeadline({ taxYear: 2025.5, advised: false, land: 'NI' })).code).toBe(
      'invalid-input',
    );
    expect(unwrapError(filingDeadline({ taxYear: Number.NaN, advised: false, land: 'NI' })).code).toBe(
      'invalid-input',
    );
    expect(unwrapError(filingDeadline({ taxYear: 2025, advised: false, land: 'DE' as Land })).code).toBe(
      'invalid-land',
    );
  });
});
