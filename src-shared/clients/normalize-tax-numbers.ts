import { landNames, type LandCode } from '../rules/land';
import {
  checkDigitFor,
  parseSteuernummer,
  validateSteuernummer,
  type SteuernummerResult,
} from '../rules/steuernummer';
import type { TaxNumberType } from './client-enums';
import type { IssueCollector } from './field-issues';
import { normalizeDate } from './normalize-dates';

export interface TaxNumberDraft {
  value: string;
  taxType?: TaxNumberType | null | undefined;
  land?: LandCode | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

export interface NormalizedTaxNumber {
  taxType: TaxNumberType;
  /** 13-digit ELSTER form: what is stored and compared. */
  elster13: string;
  land: LandCode;
  bufa: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface TaxNumberContext {
  today: string;
  knownBufa?: ((bufa: string) => boolean) | undefined;
  /** Client's Finanzamt Land: picks among the Länder an unlabelled printed number fits. */
  landHint?: LandCode | null | undefined;
}

/**
 * Berlin numbers are checked with variant A or B depending on BUFA and Bezirk (ELSTER table). Some
 * programs (and real Bescheide) use the other variant, so a number that fails its variant but passes the
 * other is accepted with a warning saying so; one that passes neither is still rejected.
 */
function berlinOtherVariant(
  value: string,
  land: LandCode | undefined,
): { elster13: string; land: LandCode; bufa: string; warning: string } | undefined {
  const parsed = parseSteuernummer(value, land ? { land } : {});
  if (!parsed.ok || parsed.land !== 'BE') return undefined;
  const check = Number(parsed.elster13[12]);
  const a = checkDigitFor('elfer-berlin-a', parsed.elster13);
  const b = checkDigitFor('elfer-ni-berlin-b', parsed.elster13);
  if (a !== check && b !== check) return undefined;
  const used = a === check ? 'B' : 'A';
  const other = used === 'A' ? 'B' : 'A';
  return {
    elster13: parsed.elster13,
    land: parsed.land,
    bufa: parsed.bufa,
    warning:
      `Die Prüfziffer passt nicht zum Berliner Prüfverfahren ${used}, das ELSTER für Finanzamt ${parsed.bufa} ` +
      `und Bezirk ${parsed.elster13.slice(5, 8)} vorsieht (nur nach Verfahren ${other} wäre sie gültig). ` +
      'Bitte die Steuernummer anhand eines Bescheids prüfen.',
  };
}

function validate(draft: TaxNumberDraft, ctx: TaxNumberContext): SteuernummerResult {
  const explicit = draft.land ?? undefined;
  const result = validateSteuernummer(draft.value, { land: explicit, knownBufa: ctx.knownBufa });
  if (result.ok || result.code !== 'ambiguous-land' || !ctx.landHint) return result;
  const hinted = result.candidates?.some((candidate) => candidate.land === ctx.landHint);
  return hinted
    ? validateSteuernummer(draft.value, { land: ctx.landHint, knownBufa: ctx.knownBufa })
    : result;
}

export function normalizeTaxNumbers(
  issues: IssueCollector,
  drafts: readonly TaxNumberDraft[],
  ctx: TaxNumberContext,
): NormalizedTaxNumber[] {
  const out: NormalizedTaxNumber[] = [];
  const seen = new Map<string, number>();
  drafts.forEach((draft, i) => {
    const path = `taxNumbers.${i}`;
    const checked = validate(draft, ctx);
    let result: { elster13: string; land: LandCode; bufa: string };
    if (checked.ok) {
      result = checked;
      for (const warning of checked.warnings) issues.warn(`${path}.value`, warning.message);
    } else {
      const berlin =
        checked.code === 'invalid-check-digit'
          ? berlinOtherVariant(draft.value, draft.land ?? undefined)
          : undefined;
      if (!berlin) {
        issues.error(`${path}.value`, checked.message);
        return;
      }
      result = berlin;
      issues.warn(`${path}.value`, berlin.warning);
      if (ctx.knownBufa && !ctx.knownBufa(berlin.bufa)) {
        issues.warn(
          `${path}.value`,
          `Das Finanzamt ${berlin.bufa} ist im Finanzamtsverzeichnis nicht (mehr) enthalten. Bitte prüfen, ob die Steuernummer noch aktuell ist.`,
        );
      }
    }
    const taxType = draft.taxType ?? 'allgemein';
    const key = `${result.elster13}|${taxType}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.error(`${path}.value`, `Diese Steuernummer ist schon in Zeile ${first + 1} eingetragen.`);
      return;
    }
    seen.set(key, i);
    const validFrom = normalizeDate(issues, `${path}.validFrom`, draft.validFrom, {
      today: ctx.today,
      label: 'Das Datum „gültig ab“',
    });
    const validTo = normalizeDate(issues, `${path}.validTo`, draft.validTo, {
      today: ctx.today,
      label: 'Das Datum „gültig bis“',
    });
    if (validFrom && validTo && validTo < validFrom) {
      issues.error(`${path}.validTo`, '„Gültig bis“ liegt vor „gültig ab“.');
    }
    out.push({
      taxType,
      elster13: result.elster13,
      land: result.land,
      bufa: result.bufa,
      validFrom,
      validTo,
    });
  });
  return out;
}

export const taxNumberLandName = (land: LandCode): string => landNames[land];
