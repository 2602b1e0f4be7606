import { isLandCode, landCodes, type LandCode } from '../../src-shared/rules/land';
import { parseIsoDate } from '../../src-shared/rules/deadlines/calendar-date';
import { UserError } from './output';

/** Option values checked with German messages; every refusal exits with code 1. */
export function parseDateOption(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UserError(`Bitte geben Sie ${flag} JJJJ-MM-TT an.`);
  const text = value.trim();
  if (!parseIsoDate(text)) {
    throw new UserError(
      `${flag}: „${value}“ ist kein gültiges Datum. Bitte im Format JJJJ-MM-TT angeben, z. B. 2026-03-15.`,
    );
  }
  return text;
}

export function parseLandOption(value: string | undefined, flag: string): LandCode {
  if (value === undefined)
    throw new UserError(`Bitte geben Sie ${flag} mit dem Kürzel des Bundeslands an (z. B. NW).`);
  const code = value.trim().toUpperCase();
  if (!isLandCode(code)) {
    throw new UserError(`${flag}: unbekanntes Bundesland „${value}“. Erlaubt sind: ${landCodes.join(', ')}.`);
  }
  return code;
}

export function parseYearOption(value: string | undefined, flag: string): number {
  if (value === undefined) throw new UserError(`Bitte geben Sie ${flag} JJJJ an.`);
  if (!/^\d{4}$/.test(value.trim())) {
    throw new UserError(`${flag}: „${value}“ ist keine Jahreszahl. Bitte vierstellig angeben, z. B. 2025.`);
  }
  return Number(value.trim());
}

export function requireOption(value: string | undefined, flag: string, example: string): string {
  if (value === undefined || value.trim() === '')
    throw new UserError(`Bitte geben Sie ${flag} an, z. B. ${flag} ${example}.`);
  return value.trim();
}

/** Repeated or comma-separated values: --status offen --status erledigt, or --status offen,erledigt. */
export const collectList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];
