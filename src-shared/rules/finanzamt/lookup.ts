import type { LandCode } from '../land';
import type { Finanzamt, FinanzamtDirectory } from './types';

export interface FinanzamtLookup {
  byBufa(bufa: string): Finanzamt | undefined;
  /** Suitable as `knownBufa` for validateSteuernummer. */
  has(bufa: string): boolean;
  inLand(land: LandCode): Finanzamt[];
  /** Case- and umlaut-insensitive match on BUFA, name and city. */
  search(query: string): Finanzamt[];
  /** Finanzamt of a 12/13-digit Steuernummer (its first four digits). */
  forSteuernummer(elster13: string): Finanzamt | undefined;
}

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();

export function createFinanzamtLookup(directory: Pick<FinanzamtDirectory, 'finanzaemter'>): FinanzamtLookup {
  const byBufa = new Map(directory.finanzaemter.map((office) => [office.bufa, office]));
  const sorted = [...directory.finanzaemter].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    byBufa: (bufa) => byBufa.get(bufa),
    has: (bufa) => byBufa.has(bufa),
    inLand: (land) => sorted.filter((office) => office.land === land),
    search: (query) => {
      const needle = fold(query);
      if (needle === '') return [];
      return sorted.filter((office) =>
        [office.bufa, office.name, office.city ?? ''].some((field) => fold(field).includes(needle)),
      );
    },
    forSteuernummer: (elster13) => byBufa.get(elster13.slice(0, 4)),
  };
}

/** `Finanzamt Stuttgart I`; names that already say what they are (`Technisches Finanzamt Berlin`) stay. */
export function finanzamtDisplayName(office: Pick<Finanzamt, 'name'>): string {
  return /finanzamt/i.test(office.name) ? office.name : `Finanzamt ${office.name}`;
}

/** Recipient lines for a letter to the office: name, street, postal code and city. */
export function finanzamtAddressLines(office: Finanzamt): string[] {
  const place = [office.postalCode, office.city].filter(Boolean).join(' ');
  return [finanzamtDisplayName(office), office.street ?? '', place].filter((line) => line !== '');
}
