import { germanVatDigitsError } from './ust-idnr';

export type WIdNrErrorCode =
  'empty' | 'invalid-format' | 'missing-unterscheidungsmerkmal' | 'invalid-unterscheidungsmerkmal';

export type WIdNrWarningCode = 'check-digit' | 'leading-zero';

export type WIdNrResult =
  | {
      ok: true;
      /** Normalised form `DE123456789-00001`. */
      value: string;
      /** The part before the hyphen; equals the USt-IdNr where one exists. */
      base: string;
      unterscheidungsmerkmal: string;
      warnings: { code: WIdNrWarningCode; message: string }[];
    }
  | { ok: false; code: WIdNrErrorCode; message: string };

const fail = (code: WIdNrErrorCode, message: string): WIdNrResult => ({ ok: false, code, message });

/**
 * Validates a Wirtschafts-Identifikationsnummer (§ 139c AO): `DE` + 9 digits + `-` + 5-digit
 * Unterscheidungsmerkmal. The USt-IdNr rules for the 9 digits are only warnings: it is unverified
 * whether W-IdNrs issued without a USt-IdNr carry the same check digit.
 */
export function validateWIdNr(input: string): WIdNrResult {
  const compact = input
    .toUpperCase()
    .replace(/[\s.]/g, '')
    .replace(/[\u2010-\u2015]/g, '-');
  if (compact === '') return fail('empty', 'Bitte eine Wirtschafts-Identifikationsnummer eingeben.');
  const match = /^DE(\d{9})(?:-(\d*)|(\d{5}))?$/.exec(compact);
  if (match === null) {
    return fail(
      'invalid-format',
      'Die Wirtschafts-Identifikationsnummer hat die Form „DE“ + 9 Ziffern + „-“ + 5 Ziffern, z. B. DE123456789-00001.',
    );
  }
  const base = `DE${match[1] ?? ''}`;
  const merkmal = match[2] ?? match[3];
  if (merkmal === undefined) {
    return fail(
      'missing-unterscheidungsmerkmal',
      'Es fehlt das Unterscheidungsmerkmal (z. B. „-00001“). Ohne Merkmal ist das eine USt-IdNr.',
    );
  }
  if (!/^\d{5}$/.test(merkmal)) {
    return fail(
      'invalid-unterscheidungsmerkmal',
      'Das Unterscheidungsmerkmal der Wirtschafts-Identifikationsnummer hat genau 5 Ziffern, z. B. „-00001“.',
    );
  }
  const warnings: { code: WIdNrWarningCode; message: string }[] = [];
  const digitsError = germanVatDigitsError(base.slice(2));
  if (digitsError?.code === 'leading-zero') {
    warnings.push({ code: 'leading-zero', message: 'Die Nummer beginnt nach „DE“ mit 0; bitte prüfen.' });
  } else if (digitsError?.code === 'invalid-check-digit') {
    warnings.push({
      code: 'check-digit',
      message: 'Die Prüfziffer entspricht nicht dem Verfahren der USt-IdNr.; bitte die Nummer prüfen.',
    });
  }
  return { ok: true, value: `${base}-${merkmal}`, base, unterscheidungsmerkmal: merkmal, warnings };
}
