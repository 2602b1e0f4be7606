import type { DocType } from './doc-types';
import type { DocLine } from './text-lines';

export type Role = 'subject' | 'third';

// Words that tie an identifier or account to the subject or to someone else (folded spelling).
const subjectWords =
  /\b(ihre?[mnrs]?|vollmachtgeber(in)?|mandant(in)?|steuerpflichtige[rn]?|zuwendende[nr]?|kontoinhaber(in)?|arbeitnehmer(in)?|klaeger(in)?|leistungsempfaenger(s|in)?|rechnungsempfaenger(s|in)?|kunde[n]?|kunden-?)\b/;
const thirdWords =
  /\b(arbeitgeber[s]?|kanzlei|berater[s]?|steuerberat\w*|bevollmaechtigte[nr]?|freistellungsbescheid\w*|zuwendungsempfaenger[s]?|steuerbeguenstigt\w*|aussteller[s]?|lieferant(en)?|unser[emn]?|rechnungssteller[s]?|leistende[nr]?|koerperschaft|bankverbindung(en)?|empfaenger[s]?|zahlungsempfaenger[s]?|zugunsten|glaeubiger\w*|finanzkasse|geschaeftsfuehr\w*|konten des finanzamt\w*|konto des finanzamt\w*|vereins)\b/;

const subjectHeading =
  /^(vollmachtgeber|mandant|auftraggeber|steuerpflichtige|kontoinhaber|zuwendende|arbeitnehmer|leistungsempfaenger|rechnungsempfaenger|name und anschrift des zuwendenden)/;
const thirdHeading =
  /^(bevollmaechtigte|vollmachtnehmer|kanzlei|steuerberater(in)?\b|arbeitgeber|aussteller|zuwendungsempfaenger|lieferant|verkaeufer|auftragnehmer|anschrift und steuernummer des arbeitgebers)/;

/** Per line, the role of the section it stands in ("Vollmachtgeber/in" … "Bevollmächtigte/r" …). */
// Every identifier kind asks for the same document's sections: computed once per line list.
const sectionCache = new WeakMap<readonly DocLine[], ReadonlyMap<number, Role>>();

export function sectionRoles(lines: readonly DocLine[]): ReadonlyMap<number, Role> {
  const cached = sectionCache.get(lines);
  if (cached) return cached;
  const roles = new Map<number, Role>();
  let current: Role | undefined;
  for (const line of lines) {
    const cell = line.cells[0]?.text ?? '';
    // Folding only lengthens a text: a first cell over 60 characters can be no heading.
    const first =
      cell.length > 60 ? '' : cell.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
    if (first.length <= 60 && subjectHeading.test(first)) current = 'subject';
    else if (first.length <= 60 && thirdHeading.test(first)) current = 'third';
    if (current) roles.set(line.index, current);
  }
  sectionCache.set(lines, roles);
  return roles;
}

// matchAll works on a copy of the regex, so the shared global forms keep no state between calls.
const roleWordsGlobal = [
  [new RegExp(subjectWords.source, 'g'), 'subject'],
  [new RegExp(thirdWords.source, 'g'), 'third'],
] as const;

/** The nearest role word before a position: the part of the line before it, then the line above. */
export function roleFromContext(before: string, previous: string | undefined): Role | undefined {
  const nearest = (text: string): Role | undefined => {
    let best: { role: Role; index: number } | undefined;
    for (const [regex, role] of roleWordsGlobal) {
      for (const m of text.matchAll(regex)) {
        if (best === undefined || m.index > best.index) best = { role, index: m.index };
      }
    }
    return best?.role;
  };
  return nearest(before) ?? (previous !== undefined ? nearest(previous) : undefined);
}

/**
 * Default owner of a labelled identifier when nothing else says whose it is. `fromAuthority`: the letter
 * comes from a Finanzamt or court, whose letters print only the addressee's numbers.
 */
export function defaultRole(
  docType: DocType,
  kind: 'steuernummer' | 'steuerId' | 'ustId' | 'iban',
  fromAuthority = false,
): Role | undefined {
  // A USt-IdNr on a business letter is usually the sender's own (footer, letterhead).
  if (kind === 'ustId' && !fromAuthority && docType !== 'vollmacht') return 'third';
  switch (docType) {
    case 'rechnung':
      // Invoices print the vendor's numbers and bank account; the recipient's only with "Ihre …".
      return 'third';
    case 'lohnsteuerbescheinigung':
      return kind === 'steuerId' ? 'subject' : 'third';
    case 'spendenbescheinigung':
      return kind === 'steuerId' ? 'subject' : 'third';
    case 'vertrag':
      return undefined;
    case 'kontoauszug':
      return kind === 'iban' ? undefined : 'subject';
    default:
      return kind === 'iban' ? undefined : 'subject';
  }
}
