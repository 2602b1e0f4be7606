import { describe, expect, it } from 'vitest';
import {
  buildRenderData,
  getRenderValue,
  type RenderData,
  type RenderInput,
  type TemplateMandant,
} from '../../../src-shared/templates';
import { sampleClients, sampleContact, sampleInput } from '../../../scripts/templates/sample-data';

const value = (data: RenderData, key: string) => getRenderValue(data, key);
const build = (mandant: TemplateMandant, extra: Partial<RenderInput> = {}) =>
  buildRenderData({ mandant, heute: '2026-11-24', ...extra });

function deepFreeze<T>(object: T): T {
  if (object && typeof object === 'object') {
    for (const child of Object.values(object)) deepFreeze(child);
    Object.freeze(object);
  }
  return object;
}

describe('buildRenderData: salutation and address (DIN 5008, domain §8)', () => {
  const address = { street: 'Hauptstraße 5', postalCode: '50667', city: 'Köln' };
  const cases: [string, TemplateMandant, Partial<RenderInput>, string[], string][] = [
    [
      'Herr with doctorate',
      { kind: 'person', salutation: 'herr', title: 'Dr.', firstName: 'Thomas', lastName: 'Müller', address },
      {},
      ['Herrn', 'Dr. Thomas Müller', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrter Herr Dr. Müller,',
    ],
    [
      'Frau without title',
      { kind: 'person', salutation: 'frau', firstName: 'Anna', lastName: 'Schmidt', address },
      {},
      ['Frau', 'Anna Schmidt', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrte Frau Schmidt,',
    ],
    [
      'divers',
      { kind: 'person', salutation: 'divers', firstName: 'Kim', lastName: 'Mayer', address },
      {},
      ['Kim Mayer', 'Hauptstraße 5', '50667 Köln'],
      'Guten Tag Kim Mayer,',
    ],
    [
      'Professorin',
      {
        kind: 'person',
        salutation: 'frau',
        title: 'Prof. Dr. Dr. h. c.',
        firstName: 'Susanne',
        lastName: 'Muster',
        address,
      },
      {},
      ['Frau Professorin', 'Dr. Dr. h. c. Susanne Muster', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrte Frau Professorin Muster,',
    ],
    [
      'Rechtsanwältin',
      {
        kind: 'person',
        salutation: 'frau',
        title: 'Dr.',
        jobTitle: 'Rechtsanwältin',
        firstName: 'Ute',
        lastName: 'Klos',
        address,
      },
      {},
      ['Frau Rechtsanwältin', 'Dr. Ute Klos', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrte Frau Dr. Klos,',
    ],
    [
      'GmbH with contact',
      { kind: 'company', companyName: 'Weber GmbH', address },
      { kontakt: sampleContact },
      ['Weber GmbH', 'Frau Sandra Weber', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrte Frau Weber,',
    ],
    [
      'GmbH without contact',
      { kind: 'company', companyName: 'Weber GmbH', address },
      {},
      ['Weber GmbH', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrte Damen und Herren,',
    ],
    [
      'sole trader without legal form',
      { kind: 'company', companyName: 'Sandra Weber', address },
      {},
      ['Firma', 'Sandra Weber', 'Hauptstraße 5', '50667 Köln'],
      'Sehr geehrte Damen und Herren,',
    ],
  ];
  it.each(cases)('%s', (_name, mandant, extra, lines, greeting) => {
    const data = build(mandant, extra);
    expect(value(data, 'mandant.anschrift')).toBe(lines.join('\n'));
    expect(value(data, 'mandant.briefanrede')).toBe(greeting);
  });

  it('writes foreign addresses with the country in capitals and uses the Postfach', () => {
    const data = build({
      kind: 'person',
      salutation: 'herr',
      firstName: 'Otto',
      lastName: 'von Bülow',
      address: { street: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' },
    });
    expect(value(data, 'mandant.anschrift')).toBe('Herrn\nOtto von Bülow\nRing 1\n1010 WIEN\nÖSTERREICH');
    expect(value(data, 'mandant.briefanrede')).toBe('Sehr geehrter Herr von Bülow,');
    expect(value(data, 'istAuslandsanschrift')).toBe(true);
    const poBox = build({
      kind: 'company',
      companyName: 'Weber GmbH',
      address: { street: 'Hauptstraße 5', postalCode: '50667', city: 'Köln' },
      postalAddress: { poBox: '10 02 03', postalCode: '50442', city: 'Köln' },
    });
    expect(value(poBox, 'mandant.anschrift')).toBe('Weber GmbH\nPostfach 10 02 03\n50442 Köln');
  });

  it('greets informally and honours a stored Briefanrede', () => {
    const informal = build({
      kind: 'person',
      salutation: 'frau',
      firstName: 'Anna',
      lastName: 'Schmidt',
      informal: true,
    });
    expect(value(informal, 'mandant.briefanrede')).toBe('Liebe Frau Schmidt,');
    expect(value(informal, 'mandant.grussformel')).toBe('Viele Grüße');
    const stored = build({
      kind: 'person',
      salutation: 'herr',
      lastName: 'Graf',
      letterSalutation: 'Sehr geehrter Herr Graf Lambsdorff,',
    });
    expect(value(stored, 'mandant.briefanrede')).toBe('Sehr geehrter Herr Graf Lambsdorff,');
  });
});

describe('buildRenderData: identifiers, dates and orders', () => {
  it('prints Steuernummer in the Land format, Steuer-ID grouped, IBAN in groups', () => {
    const data = buildRenderData(sampleInput(sampleClients.herrDr));
    expect(value(data, 'mandant.steuernummer')).toBe('215/8150/8155');
    expect(value(data, 'mandant.steuernummerElster')).toBe('5215081508155');
    expect(value(data, 'mandant.steuerId')).toBe('86 095 742 719');
    expect(value(data, 'kanzlei.iban')).toBe('DE89 3704 0044 0532 0130 00');
    const typed = build({ kind: 'person', lastName: 'X', taxNumbers: [{ value: '93815/08152' }] });
    expect(value(typed, 'mandant.steuernummerElster')).toBe('2893081508152');
    const ambiguous = build({ kind: 'person', lastName: 'X', taxNumbers: [{ value: '181/815/08155' }] });
    expect(value(ambiguous, 'mandant.steuernummer')).toBe('181/815/08155');
    expect(value(ambiguous, 'mandant.steuernummerElster')).toBe('');
    const withLand = build({
      kind: 'person',
      lastName: 'X',
      taxNumbers: [{ value: '181/815/08155', land: 'BY' }],
    });
    expect(value(withLand, 'mandant.steuernummerElster')).toBe('9181081508155');
  });

  it('names legal form and register', () => {
    const data = buildRenderData(sampleInput(sampleClients.gmbhContact));
    expect(value(data, 'mandant.rechtsform')).toBe('GmbH');
    expect(value(data, 'mandant.rechtsformLang')).toBe('Gesellschaft mit beschränkter Haftung');
    expect(value(data, 'mandant.registernummer')).toBe('HRB 12345');
    expect(value(data, 'istUnternehmen')).toBe(true);
    expect(value(data, 'istPerson')).toBe(false);
    expect(value(data, 'hatAnsprechpartner')).toBe(true);
    expect(value(data, 'ansprechpartner.name')).toBe('Sandra Weber');
    expect(value(data, 'ansprechpartner.funktion')).toBe('Geschäftsführerin');
  });

  it('formats dates, periods, the Bescheid and the date line', () => {
    const data = buildRenderData(sampleInput(sampleClients.frau));
    expect(value(data, 'heute')).toBe('24.11.2026');
    expect(value(data, 'heute_lang')).toBe('24. November 2026');
    expect(value(data, 'datumszeile')).toBe('Köln, 24. November 2026');
    expect(value(data, 'vorjahr')).toBe('2025');
    expect(value(data, 'mandant.geburtsdatum')).toBe('02.09.1975');
    expect(value(data, 'auftrag.zeitraum')).toBe('2025');
    expect(value(data, 'auftrag.frist')).toBe('31.07.2026');
    expect(value(data, 'auftrag.fristLang')).toBe('31. Juli 2026');
    expect(value(data, 'auftrag.status')).toBe('In Bearbeitung');
    expect(value(data, 'bescheid.bezeichnung')).toBe('Einkommensteuerbescheid 2024');
    expect(value(data, 'bescheid.datum')).toBe('03.11.2026');
    expect(value(data, 'bescheid.steuerart')).toBe('Einkommensteuer');
    expect(value(data, 'bescheid.einspruchsfrist')).toBe('31.07.2026');
    expect(value(data, 'finanzamt.anschrift')).toBe('Finanzamt Köln-Mitte\nBlaubach 7\n50676 Köln');
    expect(value(data, 'finanzamt.briefanrede')).toBe('Sehr geehrte Damen und Herren,');
    expect(value(data, 'offeneAuftraege')).toEqual([
      {
        nr: '1',
        titel: 'Einkommensteuererklärung 2025',
        art: 'Einkommensteuererklärung',
        zeitraum: '2025',
        frist: '31.07.2026',
        status: 'In Bearbeitung',
      },
      {
        nr: '2',
        titel: 'Umsatzsteuer-Voranmeldung Oktober 2026',
        art: '',
        zeitraum: 'Oktober 2026',
        frist: '10.12.2026',
        status: '',
      },
    ]);
    const gewst = build(
      { kind: 'company', companyName: 'X GmbH' },
      { bescheid: { taxType: 'Gewerbesteuer', year: 2023, amountCents: 123456 } },
    );
    expect(value(gewst, 'bescheid.bezeichnung')).toBe('Gewerbesteuermessbescheid 2023');
    expect(value(gewst, 'bescheid.betrag')).toBe('1.234,56 €');
    const quarter = build(
      { kind: 'person', lastName: 'X' },
      { auftrag: { title: 'UStVA', period: { year: 2026, quarter: 4 } } },
    );
    expect(value(quarter, 'auftrag.zeitraum')).toBe('4. Quartal 2026');
  });

  it('strips control characters from every value', () => {
    const data = build({ kind: 'company', companyName: 'Müller & Söhne\u0007 <GmbH>\u0000' });
    expect(value(data, 'mandant.firma')).toBe('Müller & Söhne <GmbH>');
    expect(value(data, 'mandant.anschrift')).toBe('Müller & Söhne <GmbH>');
  });
});

describe('buildRenderData: overrides for one document', () => {
  it('never changes the input records', () => {
    const input = deepFreeze(sampleInput(sampleClients.herrDr));
    const before = JSON.stringify(input);
    const data = buildRenderData(input, { 'mandant.geburtsdatum': '1.2.1970', 'mandant.nachname': 'Meyer' });
    expect(JSON.stringify(input)).toBe(before);
    expect(value(data, 'mandant.geburtsdatum')).toBe('01.02.1970');
  });

  it('lets values built from an overridden value follow it', () => {
    const data = buildRenderData(sampleInput(sampleClients.herrDr), {
      'mandant.nachname': 'Meyer',
      'mandant.strasse': 'Ring 2',
      'kanzlei.ort': 'Bonn',
      heute: '2026-12-01',
    });
    expect(value(data, 'mandant.briefanrede')).toBe('Sehr geehrter Herr Dr. Meyer,');
    expect(value(data, 'mandant.anschrift')).toBe('Herrn\nDr. Thomas Meyer\nRing 2\n50667 Köln');
    expect(value(data, 'datumszeile')).toBe('Bonn, 1. Dezember 2026');
  });

  it('overrides built values directly, formats by type and switches conditions', () => {
    const data = buildRenderData(sampleInput(sampleClients.gmbh), {
      'mandant.briefanrede': 'Sehr geehrter Herr Schulz,',
      'eingabe.betrag': '1234,5',
      'eingabe.anlagen': 'Vollmacht\nBescheid',
      unterlagen: 'Kontoauszüge\n\nInventurliste',
      istInformell: 'ja',
      'gibt.es.nicht': 'x',
    });
    expect(value(data, 'mandant.briefanrede')).toBe('Sehr geehrter Herr Schulz,');
    expect(value(data, 'eingabe.betrag')).toBe('1.234,50 €');
    expect(value(data, 'hatAnlagen')).toBe(true);
    expect(value(data, 'istInformell')).toBe(true);
    expect(value(data, 'unterlagen')).toEqual([
      { nr: '1', bezeichnung: 'Kontoauszüge', hinweis: '' },
      { nr: '2', bezeichnung: 'Inventurliste', hinweis: '' },
    ]);
    expect(value(data, 'gibt.es.nicht')).toBeUndefined();
  });
});
