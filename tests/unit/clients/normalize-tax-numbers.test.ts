import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../../src-shared/clients/field-issues';
import { normalizeTaxNumbers } from '../../../src-shared/clients/normalize-tax-numbers';

const today = '2026-01-15';

function normalize(value: string, knownBufa?: (bufa: string) => boolean) {
  const issues = new IssueCollector();
  const out = normalizeTaxNumbers(issues, [{ value, land: 'BE' }], { today, knownBufa });
  return { out, errors: issues.errors, warnings: issues.warnings };
}

describe('normalizeTaxNumbers: Berlin check-digit variants', () => {
  it('accepts a number that passes only the other Berlin variant, with a warning naming both', () => {
    // Sample row 10003: BUFA 1124, Bezirk 709 calls for variant A; the check digit fits variant B.
    const { out, errors, warnings } = normalize('24/709/93444');
    expect(errors).toEqual({});
    expect(out).toEqual([
      expect.objectContaining({ elster13: '1124070993444', land: 'BE', bufa: '1124', taxType: 'allgemein' }),
    ]);
    expect(warnings).toEqual([
      {
        field: 'taxNumbers.0.value',
        message: expect.stringMatching(
          /^Die Prüfziffer passt nicht zum Berliner Prüfverfahren A, das ELSTER für Finanzamt 1124 und Bezirk 709 vorsieht \(nur nach Verfahren B wäre sie gültig\)/,
        ),
      },
    ]);
  });

  it('still rejects a Berlin number whose check digit passes neither variant', () => {
    const candidates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => `24/709/9344${digit}`);
    const rejected = candidates.map((value) => normalize(value)).filter((r) => r.out.length === 0);
    // At most two digits can pass (one per variant); the others must be errors at the field.
    expect(rejected.length).toBeGreaterThanOrEqual(8);
    for (const result of rejected) {
      expect(result.errors['taxNumbers.0.value']).toMatch(/Prüfziffer/);
    }
  });

  it('adds the unknown-Finanzamt warning for an accepted other-variant number', () => {
    const { out, warnings } = normalize('24/709/93444', () => false);
    expect(out).toHaveLength(1);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Berliner Prüfverfahren A'),
      expect.stringContaining('Das Finanzamt 1124 ist im Finanzamtsverzeichnis nicht (mehr) enthalten'),
    ]);
  });

  it('accepts a correct Berlin number without the variant warning', () => {
    const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((digit) => normalize(`24/709/9344${digit}`))
      .filter((r) => r.out.length === 1 && r.warnings.length === 0);
    expect(valid).toHaveLength(1);
  });
});
