import { composeIBAN } from 'ibantools';
import { iso7064Mod1110CheckDigit } from '../../../../src-shared/rules/checksum';
import type { Finanzamt } from '../../../../src-shared/rules/finanzamt';
import { computeSteuerIdCheckDigit, validateSteuerId } from '../../../../src-shared/rules/steuer-id';
import {
  checkElsterSteuernummer,
  computeSteuernummerCheckDigit,
} from '../../../../src-shared/rules/steuernummer';

/** Deterministic pseudo-random numbers, so benchmark data is the same on every run. */
export type Rand = (n: number) => number;

export function lcg(seed: number): Rand {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    // The upper bits of an LCG are the random ones.
    return Math.floor((state / 2 ** 32) * n);
  };
}

export const pick = <T>(rand: Rand, list: readonly T[]): T => list[rand(list.length)] as T;

const digits = (rand: Rand, count: number): string =>
  Array.from({ length: count }, () => String(rand(10))).join('');

/**
 * A Steuer-ID that passes every rule of § 139b AO / ELSTER: first digit not 0, exactly one digit twice
 * in the first ten, MOD 11,10 check digit. Random, so almost surely not anybody's real number.
 */
export function syntheticSteuerId(rand: Rand): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    pool.splice(rand(10), 1);
    const twice = pool[rand(pool.length)] ?? 1;
    const first10 = [...pool, twice];
    for (let i = first10.length - 1; i > 0; i--) {
      const j = rand(i + 1);
      [first10[i], first10[j]] = [first10[j] ?? 0, first10[i] ?? 0];
    }
    if (first10[0] === 0) continue;
    const base = first10.join('');
    const id = `${base}${computeSteuerIdCheckDigit(base)}`;
    if (validateSteuerId(id).ok) return id;
  }
}

/** A Steuernummer of the given Finanzamt with a valid check digit (13-digit ELSTER form). */
export function syntheticSteuernummer(rand: Rand, office: Finanzamt): string {
  for (;;) {
    // Bezirk 100–997 keeps clear of the forbidden and "Programmierverbund" ranges in every Land.
    const bezirk = String(100 + rand(898));
    // NW splits the same seven digits as a 4-digit Bezirk and a 3-digit Unterscheidungsnummer.
    const first12 = `${office.bufa}0${bezirk}${digits(rand, 4)}`;
    const check = computeSteuernummerCheckDigit(first12);
    if (check === null) continue;
    const elster13 = `${first12}${check}`;
    if (checkElsterSteuernummer(elster13).ok) return elster13;
  }
}

/** `DE` + 8 digits + MOD 11,10 check digit. */
export function syntheticUstIdNr(rand: Rand): string {
  const base = `${1 + rand(9)}${digits(rand, 7)}`;
  return `DE${base}${iso7064Mod1110CheckDigit(base)}`;
}

// Real Bankleitzahlen of large banks; the account numbers are random.
const bankCodes = [
  '10010010',
  '10070000',
  '12030000',
  '20050550',
  '30050110',
  '37040044',
  '50010517',
  '50050201',
  '60050101',
  '70150000',
  '76050101',
  '86055592',
];

export function syntheticIban(rand: Rand): string {
  return composeIBAN({ countryCode: 'DE', bban: `${pick(rand, bankCodes)}${digits(rand, 10)}` }) ?? '';
}
