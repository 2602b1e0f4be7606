import type {
  RenderInput,
  TemplateAuftrag,
  TemplateBerater,
  TemplateBenutzer,
  TemplateKanzlei,
  TemplateKontakt,
  TemplateMandant,
} from '../../src-shared/templates';
import type { Finanzamt } from '../../src-shared/rules/finanzamt';

// Sample records for previews, tests and the benchmark: the five client kinds of DIN 5008 §8
// (titled man, woman, divers, company with and without contact person).

export const sampleKanzlei: TemplateKanzlei = {
  name: 'Steuerkanzlei Hoffmann',
  street: 'Hohenzollernring 12',
  postalCode: '50672',
  city: 'Köln',
  phone: '0221 4711-0',
  fax: '0221 4711-99',
  email: 'info@kanzlei-hoffmann.de',
  website: 'www.kanzlei-hoffmann.de',
  bankName: 'Sparkasse KölnBonn',
  iban: 'DE89370400440532013000',
  bic: 'COLSDE33XXX',
  ustId: 'DE812345678',
};

export const sampleBerater: TemplateBerater = {
  name: 'Dr. Julia Hoffmann',
  profession: 'Steuerberaterin',
  email: 'j.hoffmann@kanzlei-hoffmann.de',
  phone: '0221 4711-12',
};

export const sampleBenutzer: TemplateBenutzer = {
  name: 'Markus Klein',
  email: 'm.klein@kanzlei-hoffmann.de',
};

export const sampleFinanzamt: Finanzamt = {
  bufa: '5215',
  name: 'Köln-Mitte',
  land: 'NW',
  street: 'Blaubach 7',
  postalCode: '50676',
  city: 'Köln',
};

export const sampleAuftrag: TemplateAuftrag = {
  id: 4711,
  title: 'Einkommensteuererklärung 2025',
  typeName: 'Einkommensteuererklärung',
  period: '2025',
  dueDate: '2026-07-31',
  status: 'in_bearbeitung',
};

export const sampleClients: Readonly<
  Record<'herrDr' | 'frau' | 'divers' | 'gmbhContact' | 'gmbh', TemplateMandant>
> = {
  herrDr: {
    kind: 'person',
    clientNumber: '10023',
    salutation: 'herr',
    title: 'Dr.',
    firstName: 'Thomas',
    lastName: 'Müller',
    birthDate: '1968-03-14',
    steuerId: '86095742719',
    address: { street: 'Hauptstraße 5', postalCode: '50667', city: 'Köln' },
    email: 'thomas.mueller@example.de',
    taxNumbers: [{ value: '5215081508155', taxType: 'est' }],
  },
  frau: {
    kind: 'person',
    clientNumber: '10024',
    salutation: 'frau',
    firstName: 'Anna',
    lastName: 'Schmidt',
    birthDate: '1975-09-02',
    steuerId: '47036892816',
    address: { street: 'Lindenallee 17', postalCode: '50968', city: 'Köln' },
    taxNumbers: [{ value: '5215081508155' }],
  },
  divers: {
    kind: 'person',
    clientNumber: '10025',
    salutation: 'divers',
    firstName: 'Kim',
    lastName: 'Mayer',
    birthDate: '1990-12-24',
    address: { street: 'Venloer Straße 240', postalCode: '50823', city: 'Köln' },
  },
  gmbhContact: {
    kind: 'company',
    clientNumber: '20001',
    companyName: 'Weber GmbH',
    legalForm: 'gmbh',
    registerType: 'HRB',
    registerNumber: '12345',
    registerCourt: 'Amtsgericht Köln',
    ustIdNr: 'DE136695976',
    address: { street: 'Industriestraße 3', postalCode: '51103', city: 'Köln' },
    taxNumbers: [{ value: '5215081508155', taxType: 'kst' }],
  },
  gmbh: {
    kind: 'company',
    clientNumber: '20002',
    companyName: 'Schulz Bau GmbH',
    legalForm: 'gmbh',
    address: { street: 'Am Hafen 9', postalCode: '50968', city: 'Köln' },
  },
};

export const sampleContact: TemplateKontakt = {
  salutation: 'frau',
  firstName: 'Sandra',
  lastName: 'Weber',
  role: 'Geschäftsführerin',
};

/** A complete render input for a client, as the app would assemble it. */
export function sampleInput(mandant: TemplateMandant, extra: Partial<RenderInput> = {}): RenderInput {
  return {
    mandant,
    kontakt: mandant === sampleClients.gmbhContact ? sampleContact : null,
    berater: sampleBerater,
    kanzlei: sampleKanzlei,
    finanzamt: sampleFinanzamt,
    auftrag: sampleAuftrag,
    bescheid: { date: '2026-11-03', taxType: 'est', year: 2024, receivedDate: '2026-11-05' },
    benutzer: sampleBenutzer,
    offeneAuftraege: [
      sampleAuftrag,
      { title: 'Umsatzsteuer-Voranmeldung Oktober 2026', period: '2026-10', dueDate: '2026-12-10' },
    ],
    unterlagen: [
      { bezeichnung: 'Lohnsteuerbescheinigung 2025', hinweis: 'vom Arbeitgeber' },
      'Nachweise über Spenden',
      'Nebenkostenabrechnung 2025',
    ],
    heute: '2026-11-24',
    ...extra,
  };
}

const firstNames = ['Lena', 'Jonas', 'Marie', 'Paul', 'Sophie', 'Felix', 'Emma', 'Lukas'];
const lastNames = ['Becker', 'Wagner', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann'];

/** `count` different clients (persons and companies) for serial letters and the benchmark. */
export function syntheticInputs(count: number): RenderInput[] {
  return Array.from({ length: count }, (_, i) => {
    const person = i % 4 !== 3;
    const lastName = lastNames[i % lastNames.length] ?? 'Muster';
    const mandant: TemplateMandant = person
      ? {
          kind: 'person',
          clientNumber: String(30000 + i),
          salutation: i % 2 === 0 ? 'frau' : 'herr',
          title: i % 5 === 0 ? 'Dr.' : null,
          firstName: firstNames[i % firstNames.length] ?? 'Alex',
          lastName,
          address: {
            street: `Musterweg ${1 + (i % 90)}`,
            postalCode: String(50000 + (i % 999)),
            city: 'Köln',
          },
        }
      : {
          kind: 'company',
          clientNumber: String(30000 + i),
          companyName: `${lastName} & Partner GmbH`,
          legalForm: 'gmbh',
          address: { street: `Gewerbering ${1 + (i % 40)}`, postalCode: '51105', city: 'Köln' },
        };
    return sampleInput(mandant, { offeneAuftraege: i % 3 === 0 ? [] : undefined });
  });
}
