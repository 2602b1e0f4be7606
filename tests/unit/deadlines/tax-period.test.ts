import { describe, expect, it } from 'vitest';

import {
  formatPeriod,
  parsePeriod,
  periodLabelDe,
  periodLastDay,
  periodStart,
} from '../../../src-shared/rules/deadlines';
import { unwrap, unwrapError } from './helpers';

describe('parsePeriod', () => {
  it.each([
    ['2026-12', { kind: 'month', year: 2026, month: 12 }, 'Dezember 2026', '2026-12-01', '2026-12-31'],
    ['2026-02', { kind: 'month', year: 2026, month: 2 }, 'Februar 2026', '2026-02-01', '2026-02-28'],
    ['2028-02', { kind: 'month', year: 2028, month: 2 }, 'Februar 2028', '2028-02-01', '2028-02-29'],
    ['2026-Q4', { kind: 'quarter', year: 2026, quarter: 4 }, '4. Quartal 2026', '2026-10-01', '2026-12-31'],
    ['2026-Q1', { kind: 'quarter', year: 2026, quarter: 1 }, '1. Quartal 2026', '2026-01-01', '2026-03-31'],
    ['2026', { kind: 'year', year: 2026 }, 'Kalenderjahr 2026', '2026-01-01', '2026-12-31'],
  ] as const)('%s', (text, expected, label, start, end) => {
    const period = unwrap(parsePeriod(text));
    expect(period).toEqual(expected);
    expect(formatPeriod(period)).toBe(text);
    expect(periodLabelDe(period)).toBe(label);
    expect(periodStart(period)).toBe(start);
    expect(periodLastDay(period)).toBe(end);
  });

  it('tolerates surrounding whitespace and a lower-case q', () => {
    expect(unwrap(parsePeriod(' 2026-q2 '))).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-Q5',
    '2026-Q0',
    '2026-1',
    '26-12',
    '2026/12',
    'Q4 2026',
    '2026-12-01',
    '',
    'abc',
  ])('rejects %j', (text) => {
    const error = unwrapError(parsePeriod(text));
    expect(error.code).toBe('invalid-period');
    expect(error.field).toBe('period');
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('rejects years outside the supported range', () => {
    expect(unwrapError(parsePeriod('1990-01')).code).toBe('out-of-range');
    expect(unwrapError(parsePeriod('2200')).code).toBe('out-of-range');
  });
});
