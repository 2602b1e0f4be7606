import type { ClientDraft } from '../../../../src-shared/clients/client-input';
import type { FinanzamtDirectoryService } from '../finanzamt/finanzamt-directory';
import type { DemoClient } from './demo-data';
import { firstNames, lastNames, streets } from './synthetic-data';
import {
  lcg,
  pick,
  syntheticIban,
  syntheticSteuerId,
  syntheticSteuernummer,
  syntheticUstIdNr,
} from './synthetic-identifiers';

/** Postal code, area code and Registergericht of the demo cities. */
const places: Readonly<Record<string, { postalCode: string; areaCode: string; court: string }>> = {
  Augsburg: { postalCode: '86150', areaCode: '0821', court: 'Augsburg' },
  Berlin: { postalCode: '10115', areaCode: '030', court: 'Berlin (Charlottenburg)' },
  Bonn: { postalCode: '53111', areaCode: '0228', court: 'Bonn' },
  Bremen: { postalCode: '28195', areaCode: '0421', court: 'Bremen' },
  Dresden: { postalCode: '01067', areaCode: '0351', court: 'Dresden' },
  Düsseldorf: { postalCode: '40213', areaCode: '0211', court: 'Düsseldorf' },
  Erfurt: { postalCode: '99084', areaCode: '0361', court: 'Jena' },
  'Frankfurt am Main': { postalCode: '60311', areaCode: '069', court: 'Frankfurt am Main' },
  'Freiburg im Breisgau': { postalCode: '79098', areaCode: '0761', court: 'Freiburg' },
  'Halle (Saale)': { postalCode: '06108', areaCode: '0345', court: 'Stendal' },
  Hamburg: { postalCode: '20095', areaCode: '040', court: 'Hamburg' },
  Hannover: { postalCode: '30159', areaCode: '0511', court: 'Hannover' },
  Kassel: { postalCode: '34117', areaCode: '0561', court: 'Kassel' },
  'Kempten (Allgäu)': { postalCode: '87435', areaCode: '0831', court: 'Kempten (Allgäu)' },
  Kiel: { postalCode: '24103', areaCode: '0431', court: 'Kiel' },
  Köln: { postalCode: '50667', areaCode: '0221', court: 'Köln' },
  Leipzig: { postalCode: '04109', areaCode: '0341', court: 'Leipzig' },
  Magdeburg: { postalCode: '39104', areaCode: '0391', court: 'Stendal' },
  Mainz: { postalCode: '55116', areaCode: '06131', court: 'Mainz' },
  München: { postalCode: '80331', areaCode: '089', court: 'München' },
  'Neustadt an der Weinstraße': { postalCode: '67433', areaCode: '06321', court: 'Ludwigshafen am Rhein' },
  Nürnberg: { postalCode: '90402', areaCode: '0911', court: 'Nürnberg' },
  Potsdam: { postalCode: '14467', areaCode: '0331', court: 'Potsdam' },
  Rostock: { postalCode: '18055', areaCode: '0381', court: 'Rostock' },
  Saarbrücken: { postalCode: '66111', areaCode: '0681', court: 'Saarbrücken' },
  Schwerin: { postalCode: '19053', areaCode: '0385', court: 'Schwerin' },
  Stuttgart: { postalCode: '70173', areaCode: '0711', court: 'Stuttgart' },
};

const mailName = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '');

/**
 * A demo client as form input: address in its city, a Steuernummer of a Finanzamt in its Land and a
 * Steuer-ID or USt-IdNr and IBAN with valid check digits (random numbers, fixed per client so the demo
 * looks the same every time), companies with Registergericht and an Ansprechpartner.
 */
export function demoClientDraft(
  c: DemoClient,
  index: number,
  directory: FinanzamtDirectoryService,
): ClientDraft {
  const rand = lcg(1_000 + index);
  const place = places[c.city];
  const offices = directory.lookup.inLand(c.land);
  const town = c.city.split(' ')[0] ?? '';
  const office =
    offices.find((o) => o.name === c.city) ??
    offices.find((o) => o.name.startsWith(town)) ??
    offices.find((o) => o.city?.startsWith(town)) ??
    offices[0];
  const areaCode = place?.areaCode ?? '030';
  const common: Partial<ClientDraft> = {
    status: c.status ?? 'aktiv',
    address: {
      street: `${pick(rand, streets)} ${1 + rand(90)}`,
      postalCode: place?.postalCode ?? null,
      city: c.city,
    },
    phone: `${areaCode} ${100_000 + rand(899_999)}`,
    finanzamtLand: c.land,
    taxNumbers: office ? [{ value: syntheticSteuernummer(rand, office), land: c.land }] : [],
    bankAccounts: [{ iban: syntheticIban(rand) }],
  };
  if (c.kind === 'person') {
    const first = c.firstName ?? '';
    const last = c.lastName ?? '';
    const salutation =
      firstNames.find(([name]) => name === first)?.[1] ?? (index % 2 === 0 ? 'frau' : 'herr');
    return {
      kind: 'person',
      salutation: first === 'Kim' ? 'divers' : salutation,
      firstName: first,
      lastName: last,
      birthDate: `${1950 + rand(50)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`,
      steuerId: syntheticSteuerId(rand),
      email: `${mailName(first)}.${mailName(last)}@example.de`,
      ...(c.ustva ? { ustIdNr: syntheticUstIdNr(rand) } : {}),
      ...common,
    };
  }
  const name = c.companyName ?? '';
  const [contactFirst, contactSalutation] = pick(rand, firstNames);
  const registered = !/GbR|Stiftung|Inh\./.test(name);
  return {
    kind: 'company',
    companyName: name,
    email: `info@${mailName(name.split(' ')[0] ?? 'firma')}.example`,
    ustIdNr: /e\.V\.|Stiftung/.test(name) ? null : syntheticUstIdNr(rand),
    ...(registered && place
      ? { registerCourt: place.court, registerNumber: String(1_000 + rand(90_000)) }
      : {}),
    contacts: [
      {
        salutation: contactSalutation,
        firstName: contactFirst,
        // The family in the Firma (Bäckerei Schröder GmbH → Herr/Frau Schröder), else any surname.
        lastName:
          name.split(' ').find((word) => (lastNames as readonly string[]).includes(word)) ??
          pick(rand, lastNames),
        role: /e\.V\./.test(name)
          ? 'Vorstand'
          : contactSalutation === 'frau'
            ? 'Geschäftsführerin'
            : 'Geschäftsführer',
      },
    ],
    ...common,
  };
}
