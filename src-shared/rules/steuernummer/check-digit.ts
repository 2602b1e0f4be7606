import type { CheckDigitProcedure } from './land-formats';

// Weights for positions 1–12 of the 13-digit ELSTER form (ELSTER doc ch. 6–7); the state prefix and the
// Formatschlüssel carry weight 0 in every procedure.
const elferWeights: Record<Exclude<CheckDigitProcedure, 'zweier' | 'elfer-rp'>, readonly number[]> = {
  elfer: [0, 5, 4, 3, 0, 2, 7, 6, 5, 4, 3, 2],
  'elfer-hb-hh': [0, 0, 4, 3, 0, 2, 7, 6, 5, 4, 3, 2],
  'elfer-ni-berlin-b': [0, 0, 2, 9, 0, 8, 7, 6, 5, 4, 3, 2],
  'elfer-berlin-a': [0, 0, 0, 0, 0, 7, 6, 5, 8, 4, 3, 2],
  'elfer-nw': [0, 3, 2, 1, 0, 7, 6, 5, 4, 3, 2, 1],
};
const zweierSummands = [0, 0, 9, 8, 0, 7, 6, 5, 4, 3, 2, 1];
const zweierFactors = [0, 0, 512, 256, 0, 128, 64, 32, 16, 8, 4, 2];
const rpWeights = [0, 0, 1, 2, 0, 1, 2, 1, 2, 1, 2, 1];

const digitsOf = (first12: string): number[] => [...first12.slice(0, 12)].map(Number);

const weightedSum = (digits: number[], weights: readonly number[]): number =>
  digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0);

const digitalRoot = (value: number): number => (value === 0 ? 0 : 1 + ((value - 1) % 9));

/**
 * Check digit for the first 12 digits of an ELSTER Steuernummer under the given procedure.
 * Returns null where the procedure yields 10: such numbers have no valid check digit at all.
 */
export function checkDigitFor(procedure: CheckDigitProcedure, first12: string): number | null {
  if (!/^\d{12}/.test(first12)) throw new RangeError('checkDigitFor expects at least 12 digits');
  const digits = digitsOf(first12);
  switch (procedure) {
    case 'zweier': {
      const sum = digits.reduce((acc, digit, i) => {
        const units = (digit + (zweierSummands[i] ?? 0)) % 10;
        return acc + digitalRoot(units * (zweierFactors[i] ?? 0));
      }, 0);
      return (10 - (sum % 10)) % 10;
    }
    case 'elfer-rp': {
      const sum = digits.reduce((acc, digit, i) => {
        const product = digit * (rpWeights[i] ?? 0);
        return acc + (product > 9 ? (product % 10) + 1 : product);
      }, 0);
      return (10 - (sum % 10)) % 10;
    }
    case 'elfer-nw': {
      // NW uses the remainder itself, not 11 minus the remainder.
      const remainder = weightedSum(digits, elferWeights[procedure]) % 11;
      return remainder === 10 ? null : remainder;
    }
    default: {
      const remainder = weightedSum(digits, elferWeights[procedure]) % 11;
      if (remainder === 0) return 0;
      const check = 11 - remainder;
      return check === 10 ? null : check;
    }
  }
}
