import type {
  ClientCandidate,
  ClientDecision,
  MatchReason,
  NewClientProposal,
  SubjectParty,
} from './analysis-types';
import type { ClientDirectory, ClientIdentifierKind, ClientRef } from './client-directory';
import { citySimilarity, nameSimilarity, streetSimilarity } from './name-similarity';

export interface SubjectIdentifiers {
  steuernummer: string[];
  steuerId: string[];
  ustId: string[];
  iban: string[];
  email?: string[];
}

interface Scored {
  ref: ClientRef;
  score: number;
  reasons: MatchReason[];
  nameScore: number;
  addressScore: number | undefined;
  byIdentifier: boolean;
}

const clientName = (ref: ClientRef): string =>
  ref.kind === 'company'
    ? (ref.companyName ?? ref.displayName)
    : [ref.firstName, ref.lastName].filter(Boolean).join(' ') || ref.displayName;

/** Agreement of the printed address with the client's (0..1), undefined when either side lacks one. */
function addressAgreement(
  subject: SubjectParty,
  ref: ClientRef,
): { score: number | undefined; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  const parts: [number, number][] = [];
  if (subject.postalCode && ref.postalCode) {
    const same = subject.postalCode === ref.postalCode;
    parts.push([same ? 1 : 0, 0.45]);
    if (same) reasons.push('postalCode');
  }
  const street = streetSimilarity(subject.street, ref.street);
  if (street !== undefined) {
    parts.push([street, 0.4]);
    if (street >= 0.8) reasons.push('street');
  }
  const city = citySimilarity(subject.city, ref.city);
  if (city !== undefined) {
    parts.push([city >= 0.85 ? 1 : 0, 0.15]);
    if (city >= 0.85) reasons.push('city');
  }
  if (parts.length === 0) return { score: undefined, reasons };
  const total = parts.reduce((sum, [, w]) => sum + w, 0);
  return { score: parts.reduce((sum, [s, w]) => sum + s * w, 0) / total, reasons };
}

const toCandidate = (entry: Scored): ClientCandidate => ({
  clientId: entry.ref.id,
  clientNumber: entry.ref.clientNumber,
  displayName: entry.ref.displayName,
  score: Math.round(entry.score * 100) / 100,
  reasons: entry.reasons,
});

export function proposalOf(subject: SubjectParty): NewClientProposal {
  return {
    kind: subject.kind,
    name: subject.name,
    street: subject.street ?? '',
    postalCode: subject.postalCode ?? '',
    city: subject.city ?? '',
  };
}

/**
 * Finds the client a document belongs to: validated identifiers first (Steuernummer, Steuer-ID, USt-IdNr,
 * IBAN), then name and address. A name alone never decides when the address contradicts it (namesakes).
 */
