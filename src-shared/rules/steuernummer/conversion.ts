import { landNames, type LandCode } from '../land';
import { bezirkLength, digitSlots, landFromBufa, regionalLength, steuernummerFormats } from './land-formats';
import type { SteuernummerError } from './types';
import { steuernummerError } from './error';

export interface ElsterParts {
  land: LandCode;
  bufa: string;
  bezirk: string;
  /** Unterscheidungsnummer followed by the check digit. */
  serialAndCheck: string;
}

/** Splits a 13-digit ELSTER number; checks only the Formatschlüssel and the Land prefix. */
export function splitElster(elster13: string): { ok: true; parts: ElsterParts } | SteuernummerError {
  if (!/^\d{13}$/.test(elster13)) {
    return steuernummerError('invalid-length', 'Die Steuernummer im ELSTER-Format hat genau 13 Ziffern.');
  }
  if (elster13[4] !== '0') {
    return steuernummerError(
      'format-key',
      'Im 13-stelligen ELSTER-Format muss die fünfte Ziffer eine 0 sein (Formatschlüssel). Bitte die Eingabe prüfen.',
    );
  }
  const land = landFromBufa(elster13);
  if (land === undefined) {
    return steuernummerError(
      'unknown-land-prefix',
      `Die Steuernummer beginnt mit „${elster13.slice(0, 2)}“; das ist keine Kennzahl eines Bundeslandes.`,
    );
  }
  const bLength = bezirkLength(steuernummerFormats[land]);
  return {
    ok: true,
    parts: {
      land,
      bufa: elster13.slice(0, 4),
      bezirk: elster13.slice(5, 5 + bLength),
      serialAndCheck: elster13.slice(5 + bLength),
    },
  };
}

/** Printed Land form of a structurally valid 13-digit number, e.g. `181/815/08155`. */
export function formatSteuernummer(elster13: string): string | undefined {
  const split = splitElster(elster13);
  if (!split.ok) return undefined;
  const { land, bufa, bezirk, serialAndCheck } = split.parts;
  const format = steuernummerFormats[land];
  const digits = bufa.slice(format.stateDigits.length) + bezirk + serialAndCheck;
  let next = 0;
  let printed = '';
  for (const slot of format.pattern) {
    if (slot === '0') printed += '0';
    else if (slot === 'F' || slot === 'B' || slot === 'U' || slot === 'P') printed += digits.charAt(next++);
    else printed += slot;
  }
  return printed;
}

/** The 12-digit "vereinheitlichtes Bundesschema": the ELSTER form without the Formatschlüssel. */
export function toBundesschema(elster13: string): string {
  return elster13.slice(0, 4) + elster13.slice(5);
}

/** Converts the digits of a printed Land form (separators already removed) to the 13-digit form. */
export function regionalToElster(
  regionalDigits: string,
  land: LandCode,
): { ok: true; elster13: string } | SteuernummerError {
  const format = steuernummerFormats[land];
  const expected = regionalLength(format);
  if (regionalDigits.length !== expected) {
    return steuernummerError(
      'length-mismatch',
      `Eine Steuernummer aus ${landNames[land]} hat ${expected} Ziffern (z. B. ${format.example}); eingegeben wurden ${regionalDigits.length}.`,
    );
  }
  const slots = digitSlots(format.pattern);
  let f = '';
  let rest = '';
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    const digit = regionalDigits[i] ?? '';
    if (slot === '0') {
      if (digit !== '0') {
        return steuernummerError(
          'missing-leading-zero',
          `Steuernummern aus ${landNames[land]} beginnen mit einer 0 (z. B. ${format.example}).`,
        );
      }
    } else if (slot === 'F') f += digit;
    else rest += digit;
  }
  const bufa = format.stateDigits + f;
  if (!bufa.startsWith(format.landKey)) {
    const actual = landFromBufa(bufa);
    const hint = actual ? ` Die Finanzamtsnummer ${bufa} gehört zu ${landNames[actual]}.` : '';
    return steuernummerError(
      'land-mismatch',
      `Die Finanzamtsnummer ${f} passt nicht zu ${landNames[land]} (z. B. ${format.example}).${hint}`,
    );
  }
  return { ok: true, elster13: `${bufa}0${rest}` };
}
