import { iso7064Mod1110CheckDigit } from '../checksum';

export type SteuerIdErrorCode =
  | 'empty'
  | 'invalid-characters'
  | 'invalid-length'
  | 'leading-zero'
  | 'no-repeated-digit'
  | 'several-repeated-digits'
  | 'digit-too-frequent'
  | 'three-consecutive'
  | 'invalid-check-digit';

export type SteuerIdResult =
  | {
      ok: true;
      /** 11 digits without separators. */
      value: string;
      /** Printed grouping `XX XXX XXX XXX`. */
      formatted: string;
      /** ELSTER test IdNr (leading 0); only accepted with allowTestIds. */
      isTestId: boolean;
    }
  | { ok: false; code: SteuerIdErrorCode; message: string };

export interface SteuerIdOptions {
  /** Accept ELSTER test numbers, which start with 0 and are never issued in production. */
  allowTestIds?: boolean;
}

const fail = (code: SteuerIdErrorCode, message: string): SteuerIdResult => ({ ok: false, code, message });

export function formatSteuerId(value: string): string {
  return value.replace(/^(\d{2})(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3 $4');
}

export function computeSteuerIdCheckDigit(first10: string): number {
  return iso7064Mod1110CheckDigit(first10);
}

/** Digit-repetition rule of § 139b AO / ELSTER for the first ten digits; undefined when it holds. */
function structureError(first10: string): SteuerIdResult | undefined {
  const counts = new Map<string, number>();
  for (const digit of first10) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1);
  const [first] = repeated;
  if (first === undefined) {
    return fail(
      'no-repeated-digit',
      'Ungültige Steuer-ID: In den ersten zehn Ziffern muss genau eine Ziffer mehrfach vorkommen.',
    );
  }
  if (repeated.length > 1) {
    return fail(
      'several-repeated-digits',
      'Ungültige Steuer-ID: In den ersten zehn Ziffern darf nur eine Ziffer mehrfach vorkommen.',
    );
  }
  const [digit, count] = first;
  if (count > 3) {
    return fail(
      'digit-too-frequent',
      `Ungültige Steuer-ID: Die Ziffer ${digit} kommt ${count}-mal vor; erlaubt sind höchstens drei.`,
    );
  }
  if (count === 3 && first10.includes(digit.repeat(3))) {
    return fail(
      'three-consecutive',
      `Ungültige Steuer-ID: Die Ziffer ${digit} darf nicht dreimal direkt hintereinander stehen.`,
    );
  }
  return undefined;
}

/** Validates a steuerliche Identifikationsnummer (IdNr); spaces, dots, slashes and hyphens are ignored. */
export function validateSteuerId(input: string, opts: SteuerIdOptions = {}): SteuerIdResult {
  const value = input.replace(/[\s./\-\u2010-\u2015]/g, '');
  if (value === '') return fail('empty', 'Bitte eine Steuer-ID eingeben.');
  if (!/^\d+$/.test(value)) return fail('invalid-characters', 'Die Steuer-ID darf nur Ziffern enthalten.');
  if (value.length !== 11) {
    return fail('invalid-length', `Die Steuer-ID hat 11 Ziffern; eingegeben wurden ${value.length}.`);
  }
  const isTestId = value.startsWith('0');
  if (isTestId && opts.allowTestIds !== true) {
    return fail(
      'leading-zero',
      'Eine Steuer-ID beginnt nie mit 0 (solche Nummern gibt es nur als ELSTER-Testnummern).',
    );
  }
  const first10 = value.slice(0, 10);
  const structure = structureError(first10);
  if (structure) return structure;
  if (computeSteuerIdCheckDigit(first10) !== Number(value[10])) {
    return fail(
      'invalid-check-digit',
      'Die Prüfziffer (letzte Ziffer) passt nicht zur Steuer-ID. Bitte auf Tippfehler prüfen.',
    );
  }
  return { ok: true, value, formatted: formatSteuerId(value), isTestId };
}
