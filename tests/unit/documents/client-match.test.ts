import { describe, expect, it } from 'vitest';
import {
  createMemoryClientDirectory,
  matchClient,
  nameSimilarity,
  parsePartyName,
  type ClientRecord,
  type SubjectParty,
} from '../../../src-shared/rules/documents';
import { steuernummerKeys } from '../../../src-shared/rules/documents/memory-client-directory';

const clients: ClientRecord[] = [
  {
    id: '1',
    clientNumber: '10037',
    kind: 'person',
    displayName: 'Michael Schmitt',
    firstName: 'Michael',
    lastName: 'Schmitt',
    street: 'Düsseldorfer Str. 34',
    postalCode: '50668',
    city: 'Köln',
    steuerId: '98780413567',
  },
  {
    id: '2',
    clientNumber: '10052',
    kind: 'person',
    displayName: 'Michael Schmitt',
    firstName: 'Michael',
    lastName: 'Schmitt',
    street: 'Dorfstraße 102',
    postalCode: '01154',
    city: 'Dresden',
  },
  {
    id: '3',
    clientNumber: '10053',
    kind: 'company',
    displayName: 'Bäckerei Schmidt GmbH',
    companyName: 'Bäckerei Schmidt GmbH',
    street: 'Am Hang 64',
    postalCode: '90416',
    city: 'Nürnberg',
  },
  {
    id: '4',
    clientNumber: '10046',
    kind: 'person',
    displayName: 'Stefan Mueller',
    firstName: 'Stefan',
    lastName: 'Mueller',
    street: 'Schillerstraße 4',
    postalCode: '40353',
    city: 'Düsseldorf',
    steuernummern: ['103/8190/3351'],
    finanzamtLand: 'NW',
  },
  {
    id: '5',
    clientNumber: '10013',
    kind: 'person',
    displayName: 'Julia Krause',
    firstName: 'Julia',
    lastName: 'Krause',
    street: 'Waldstraße 25',
    postalCode: '30627',
    city: 'Hannover',
    steuerId: '84736597209',
  },
  {
    id: '6',
    clientNumber: '10002',
    kind: 'person',
    displayName: 'Dr. Ulrich Hartmann',
    firstName: 'Ulrich',
    lastName: 'Hartmann',
    street: 'Auf der Höhe 11',
    postalCode: '60315',
    city: 'Frankfurt am Main',
  },
  {
    id: '7',
    clientNumber: '10099',
    kind: 'person',
    displayName: 'Ayşe Yılmaz',
    firstName: 'Ay?e',
    lastName: 'Y?lmaz',
    street: 'Ringstraße 1',
    postalCode: '12345',
    city: 'Ort',
    email: 'ayse@example.de',
  },
];
const directory = createMemoryClientDirectory(clients);
const party = (name: string, address: Partial<SubjectParty> = {}): SubjectParty => {
  const parsed = parsePartyName(name);
  if (!parsed) throw new Error(name);
  return { kind: parsed.kind, name: parsed.name, evidence: [], confidence: 0.9, ...address };
};
const none = { steuernummer: [], steuerId: [], ustId: [], iban: [] };

