import { getLegalForm, registerTypeNames, registerTypes, type RegisterType } from './catalogue';
import { resolveRegisterCourt } from './register-courts';

export type RegisterNumberErrorCode =
  | 'empty'
  | 'invalid-format'
  | 'invalid-register-type'
  | 'invalid-number'
  | 'invalid-suffix'
  | 'unknown-court';

export type RegisterNumberWarningCode =
  'missing-court' | 'unknown-court' | 'register-type-mismatch' | 'legal-form-without-register';

export interface RegisterNumberWarning {
  code: RegisterNumberWarningCode;
  message: string;
}

export type RegisterNumberResult =
  | {
      ok: true;
      /** Canonical court name, e.g. `Berlin (Charlottenburg)`; undefined when none was given. */
      court?: string;
      type: RegisterType;
      number: string;
      /** Court suffix such as `B` (Berlin) or `FL` (Flensburg). */
      suffix?: string;
      /** `HRB 151080 B` */
      formatted: string;
      /** `Amtsgericht Berlin (Charlottenburg), HRB 151080 B` */
      full: string;
      warnings: RegisterNumberWarning[];
    }
  | { ok: false; code: RegisterNumberErrorCode; message: string };

export interface RegisterNumberOptions {
  /** Legal form code from the catalogue, to check that the register type fits. */
  legalForm?: string;
}

const fail = (code: RegisterNumberErrorCode, message: string): RegisterNumberResult => ({
  ok: false,
  code,
  message,
});

const typeByKey = new Map<string, RegisterType>(registerTypes.map((type) => [type.toLowerCase(), type]));

// Register type, optional "Nr.", number and an optional upper-case court suffix; the court name may
// stand before (`Aachen HRB 11214`) or after (`HRB 151080 B, Charlottenburg`) this core.
const core = /(?<![\p{L}\p{N}])(\p{L}{2,4})\.?\s*(?:Nr\.?\s*)?(\d+)(?:\s*(\p{Lu}+)(?![\p{L}\p{N}]))?/u;

const cleanCourt = (text: string): string =>
  text
    .replace(/^(?:\s*(?:Amtsgericht|Registergericht|AG)\b[\s:.,-]*)+/i, '')
    .replace(/^[\s,;:-]+|[\s,;:-]+$/g, '');

/**
 * Parses and validates a register entry such as `Amtsgericht München, HRB 178881` or
 * `HRB 151080 B, Charlottenburg`. Number: 1–6 digits without leading zero, optional 1–3 letter suffix.
 */
export function parseRegisterNumber(input: string, opts: RegisterNumberOptions = {}): RegisterNumberResult {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return fail('empty', 'Bitte die Registernummer eingeben.');
  const match = core.exec(text);
  if (match === null) {
    return fail(
      'invalid-format',
      'Die Registernummer besteht aus Registerart und Nummer, z. B. „Amtsgericht München, HRB 178881“.',
    );
  }
  const [whole, typeText = '', number = '', suffixText] = match;
  const type = typeByKey.get(typeText.toLowerCase());
  if (type === undefined) {
    return fail(
      'invalid-register-type',
      `„${typeText}“ ist keine Registerart. Möglich sind ${registerTypes.join(', ')}.`,
    );
  }
  if (!/^[1-9]\d{0,5}$/.test(number)) {
    return fail('invalid-number', 'Die Registernummer hat 1 bis 6 Ziffern und beginnt nicht mit 0.');
  }

  let suffix = suffixText;
  let after = text.slice(match.index + whole.length);
  // An upper-case word after the number may be the court written in capitals rather than a suffix.
  if (suffix !== undefined && suffix.length > 1 && resolveRegisterCourt(suffix) !== undefined) {
    after = suffix + after;
    suffix = undefined;
  }
  if (suffix !== undefined && suffix.length > 3) {
    return fail(
      'invalid-suffix',
      `Der Zusatz „${suffix}“ ist zu lang; er hat höchstens 3 Buchstaben (z. B. „B“).`,
    );
  }

  const courtText = [cleanCourt(text.slice(0, match.index)), cleanCourt(after)].filter(Boolean).join(' ');
  const warnings: RegisterNumberWarning[] = [];
  let court: string | undefined;
  if (courtText === '') {
    warnings.push({
      code: 'missing-court',
      message: 'Das Registergericht fehlt; Registernummern sind nur zusammen mit dem Gericht eindeutig.',
    });
  } else {
    court = resolveRegisterCourt(courtText);
    if (court === undefined) {
      const message = `Das Registergericht „${courtText}“ ist nicht bekannt. Bitte die Schreibweise prüfen.`;
      // Vereinsregister are also kept by Amtsgerichte outside the list of commercial register courts.
      if (type !== 'VR') return fail('unknown-court', message);
      warnings.push({ code: 'unknown-court', message });
    }
  }

  const legalForm = opts.legalForm === undefined ? undefined : getLegalForm(opts.legalForm);
  if (legalForm !== undefined) {
    if (legalForm.register === undefined) {
      warnings.push({
        code: 'legal-form-without-register',
        message: `Für die Rechtsform „${legalForm.name}“ ist keine Registereintragung vorgesehen.`,
      });
    } else if (legalForm.register !== type) {
      warnings.push({
        code: 'register-type-mismatch',
        message: `Die Rechtsform „${legalForm.abbreviation ?? legalForm.name}“ wird im ${registerTypeNames[legalForm.register]} (${legalForm.register}) eingetragen, nicht im ${type}.`,
      });
    }
  }

  const formatted = [type, number, suffix].filter(Boolean).join(' ');
  const courtName = court ?? (courtText === '' ? undefined : courtText);
  return {
    ok: true,
    ...(court !== undefined ? { court } : {}),
    type,
    number,
    ...(suffix !== undefined ? { suffix } : {}),
    formatted,
    full: courtName ? `Amtsgericht ${courtName}, ${formatted}` : formatted,
    warnings,
  };
}
