import type { Finanzamt } from '../../../src-shared/rules/finanzamt';
import { iban, steuerId, steuernummerFor, ustId, type GeneratedSteuernummer } from './identifiers';
import { company, person, street, type Party } from './people';
import type { Rng } from './random';

export interface Subject {
  party: Party;
  street: string;
  postalCode: string;
  city: string;
  office: Finanzamt;
  stnr: GeneratedSteuernummer;
  steuerId?: string;
  ustId?: string;
  iban: string;
  email: string;
}

const special =
  /für|Bewertung|Landeshauptkasse|Zentral|Technisches|International|Prüfungsd|Körperschaften|Erhebung|Außenst|Verwaltungsstelle|Gewinneink|Überschuss|Betriebsprüfung|Grundbesitz|Großunternehmen/;

/** Ordinary Finanzämter (no special-purpose offices), which issue the everyday Bescheide. */
export function ordinaryOffices(offices: readonly Finanzamt[]): Finanzamt[] {
  return offices.filter((office) => !special.test(office.name) && office.postalCode && office.city);
}

/** The office's name as letters print it: GemFA suffixes such as "m. ASt Wasserburg" left out. */
export function printedOfficeName(office: Finanzamt): string {
  const cut = /\s+(?:-\s*)?(?:m\.|mit\b|Außenst|ASt\b|für\b|Verwaltungsstelle|Bewertung)/.exec(office.name);
  return `Finanzamt ${cut && cut.index > 0 ? office.name.slice(0, cut.index) : office.name}`;
}

export function makeSubject(rng: Rng, office: Finanzamt, kind: 'person' | 'company'): Subject {
  const party = kind === 'person' ? person(rng) : company(rng);
  const postalCode = `${(office.postalCode ?? '10115').slice(0, 3)}${rng.digits(2)}`;
  return {
    party,
    street: street(rng),
    postalCode,
    city: office.city ?? 'Berlin',
    office,
    stnr: steuernummerFor(rng, office),
    steuerId: kind === 'person' ? steuerId(rng) : undefined,
    ustId: kind === 'company' || rng.chance(0.2) ? ustId(rng) : undefined,
    iban: iban(rng),
    email: `${party.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '')}${rng.int(1, 99)}@example.de`,
  };
}

/** Address block lines; persons sometimes with a title, which the proposal must drop. */
export function recipientLines(rng: Rng, subject: Subject): { anrede?: string; lines: string[] } {
  const { party } = subject;
  const place = `${subject.postalCode} ${subject.city}`;
  if (party.kind === 'person') {
    const name = `${party.title ? `${party.title} ` : ''}${party.firstName} ${party.lastName}`;
    const inline = rng.chance(0.25);
    return inline
      ? { lines: [`${party.anrede} ${name}`, subject.street, place] }
      : { anrede: party.anrede, lines: [name, subject.street, place] };
  }
  return { anrede: rng.chance(0.3) ? 'Firma' : undefined, lines: [party.name, subject.street, place] };
}

export const proposalName = (subject: Subject): string => subject.party.name;
