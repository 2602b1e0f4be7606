import { describe, expect, it } from 'vitest';

import { retentionPeriod } from '../../../src-shared/rules/retention';
import type { RetentionCategory } from '../../../src-shared/rules/retention';
import { unwrap, unwrapError } from './helpers';

// Doc § 6.2: document, date/event, period, retention ends, deletable from.
const vectors: readonly {
  name: string;
  category: RetentionCategory;
  eventDate: string;
  financialSector?: boolean;
  years: number;
  retainUntil: string;
  deletableFrom: string;
}[] = [
  {
    name: 'Buchungsbeleg 2014 (expired before 2025)',
    category: 'buchungsbeleg',
    eventDate: '2014-03-15',
    years: 10,
    retainUntil: '2024-12-31',
    deletableFrom: '2025-01-01',
  },
  {
    name: 'Buchungsbeleg 2015 (new law applies)',
    category: 'buchungsbeleg',
    eventDate: '2015-03-15',
    years: 8,
    retainUntil: '2023-12-31',
    deletableFrom: '2025-01-01',
  },
  {
    name: 'Buchungsbeleg 2016',
    category: 'buchungsbeleg',
    eventDate: '2016-03-15',
    years: 8,
    retainUntil: '2024-12-31',
    deletableFrom: '2025-01-01',
  },
  {
    name: 'Buchungsbeleg 2017',
    category: 'buchungsbeleg',
    eventDate: '2017-03-15',
    years: 8,
    retainUntil: '2025-12-31',
    deletableFrom: '2026-01-01',
  },
  {
    name: 'Eingangsrechnung 2025',
    category: 'buchungsbeleg',
    eventDate: '2025-07-10',
    years: 8,
    retainUntil: '2033-12-31',
    deletableFrom: '2034-01-01',
  },
  {
    name: 'Jahresabschluss aufgestellt 30.06.2016',
    category: 'buecher',
    eventDate: '2016-06-30',
    years: 10,
    retainUntil: '2026-12-31',
    deletableFrom: '2027-01-01',
  },
  {
    name: 'Empfangener Geschäftsbrief 2019',
    category: 'geschaeftsbrief',
    eventDate: '2019-05-05',
    years: 6,
    retainUntil: '2025-12-31',
    deletableFrom: '2026-01-01',
  },
  {
    name: 'StB-Handakte, mandate ended 30.09.2020',
    category: 'stb-handakte',
    eventDate: '2020-09-30',
    years: 10,
    retainUntil: '2030-12-31',
    deletableFrom: '2031-01-01',
  },
  {
    name: 'RA-Handakte, mandate ended 30.09.2020',
    category: 'ra-handakte',
    eventDate: '2020-09-30',
    years: 6,
    retainUntil: '2026-12-31',
    deletableFrom: '2027-01-01',
  },
  {
    name: 'Buchungsbeleg of a bank client 2016',
    category: 'buchungsbeleg',
    eventDate: '2016-06-01',
    financialSector: true,
    years: 10,
    retainUntil: '2026-12-31',
    deletableFrom: '2027-01-01',
  },
];

describe('retention periods (doc § 6.2)', () => {
  it.each(vectors)('$name', (v) => {
    const result = unwrap(
      retentionPeriod({ category: v.category, eventDate: v.eventDate, financialSector: v.financialSector }),
    );
    expect(result.years).toBe(v.years);
    expect(result.retainUntil).toBe(v.retainUntil);
    expect(result.deletableFrom).toBe(v.deletableFrom);
    expect(result.steps.length).toBeGreaterThanOrEqual(3);
  });

  it('mentions the Ablaufhemmung for tax records', () => {
    const result = unwrap(retentionPeriod({ category: 'buchungsbeleg', eventDate: '2025-07-10' }));
    expect(result.steps.some((s) => s.legalBasis.includes('§ 147 Abs. 3'))).toBe(true);
  });

  it('rejects bad input', () => {
    expect(unwrapError(retentionPeriod({ category: 'buchungsbeleg', eventDate: '2025-02-30' })).code).toBe(
      'invalid-date',
    );
    expect(
      unwrapError(retentionPeriod({ category: 'quittung' as RetentionCategory, eventDate: '2025-02-03' }))
        .field,
    ).toBe('category');
  });
});
