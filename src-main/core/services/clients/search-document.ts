import type { NormalizedClient } from '../../../../src-shared/clients/normalize-client';
import { transliterateGerman } from '../../../../src-shared/clients/text';
import { formatSteuernummer, toBundesschema } from '../../../../src-shared/rules/steuernummer';

/** What the search document is built from: a stored client with its number. */
export type SearchableClient = Pick<
  NormalizedClient,
  | 'firstName'
  | 'lastName'
  | 'birthName'
  | 'companyName'
  | 'city'
  | 'email'
  | 'steuerId'
  | 'ustIdNr'
  | 'wIdNr'
  | 'tags'
> & {
  clientNumber: string;
  contacts: readonly { firstName: string | null; lastName: string; email: string | null }[];
  bankAccounts: readonly { iban: string }[];
  taxNumbers: readonly { elster13: string }[];
};

const needsTransliteration = /[äöüßı]/i;
const nonDigits = /\D/g;
const hyphens = /-/g;

function addPart(parts: string[], part: string | null): void {
  if (part) parts.push(part);
}

/** Adds the ae/oe/ue/ss spelling of every word with an umlaut, so `mueller` finds `Müller`. */
function withTransliterations(text: string): string {
  if (!needsTransliteration.test(text)) return text;
  const extra = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => needsTransliteration.test(word))
    .map(transliterateGerman);
  return `${text} ${extra.join(' ')}`;
}

/**
 * One FTS5 document per client. The unicode61 tokenizer (remove_diacritics 2) folds case and accents,
 * so `muller` and `Müller` meet; identifiers are added in every form a user may type: Steuernummer as
 * 13-digit ELSTER form, 12-digit Bundesschema and the digits of the printed form (separators differ
 * by Land), USt-IdNr with and without `DE`, IBANs compact.
 */
export function buildSearchDocument(client: SearchableClient): string {
  const words: string[] = [client.clientNumber];
  // Built with a loop: an import writes 50,000 documents.
  const parts: string[] = [];
  addPart(parts, client.firstName);
  addPart(parts, client.lastName);
  addPart(parts, client.birthName);
  addPart(parts, client.companyName);
  addPart(parts, client.city);
  addPart(parts, client.email);
  for (const tag of client.tags) addPart(parts, tag);
  for (const contact of client.contacts) {
    addPart(parts, contact.firstName);
    addPart(parts, contact.lastName);
    addPart(parts, contact.email);
  }
  words.push(withTransliterations(parts.join(' ')));
  for (const { elster13 } of client.taxNumbers) {
    const printed = formatSteuernummer(elster13);
    words.push(elster13, toBundesschema(elster13));
    if (printed) words.push(printed.replace(nonDigits, ''));
  }
  if (client.steuerId) words.push(client.steuerId);
  if (client.ustIdNr) words.push(client.ustIdNr, client.ustIdNr.slice(2));
  if (client.wIdNr) words.push(client.wIdNr.replace(hyphens, ''));
  for (const account of client.bankAccounts) words.push(account.iban);
  return words.join(' ');
}
