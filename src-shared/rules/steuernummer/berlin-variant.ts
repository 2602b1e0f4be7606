import type { CheckDigitProcedure } from './land-formats';

type BerlinRule = 'A' | 'B' | readonly (readonly [number, number])[];

// ELSTER doc ch. 7.2 as encoded by rechtlogisch/steuernummer; Bezirk ranges select variant B.
const standardRanges = [[201, 693]] as const;
const berlinRules: Readonly<Record<string, BerlinRule>> = {
  '1113': standardRanges,
  '1114': standardRanges,
  '1117': standardRanges,
  '1120': standardRanges,
  '1121': standardRanges,
  '1123': standardRanges,
  '1124': standardRanges,
  '1125': standardRanges,
  '1116': [
    [1, 29],
    [201, 693],
    [875, 899],
  ],
  '1119': [
    [201, 639],
    [680, 684],
  ],
  '1115': 'B',
  '1118': 'B',
  '1131': 'B',
  '1132': 'B',
  '1133': 'B',
  '1134': 'B',
  '1135': 'B',
  '1136': 'B',
  '1137': 'B',
  '1138': 'B',
  '1127': 'A',
  '1129': 'A',
  '1130': 'A',
  // ELSTER test BUFAs.
  '1194': 'B',
  '1195': 'B',
  '1196': 'B',
  '1197': 'B',
  '1198': 'B',
};

const procedureOf = { A: 'elfer-berlin-a', B: 'elfer-ni-berlin-b' } as const;

/**
 * Check-digit procedures that apply to a Berlin BUFA and Bezirk. Two entries mean the rule is
 * unknown for that BUFA (e.g. 1191, present in GemFA but absent from the ELSTER table); callers then
 * accept either variant, as getcouped/validate-steuernummer does.
 */
export function berlinProcedures(bufa: string, bezirk: number): CheckDigitProcedure[] {
  const rule = berlinRules[bufa];
  if (rule === undefined) return [procedureOf.A, procedureOf.B];
  if (rule === 'A' || rule === 'B') return [procedureOf[rule]];
  const inB = rule.some(([from, to]) => bezirk >= from && bezirk <= to);
  return [inB ? procedureOf.B : procedureOf.A];
}