describe('client matching', () => {
  it('prefers validated identifiers, even after a change of name', async () => {
    const result = await matchClient(directory, [party('Julia Neumann', { postalCode: '30627' })], {
      ...none,
      steuerId: ['84736597209'],
    });
    expect(result).toMatchObject({ decision: 'match', client: { clientNumber: '10013' } });
    expect(result.explanation).toMatch(/Steuer-ID/);
  });

  it('finds a Steuernummer printed in the 13-digit form', async () => {
    const keys = steuernummerKeys('5103081903351');
    const result = await matchClient(directory, [], { ...none, steuernummer: keys });
    expect(result.client?.clientNumber).toBe('10046');
  });

  it('tells namesakes apart by address', async () => {
    const cologne = await matchClient(
      directory,
      [party('Michael Schmitt', { street: 'Düsseldorfer Straße 34', postalCode: '50668', city: 'Köln' })],
      none,
    );
    expect(cologne.client?.clientNumber).toBe('10037');
    const dresden = await matchClient(
      directory,
      [party('Herrn Michael Schmitt', { street: 'Dorfstraße 102', postalCode: '01154', city: 'Dresden' })],
      none,
    );
    expect(dresden.client?.clientNumber).toBe('10052');
  });

  it('proposes a new client when only the name fits', async () => {
    const result = await matchClient(
      directory,
      [party('Michael Schmitt', { street: 'Herderstraße 71', postalCode: '45142', city: 'Essen' })],
      none,
    );
    expect(result.decision).toBe('new');
    expect(result.proposal).toEqual({
      kind: 'person',
      name: 'Michael Schmitt',
      street: 'Herderstraße 71',
      postalCode: '45142',
      city: 'Essen',
    });
    expect(result.explanation).toMatch(/gleichen Namens/);
  });

  it('copes with word order, umlaut spellings, titles and typos', async () => {
    const order = await matchClient(
      directory,
      [party('Schmidt Bäckerei GmbH', { street: 'Am Hang 64', postalCode: '90416', city: 'Nürnberg' })],
      none,
    );
    expect(order.client?.clientNumber).toBe('10053');
    const umlaut = await matchClient(
      directory,
      [party('Herrn Stefan Müller', { street: 'Schillerstr. 4', postalCode: '40353', city: 'Düsseldorf' })],
      none,
    );
    expect(umlaut.client?.clientNumber).toBe('10046');
    const title = await matchClient(
      directory,
      [
        party('Ulrich Hartmann', {
          street: 'Auf der Höhe 11',
          postalCode: '60315',
          city: 'Frankfurt am Main',
        }),
      ],
      none,
    );
    expect(title.client?.clientNumber).toBe('10002');
    const typo = await matchClient(
      directory,
      [party('Bäckerei Schmitd GmbH', { street: 'Am Hang 64', postalCode: '90416', city: 'Nürnberg' })],
      none,
    );
    expect(typo.client?.clientNumber).toBe('10053');
  });

  it('matches names that a Windows-1252 export garbled, and e-mail senders by address', async () => {
    const garbled = await matchClient(
      directory,
      [party('Ayşe Yılmaz', { street: 'Ringstraße 1', postalCode: '12345', city: 'Ort' })],
      none,
    );
    expect(garbled.client?.clientNumber).toBe('10099');
    const email = await matchClient(directory, [party('Ayse')], { ...none, email: ['ayse@example.de'] });
    expect(email.client?.clientNumber).toBe('10099');
  });

  it('returns unknown without any party', async () => {
    expect((await matchClient(directory, [], none)).decision).toBe('unknown');
  });
});

describe('names', () => {
  it.each([
    ['Herrn Dr. Max Mustermann', 'person', 'Max Mustermann'],
    ['Frau Prof. Dr. Erika Muster', 'person', 'Erika Muster'],
    ['Mustermann, Max', 'person', 'Max Mustermann'],
    ['Michael. Schmitt.', 'person', 'Michael Schmitt'],
    ['Zahnarztpraxis Dr. Keller GmbH', 'company', 'Zahnarztpraxis Dr. Keller GmbH'],
    ['Firma Optik Schulze e.K.', 'company', 'Optik Schulze e.K.'],
    ['Elektro Kaiser e.K,', 'company', 'Elektro Kaiser e.K.'],
    [
      'Hartmann & Friedrich Rechtsanwälte PartG mbB',
      'company',
      'Hartmann & Friedrich Rechtsanwälte PartG mbB',
    ],
  ])('%s', (raw, kind, name) => {
    expect(parsePartyName(raw)).toMatchObject({ kind, name });
  });

  it('scores word order and legal forms neutrally', () => {
    expect(nameSimilarity('Schmidt Bäckerei GmbH', 'Bäckerei Schmidt GmbH')).toBe(1);
    expect(nameSimilarity('Optik Schulze e.K.', 'Optik Herrmann GmbH')).toBeLessThan(0.5);
  });
});
