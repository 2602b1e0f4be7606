import { iso7064Mod1110CheckDigit } from '../../../src-shared/rules/checksum';
import type { Finanzamt } from '../../../src-shared/rules/finanzamt';
import { validateIban } from '../../../src-shared/rules/iban';
import { validateSteuerId } from '../../../src-shared/rules/steuer-id';
import {
  checkElsterSteuernummer,
  computeSteuernummerCheckDigit,
  formatSteuernummer,
  steuernummerFormats,
} from '../../../src-shared/rules/steuernummer';
import type { Rng } from './random';

export interface GeneratedSteuernummer {
  elster13: string;
  printed: string;
}

/** A Steuernummer of the given Finanzamt with a valid check digit, in the Land's printed form. */
export function steuernummerFor(rng: Rng, office: Finanzamt): GeneratedSteuernummer {
  const bezirkLength = steuernummerFormats[office.land].pattern.replace(/[^B]/g, '').length;
  for (let attempt = 0; attempt < 200; attempt++) {
    const bezirk = String(rng.int(bezirkLength === 4 ? 1000 : 100, bezirkLength === 4 ? 9899 : 899));
    const serial = rng.digits(11 - bezirkLength - 4 + 3);
    const body = `${office.bufa}0${bezirk}${serial}`.slice(0, 12);
    const check = computeSteuernummerCheckDigit(body);
    if (check === null) continue;
    const elster13 = `${body}${check}`;
    if (!checkElsterSteuernummer(elster13).ok) continue;
    const printed = formatSteuernummer(elster13);
    if (printed) return { elster13, printed };
  }
  throw new Error(`no Steuernummer for BUFA ${office.bufa}`);
}

export function steuerId(rng: Rng): string {
  for (;;) {
    const first = String(rng.int(1, 9));
    const digits = [first];
    // One digit twice, the others at most once (the common pre-2016 structure).
    const pool = '0123456789'.split('').filter((d) => d !== first);
    while (digits.length < 9) {
      const i = rng.int(0, pool.length - 1);
      digits.push(pool.splice(i, 1)[0] ?? '0');
    }
    const repeated = rng.pick(digits);
    digits.splice(rng.int(1, 9), 0, repeated);
    const ten = digits.join('').slice(0, 10);
    const value = `${ten}${iso7064Mod1110CheckDigit(ten)}`;
    if (validateSteuerId(value).ok) return value;
  }
}

export function ustId(rng: Rng): string {
  const eight = `${rng.int(1, 9)}${rng.digits(7)}`;
  return `DE${eight}${iso7064Mod1110CheckDigit(eight)}`;
}

/** German IBAN with correct MOD 97 check digits. */
export function iban(rng: Rng): string {
  const bban = `${rng.pick(['100', '200', '300', '370', '430', '500', '600', '700', '760', '810'])}${rng.digits(5)}${rng.digits(10)}`;
  const numeric = `${bban}131400`;
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  const check = String(98 - remainder).padStart(2, '0');
  const value = `DE${check}${bban}`;
  if (!validateIban(value).ok) throw new Error(`generated invalid IBAN ${value}`);
  return value;
}

export const groupIban = (value: string): string => value.replace(/(.{4})/g, '$1 ').trim();
export const groupSteuerId = (value: string): string =>
  value.replace(/^(\d{2})(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3 $4');
