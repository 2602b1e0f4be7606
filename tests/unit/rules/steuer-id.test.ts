import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeSteuerIdCheckDigit, validateSteuerId } from '../../../src-shared/rules/steuer-id';

describe('Steuer-ID: test vectors (§2.3)', () => {
  it.each([
    '86095742719',
    '47036892816',
    '65929970489',
    '57549285017',
    '25768131411',
    '26954371827',
    '36574261809',
    '12345678995',
    '11234567890',
  ])('%s is valid', (id) => {
    expect(validateSteuerId(id)).toEqual({
      ok: true,
      value: id,
      formatted: `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`,
      isTestId: false,
    });
  });

  it.each([
    ['65299970480', 'three-consecutive'],
    ['11123456786', 'three-consecutive'],
    ['26954371820', 'invalid-check-digit'],
    ['36574261890', 'invalid-check-digit'],
    ['37505648067', 'several-repeated-digits'],
    ['36554266806', 'several-repeated-digits'],
    ['12345678903', 'no-repeated-digit'],
    ['11112345678', 'digit-too-frequent'],
    ['01234567896', 'leading-zero'],
    ['1234567890', 'invalid-length'],
    ['26954371rfe', 'invalid-characters'],
    ['', 'empty'],
  ] as const)('%s is invalid (%s)', (id, code) => {
    const result = validateSteuerId(id);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/Steuer-ID|Ziffer/);
  });

  it('accepts ELSTER test IdNrs (leading 0) only when asked to', () => {
    expect(validateSteuerId('02476291358')).toMatchObject({ ok: false, code: 'leading-zero' });
    expect(validateSteuerId('02476291358', { allowTestIds: true })).toMatchObject({
      ok: true,
      isTestId: true,
    });
    expect(validateSteuerId('01234567896', { allowTestIds: true })).toMatchObject({
      ok: false,
      code: 'no-repeated-digit',
    });
  });

  it('accepts the printed grouping and other separators', () => {
    expect(validateSteuerId('36 574 261 809')).toMatchObject({ ok: true, value: '36574261809' });
    expect(validateSteuerId(' 86-095-742-719 ')).toMatchObject({ ok: true, value: '86095742719' });
    expect(validateSteuerId('86.095.742/719')).toMatchObject({ ok: true });
  });

  it('computes the worked example check digit (§2.2)', () => {
    expect(computeSteuerIdCheckDigit('8609574271')).toBe(9);
    expect(computeSteuerIdCheckDigit('1234567899')).toBe(5);
  });
});

// Ten digits where exactly one digit appears twice or three times (never three in a row), first digit not 0.
const validFirst10 = fc
  .tuple(
    fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 10, maxLength: 10 }),
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 0, max: 9 }),
    fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
  )
  .map(([digits, source, copyTo, thirdCopy]) => {
    const result = [...digits];
    const repeated = result[source] ?? 0;
    result[copyTo] = repeated;
    if (thirdCopy !== undefined) result[thirdCopy] = repeated;
    return result.join('');
  })
  .filter((first10) => {
    if (first10.startsWith('0')) return false;
    const counts = [...first10].reduce(
      (map, d) => map.set(d, (map.get(d) ?? 0) + 1),
      new Map<string, number>(),
    );
    const repeated = [...counts.values()].filter((count) => count > 1);
    return repeated.length === 1 && !/(\d)\1\1/.test(first10);
  });

const validSteuerId = validFirst10.map((first10) => `${first10}${computeSteuerIdCheckDigit(first10)}`);

describe('Steuer-ID: properties', () => {
  it('accepts every well-formed number with its computed check digit', () => {
    fc.assert(
      fc.property(validSteuerId, (id) => {
        expect(validateSteuerId(id).ok).toBe(true);
      }),
    );
  });

  it('detects any single-digit change', () => {
    fc.assert(
      fc.property(
        validSteuerId,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (id, pos, delta) => {
          const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
          expect(changed).not.toBe(id);
          expect(validateSteuerId(changed, { allowTestIds: true }).ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('has exactly one valid check digit for every valid body', () => {
    fc.assert(
      fc.property(validFirst10, (first10) => {
        const valid = [...'0123456789'].filter((d) => validateSteuerId(first10 + d).ok);
        expect(valid).toEqual([String(computeSteuerIdCheckDigit(first10))]);
      }),
    );
  });
});
