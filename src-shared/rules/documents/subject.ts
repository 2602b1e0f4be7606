import type { DocType } from './doc-types';
import type { Issuer } from './issuer';
import { foldText } from './normalize';
import { nameSimilarity } from './name-similarity';
import { isAdviserName, parsePartyName } from './party-name';
import { addresseeOf, labeledParty, rolePartiesOf, type PartyCandidate } from './parties';
import { evidenceOf, type DocLine } from './text-lines';

export interface SubjectOptions {
  /** Names of the own office (Kanzlei); never the subject. */
  officeNames?: readonly string[];
}

/** The own office (configured names). Other law or tax firms can be clients and are not excluded. */
const isOffice = (name: string, opts: SubjectOptions): boolean => {
  const folded = foldText(name);
  return (opts.officeNames ?? []).some((office) => {
    const other = foldText(office);
    return other !== '' && (folded.includes(other) || other.includes(folded));
  });
};

/** Names printed as the sender (letterhead, return-address line, footer): not the addressee. */
function senderNames(lines: readonly DocLine[]): string[] {
  const names: string[] = [];
  const firstPage = lines[0]?.page;
  for (const line of lines) {
    if (line.page !== firstPage) break;
    const text = line.text;
    // The pattern needs one of the three marks: most lines skip it.
    const marked =
      (text.includes('·') || text.includes('•') || text.includes(' - ')) && /·|•| - .*\d{5}/.test(text);
    if (marked || line.zone === 'footer') {
      const first = line.text.split(/\s*[·•|]\s*| - /)[0]?.trim();
      if (first && first.length >= 4) names.push(foldText(first));
    }
  }
  return names;
}

/**
 * The parties the document may be about, best first. Usually one; contracts and court cases list
 * every party so that client matching can pick the one the office knows.
 */
export function subjectCandidates(
  lines: readonly DocLine[],
  docType: DocType,
  issuer: Issuer,
  opts: SubjectOptions = {},
): PartyCandidate[] {
  const senders = senderNames(lines);
  const exclude = (name: string): boolean => {
    const folded = foldText(name);
    if (isOffice(name, opts)) return true;
    if (issuer.finanzamt && folded.includes('finanzamt')) return true;
    return senders.some(
      (sender) => sender.length >= 4 && (sender.startsWith(folded) || folded.startsWith(sender)),
    );
  };
  const addressee = (): PartyCandidate | undefined => {
    const party = addresseeOf(lines, exclude);
    if (!party) return undefined;
    if (party.role === 'via-adviser') {
      // The taxpayer's own address, if the Bescheid prints it ("Steuerpflichtige(r): Name, Anschrift").
      const labelled = labeledParty(lines.slice(0, 60), taxpayerLabel, { maxLines: 1 });
      return labelled && nameSimilarity(labelled.name, party.name) >= 0.8 ? labelled : party;
    }
    return forWhom(lines, party) ?? party;
  };
  const keep = (parties: (PartyCandidate | undefined)[]): PartyCandidate[] =>
    parties.filter((party): party is PartyCandidate => party !== undefined && !isOffice(party.name, opts));

  switch (docType) {
    case 'kontoauszug': {
      const holder = labeledParty(lines, /^(kontoinhaber(in)?|inhaber(in)?|konto ?inhaber)\b/, {
        maxLines: 0,
      });
      const block = addressee();
      return keep([merge(holder, block), block]);
    }
    case 'spendenbescheinigung':
      return keep([
        labeledParty(
          lines,
          /^(name und anschrift des zuwendenden|zuwendende[rn]?|spender(in)?|name des zuwendenden)\b/,
          {
            stop: /^(betrag|tag der|art der|wert der)/,
          },
        ),
        addressee(),
      ]);
    case 'vollmacht':
      return keep([
        labeledParty(lines, /^(vollmachtgeber(in|\/in|\/-in)?|mandant(in)?|auftraggeber(in)?)\b/, {
          stop: /^(bevollmaechtigte|vollmachtnehmer|kanzlei|steuerberater)/,
        }),
        ...rolePartiesOf(lines).filter((party) => party.role === 'vollmachtgeber'),
        addressee(),
      ]);
    case 'vertrag': {
      // Advisers' firms go last: in a Steuerberatungsvertrag the other party is the client.
      const parties = rolePartiesOf(lines);
      const ordered = [
        ...parties.filter((party) => !isAdviserName(party.name)),
        ...parties.filter((party) => isAdviserName(party.name)),
      ];
      return keep([...ordered, addressee()]);
    }
    case 'gericht': {
      const parties = rolePartiesOf(lines).filter((party) => !/finanzamt/.test(foldText(party.name)));
      const claimants = parties.filter((party) => /klaeger|antragsteller/.test(party.role ?? ''));
      return keep([...claimants, labeledParty(lines, /^(klaeger(in)?|antragsteller(in)?)\b/)]);
    }
    case 'lohnsteuerbescheinigung':
      return keep([
        addressee(),
        labeledParty(lines, /^(arbeitnehmer(in)?|name des arbeitnehmers|name, vorname)\b/),
      ]);
    case 'sonstiges': {
      // E-mails: the sender writes about their own matter; register extracts name the company ("a) Firma").
      const sender = emailSender(lines);
      const registered = labeledParty(lines.slice(0, 40), /^([a-z]\)\s*)?firma\s*:?/, { maxLines: 2 });
      return keep([addressee(), sender && !isOffice(sender.name, opts) ? sender : undefined, registered]);
    }
    default:
      return keep([addressee()]);
  }
}

