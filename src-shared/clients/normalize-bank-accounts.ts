import { validateBic, validateIban } from '../rules/iban';
import type { IssueCollector } from './field-issues';
import { normalizeDate } from './normalize-dates';
import { cleanText } from './text';

export interface BankAccountDraft {
  iban: string;
  bic?: string | null | undefined;
  accountHolder?: string | null | undefined;
  bankName?: string | null | undefined;
  sepaMandateRef?: string | null | undefined;
  sepaMandateDate?: string | null | undefined;
}

export interface NormalizedBankAccount {
  /** Electronic form, upper case without spaces. */
  iban: string;
  bic: string | null;
  accountHolder: string | null;
  bankName: string | null;
  sepaMandateRef: string | null;
  sepaMandateDate: string | null;
}

// SEPA Latin character set for the Mandatsreferenz (max. 35 characters).
const sepaReference = /^[A-Za-z0-9+?/\-:().,' ]{1,35}$/;

export function normalizeBankAccounts(
  issues: IssueCollector,
  drafts: readonly BankAccountDraft[],
  today: string,
): NormalizedBankAccount[] {
  const out: NormalizedBankAccount[] = [];
  const seen = new Map<string, number>();
  drafts.forEach((draft, i) => {
    const path = `bankAccounts.${i}`;
    const iban = validateIban(draft.iban);
    if (!iban.ok) {
      issues.error(`${path}.iban`, iban.message);
      return;
    }
    const first = seen.get(iban.iban);
    if (first !== undefined) {
      issues.error(`${path}.iban`, `Diese IBAN ist schon in Zeile ${first + 1} eingetragen.`);
      return;
    }
    seen.set(iban.iban, i);
    let bic: string | null = null;
    const bicText = cleanText(draft.bic);
    if (bicText) {
      const checked = validateBic(bicText);
      if (!checked.ok) issues.error(`${path}.bic`, checked.message);
      else {
        bic = checked.bic;
        if (checked.countryCode !== iban.countryCode) {
          issues.warn(`${path}.bic`, 'BIC und IBAN gehören zu verschiedenen Ländern. Bitte prüfen.');
        }
      }
    }
    const reference = cleanText(draft.sepaMandateRef);
    if (reference && !sepaReference.test(reference)) {
      issues.error(
        `${path}.sepaMandateRef`,
        "Die Mandatsreferenz hat höchstens 35 Zeichen: Buchstaben ohne Umlaute, Ziffern und + ? / - : ( ) . , ' und Leerzeichen.",
      );
    }
    out.push({
      iban: iban.iban,
      bic,
      accountHolder: cleanText(draft.accountHolder),
      bankName: cleanText(draft.bankName),
      sepaMandateRef: reference,
      sepaMandateDate: normalizeDate(issues, `${path}.sepaMandateDate`, draft.sepaMandateDate, {
        today,
        notFuture: true,
        label: 'Das Datum des SEPA-Mandats',
      }),
    });
  });
  return out;
}
