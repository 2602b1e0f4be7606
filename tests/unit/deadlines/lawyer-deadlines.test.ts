import { describe, expect, it } from 'vitest';

import { lawyerDeadline, lawyerDeadlineKinds } from '../../../src-shared/rules/deadlines';
import type { LawyerDeadlineKind, Land } from '../../../src-shared/rules/deadlines';
import { unwrap, unwrapError } from './helpers';

// Doc § 5.10 gives periods and norms, no worked dates; these are computed by hand from those rules.
const vectors: readonly {
  kind: LawyerDeadlineKind;
  event: string;
  land: Land;
  unshifted: string;
  expected: string;
  basis: string;
  notfrist: boolean;
}[] = [
  {
    kind: 'widerspruch-mahnbescheid',
    event: '2025-03-03',
    land: 'NI',
    unshifted: '2025-03-17',
    expected: '2025-03-17',
    basis: '§ 692 Abs. 1 Nr. 3 ZPO',
    notfrist: false,
  },
  {
    kind: 'einspruch-vollstreckungsbescheid',
    event: '2025-04-16',
    land: 'NI',
    unshifted: '2025-04-30',
    expected: '2025-04-30',
    basis: '§ 339 Abs. 1 ZPO',
    notfrist: true,
  },
  {
    kind: 'einspruch-versaeumnisurteil',
    event: '2025-05-15',
    land: 'NI',
    unshifted: '2025-05-29',
    expected: '2025-05-30',
    basis: '§ 339 Abs. 1 ZPO',
    notfrist: true,
  },
  {
    kind: 'verteidigungsanzeige',
    event: '2025-10-20',
    land: 'NI',
    unshifted: '2025-11-03',
    expected: '2025-11-03',
    basis: '§ 276 Abs. 1 Satz 1 ZPO',
    notfrist: true,
  },
  {
    kind: 'berufung',
    event: '2025-01-31',
    land: 'NI',
    unshifted: '2025-02-28',
    expected: '2025-02-28',
    basis: '§ 517 ZPO',
    notfrist: true,
  },
  {
    kind: 'berufungsbegruendung',
    event: '2025-01-31',
    land: 'NI',
    unshifted: '2025-03-31',
    expected: '2025-03-31',
    basis: '§ 520 Abs. 2 Satz 1 ZPO',
    notfrist: false,
  },
  {
    kind: 'revision',
    event: '2025-11-10',
    land: 'NI',
    unshifted: '2025-12-10',
    expected: '2025-12-10',
    basis: '§ 548 ZPO',
    notfrist: true,
  },
  {
    kind: 'sofortige-beschwerde',
    event: '2025-12-17',
    land: 'BY',
    unshifted: '2025-12-31',
    expected: '2025-12-31',
    basis: '§ 569 Abs. 1 Satz 1 ZPO',
    notfrist: true,
  },
  {
    kind: 'klage-fg',
    event: '2025-05-19',
    land: 'NW',
    unshifted: '2025-06-19',
    expected: '2025-06-20',
    basis: '§ 47 Abs. 1 FGO',
    notfrist: false,
  },
  {
    kind: 'kuendigungsschutzklage',
    event: '2025-12-05',
    land: 'NI',
    unshifted: '2025-12-26',
    expected: '2025-12-29',
    basis: '§ 4 Satz 1 KSchG',
    notfrist: false,
  },
  {
    kind: 'arbg-widerspruch-mahnbescheid',
    event: '2025-09-25',
    land: 'NI',
    unshifted: '2025-10-02',
    expected: '2025-10-02',
    basis: '§ 46a Abs. 3 ArbGG',
    notfrist: false,
  },
  {
    kind: 'arbg-einspruch-vollstreckungsbescheid',
    event: '2025-09-26',
    land: 'NI',
    unshifted: '2025-10-03',
    expected: '2025-10-06',
    basis: '§ 59 Satz 1 ArbGG',
    notfrist: true,
  },
  {
    kind: 'arbg-einspruch-versaeumnisurteil',
    event: '2025-12-24',
    land: 'NI',
    unshifted: '2025-12-31',
    expected: '2025-12-31',
    basis: '§ 59 Satz 1 ArbGG',
    notfrist: true,
  },
];

describe('lawyer deadlines (doc § 5.10)', () => {
  it('covers every kind', () => {
    expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(lawyerDeadlineKinds));
  });

  it.each(vectors)('$kind: $event → $expected', (v) => {
    const result = unwrap(lawyerDeadline({ kind: v.kind, eventDate: v.event, land: v.land }));
    expect(result.unshiftedFristende).toBe(v.unshifted);
    expect(result.fristende).toBe(v.expected);
    expect(result.notfrist).toBe(v.notfrist);
    expect(result.steps.find((s) => s.code === 'period')?.legalBasis).toContain(v.basis);
    const shiftBasis = result.steps.find((s) => s.code === 'shift' || s.code === 'no-shift')?.legalBasis;
    expect(shiftBasis).toContain('§ 222 Abs. 2 ZPO');
    expect(result.steps.some((s) => s.explanation.startsWith('Notfrist:'))).toBe(v.notfrist);
  });

  it('Berufung: Zustellung later than five months after Verkündung → the five-month mark starts the month', () => {
    const result = unwrap(
      lawyerDeadline({ kind: 'berufung', verkuendung: '2025-01-15', eventDate: '2025-06-20', land: 'NI' }),
    );
    expect(result.steps[0]?.date).toBe('2025-06-15');
    expect(result.fristende).toBe('2025-07-15');
  });

  it('Berufung: Zustellung within five months → Zustellung starts', () => {
    const result = unwrap(
      lawyerDeadline({ kind: 'berufung', verkuendung: '2025-01-15', eventDate: '2025-02-03', land: 'NI' }),
    );
    expect(result.fristende).toBe('2025-03-03');
  });

  it('Berufung without Zustellung: five months after Verkündung plus one month, shifted', () => {
    const result = unwrap(lawyerDeadline({ kind: 'berufung', verkuendung: '2025-09-30', land: 'NW' }));
    expect(result.steps[0]?.date).toBe('2026-02-28');
    expect(result.unshiftedFristende).toBe('2026-03-28');
    expect(result.fristende).toBe('2026-03-30');
    const begruendung = unwrap(
      lawyerDeadline({ kind: 'berufungsbegruendung', verkuendung: '2025-09-30', land: 'NW' }),
    );
    expect(begruendung.unshiftedFristende).toBe('2026-04-28');
  });

  it('rejects missing or inconsistent dates', () => {
    expect(unwrapError(lawyerDeadline({ kind: 'berufung', land: 'NI' })).field).toBe('eventDate');
    expect(
      unwrapError(
        lawyerDeadline({ kind: 'revision', verkuendung: '2025-03-10', eventDate: '2025-03-01', land: 'NI' }),
      ).field,
    ).toBe('eventDate');
    expect(unwrapError(lawyerDeadline({ kind: 'klage-fg', land: 'NI' })).code).toBe('invalid-date');
    expect(
      unwrapError(
        lawyerDeadline({ kind: 'widerspruch' as LawyerDeadlineKind, eventDate: '2025-03-03', land: 'NI' }),
      ).field,
    ).toBe('kind');
  });
});