/** The sender's address of an e-mail ("Von: Max Muster <max@example.de>"), lower case. */
export function emailSenderAddress(lines: readonly DocLine[]): string | undefined {
  for (const line of lines.slice(0, 12)) {
    if (!/^(von|from|absender)\s*:/i.test(line.text.trim())) continue;
    const m = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line.text);
    if (m) return m[0].toLowerCase();
  }
  return undefined;
}

/** "Von: Max Muster <max@example.de>": the e-mail's sender, without address. */
function emailSender(lines: readonly DocLine[]): PartyCandidate | undefined {
  for (const line of lines.slice(0, 12)) {
    const m = /^(?:von|from|absender)\s*:\s*(.+?)\s*(?:<[^>]*>|\[[^\]]*\])?\s*$/i.exec(line.text.trim());
    const name = m?.[1]?.replace(/^"|"$/g, '').trim();
    if (!name || name.includes('@')) continue;
    const parsed = parsePartyName(name);
    if (parsed) {
      return {
        kind: parsed.kind,
        name: parsed.name,
        firstName: parsed.firstName,
        lastName: parsed.lastName,
        evidence: [evidenceOf(line)],
        confidence: 0.7,
      };
    }
  }
  return undefined;
}

/** "Kontoinhaber X" gives the name as the bank spells it; the address block gives the address. */
function merge(
  holder: PartyCandidate | undefined,
  block: PartyCandidate | undefined,
): PartyCandidate | undefined {
  if (!holder) return block;
  if (!block) return holder;
  return {
    ...holder,
    street: holder.street ?? block.street,
    postalCode: holder.postalCode ?? block.postalCode,
    city: holder.city ?? block.city,
    confidence: Math.max(holder.confidence, block.confidence),
  };
}

const taxpayerLabel = /^(steuerpflichtige\(?r?\)?|steuerpflichtiger|steuerpflichtige)\s*:?/;

/** Bescheide sent to an adviser name the taxpayer as "für Herrn …" or "Steuerpflichtige(r): …". */
function forWhom(lines: readonly DocLine[], addressee: PartyCandidate): PartyCandidate | undefined {
  if (!isAdviserName(addressee.name)) return undefined;
  const labelled = labeledParty(lines.slice(0, 60), taxpayerLabel, { maxLines: 1 });
  if (labelled) return labelled;
  for (const line of lines.slice(0, 60)) {
    const m = /^(?:für|fuer|steuerpflichtige[r]?:?|betrifft:?)\s+(?:herrn|frau|firma)?\s*(.+)$/i.exec(
      line.cells[0]?.text ?? '',
    );
    if (m?.[1]) {
      const party = labeledParty([line], /^(fuer|steuerpflichtige[r]?|betrifft)\b/, { maxLines: 0 });
      if (party) return party;
    }
  }
  return undefined;
}