export async function matchClient(
  directory: ClientDirectory | undefined,
  subjects: readonly SubjectParty[],
  ids: SubjectIdentifiers,
): Promise<ClientDecision & { subject: SubjectParty | null }> {
  const subject = subjects[0] ?? null;
  if (!directory) {
    return {
      decision: subject ? 'new' : 'unknown',
      client: null,
      candidates: [],
      confidence: 0,
      proposal: subject ? proposalOf(subject) : null,
      explanation: 'Kein Mandantenverzeichnis angegeben.',
      subject,
    };
  }

  // 1. Identifiers.
  const byId = new Map<string, { ref: ClientRef; reasons: Set<MatchReason> }>();
  const kinds: ClientIdentifierKind[] = ['steuerId', 'steuernummer', 'ustId', 'iban', 'email'];
  for (const kind of kinds) {
    for (const value of ids[kind] ?? []) {
      for (const ref of await directory.findByIdentifier(kind, value)) {
        const entry = byId.get(ref.id) ?? { ref, reasons: new Set<MatchReason>() };
        entry.reasons.add(kind);
        byId.set(ref.id, entry);
      }
    }
  }
  if (byId.size > 0) {
    const scored = [...byId.values()].map(({ ref, reasons }) => {
      const best = subjects.reduce(
        (acc, party) => Math.max(acc, nameSimilarity(party.name, clientName(ref))),
        subjects.length === 0 ? 0.5 : 0,
      );
      const score = Math.min(0.99, 0.8 + 0.06 * reasons.size + 0.1 * best);
      return {
        ref,
        score,
        reasons: [...reasons],
        nameScore: best,
        addressScore: undefined,
        byIdentifier: true,
      };
    });
    scored.sort((a, b) => b.score - a.score);
    const [top, second] = scored;
    if (top) {
      const unique = second === undefined || top.score - second.score >= 0.05;
      const confidence = unique ? top.score : Math.min(top.score, 0.6);
      const nameNote =
        top.nameScore < 0.5 ? ' Der Name im Dokument weicht ab (z. B. Namensänderung) – bitte prüfen.' : '';
      const matchedSubject =
        subjects.find((party) => nameSimilarity(party.name, clientName(top.ref)) === top.nameScore) ??
        subject;
      return {
        decision: 'match',
        client: toCandidate(top),
        candidates: scored.slice(0, 5).map(toCandidate),
        confidence,
        proposal: null,
        explanation: `Zuordnung über ${top.reasons.map(reasonLabel).join(', ')}.${nameNote}`,
        subject: matchedSubject,
      };
    }
  }

  // 2. Name and address, for each party the document may be about.
  const all: (Scored & { party: SubjectParty })[] = [];
  for (const party of subjects) {
    const refs = await directory.searchByName(party.name, {
      postalCode: party.postalCode,
      city: party.city,
      street: party.street,
    });
    for (const ref of refs) {
      const nameScore = nameSimilarity(party.name, clientName(ref));
      if (nameScore < 0.5) continue;
      const address = addressAgreement(party, ref);
      const score = address.score === undefined ? nameScore * 0.85 : 0.6 * nameScore + 0.4 * address.score;
      const reasons: MatchReason[] = [...(nameScore >= 0.85 ? (['name'] as const) : []), ...address.reasons];
      all.push({ ref, score, reasons, nameScore, addressScore: address.score, byIdentifier: false, party });
    }
  }
  all.sort((a, b) => b.score - a.score);
  const accepted = all.filter(
    (entry) =>
      entry.nameScore >= 0.85 &&
      (entry.addressScore === undefined ? entry.nameScore >= 0.95 : entry.addressScore >= 0.55),
  );
  const [best, runnerUp] = accepted;
  const candidates = all.slice(0, 5).map(toCandidate);
  if (best) {
    const clear = runnerUp === undefined || best.score - runnerUp.score >= 0.08;
    const unconfirmed = best.addressScore === undefined;
    return {
      decision: 'match',
      client: toCandidate(best),
      candidates,
      confidence: Math.min(0.95, clear ? best.score : best.score - 0.2) * (unconfirmed ? 0.8 : 1),
      proposal: null,
      explanation: `Zuordnung über Name${best.reasons.includes('postalCode') || best.reasons.includes('street') ? ' und Anschrift' : ''}${clear ? '' : '; mehrere ähnliche Mandanten – bitte prüfen'}.`,
      subject: best.party,
    };
  }
  if (!subject) {
    return {
      decision: 'unknown',
      client: null,
      candidates,
      confidence: 0,
      proposal: null,
      explanation: 'Im Dokument wurde keine Partei erkannt, der es zugeordnet werden kann.',
      subject,
    };
  }
  const namesake = all.find((entry) => entry.nameScore >= 0.85);
  return {
    decision: 'new',
    client: null,
    candidates,
    confidence: namesake ? 0.7 : 0.85,
    proposal: proposalOf(subject),
    explanation: namesake
      ? `Ein Mandant gleichen Namens (${namesake.ref.displayName}) hat eine andere Anschrift; Vorschlag: neuer Mandant.`
      : 'Kein passender Mandant gefunden; Vorschlag: neuer Mandant.',
    subject,
  };
}

function reasonLabel(reason: MatchReason): string {
  switch (reason) {
    case 'steuernummer':
      return 'Steuernummer';
    case 'steuerId':
      return 'Steuer-ID';
    case 'ustId':
      return 'USt-IdNr.';
    case 'iban':
      return 'IBAN';
    case 'email':
      return 'E-Mail-Adresse';
    case 'name':
      return 'Name';
    case 'postalCode':
      return 'PLZ';
    case 'street':
      return 'Straße';
    case 'city':
      return 'Ort';
  }
}
