import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import { destroySharedExtractionPool } from '../../src-main/core/analysis';
import { analyzeFile } from '../../src-main/core/services/documents/analyze-file';
import { createDbClientDirectory } from '../../src-main/core/services/documents/db-client-directory';
import { seedSyntheticClients } from '../../src-main/core/services/seed/synthetic-clients';
import { contracts } from '../../src-shared/ipc/contracts';
import { steuernummerKeys, type ClientRef } from '../../src-shared/rules/documents';
import { validateSteuernummer } from '../../src-shared/rules/steuernummer';
import { expectOk, setupOffice, TEST_OFFICE, useCores } from '../helpers/core';

const HEADER =
  'Mandantennummer;Typ;Anrede;Titel;Vorname;Nachname;Firma;Rechtsform;Straße;PLZ;Ort;E-Mail;Telefon;Steuernummer;Steuer-ID;USt-IdNr;Finanzamt;Geburtsdatum;IBAN';
const ROWS = [
  '10001;Unternehmen;Firma;;;;Zahnarztpraxis Dr. Keller GmbH;GmbH;Eichendorffstraße 9;79107;Freiburg im Breisgau;office@keller-firma.example;0761 2050212;06860/94476;;DE231594655;Freiburg-Stadt;;DE57100100109931711186',
  '10002;natürliche Person;Herr;Dr.;Ulrich;Hartmann;;;Auf der Höhe 11;60315;Frankfurt am Main;ulrich.hartmann@gmail.com;069 3524305;045 103 03219;76064213856;;Frankfurt am Main;15.06.1966;DE42660908004868140810',
  '10003;natürliche Person;Herr;;Jürgen;Müller;;;Domstraße 5;50668;Köln;;;;;;;;',
  '10004;Unternehmen;Firma;;;;Bäckerei Schmidt GmbH;GmbH;Hauptstraße 3;33602;Bielefeld;;;;;;;;',
  '10005;natürliche Person;Herr;;Jürgen;Müller;;;Lindenweg 2;01067;Dresden;;;;;;;;',
];

async function importClients(core: Core, rows: readonly string[]): Promise<void> {
  const result = expectOk(
    await core.invokeAs(core.actor, contracts.clients.importRun.channel, {
      bytes: new TextEncoder().encode(`${[HEADER, ...rows].join('\r\n')}\r\n`),
      fileName: 'mandanten.csv',
      mode: 'valid-only',
      updateExisting: false,
      taskId: randomUUID(),
    }),
  ) as { imported: number; rejected: unknown[] };
  expect(result.rejected).toEqual([]);
  expect(result.imported).toBe(rows.length);
}

const numbers = (refs: readonly ClientRef[]) => refs.map((ref) => ref.clientNumber).sort();

describe('database client directory', () => {
  const cores = useCores();

  async function officeWithClients(): Promise<Core> {
    const core = await cores.start({ dataDir: cores.tempDir() });
    await setupOffice(core);
    await importClients(core, ROWS);
    return core;
  }

  it('finds clients by the 13-digit Steuernummer and by every printed form that validates to it', async () => {
    const core = await officeWithClients();
    const directory = createDbClientDirectory(core.deps);
    const hessen = validateSteuernummer('045 103 03219', { land: 'HE' });
    const bw = validateSteuernummer('06860/94476', { land: 'BW' });
    if (!hessen.ok || !bw.ok) throw new Error('test data: Steuernummern must validate');
    expect(numbers(await directory.findByIdentifier('steuernummer', hessen.elster13))).toEqual(['10002']);
    expect(numbers(await directory.findByIdentifier('steuernummer', bw.elster13))).toEqual(['10001']);
    // As printed on a letter (the matcher turns it into its ELSTER forms), also in the Bundesschema.
    for (const printed of ['045 103 03219', '045/103/03219', hessen.elster13]) {
      const found = await Promise.all(
        steuernummerKeys(printed, 'HE').map((key) => directory.findByIdentifier('steuernummer', key)),
      );
      expect(numbers(found.flat())).toEqual(['10002']);
    }
    expect(await directory.findByIdentifier('steuernummer', '0000000000000')).toEqual([]);
  });

  it('finds clients by Steuer-ID, USt-IdNr, IBAN and e-mail address, exactly', async () => {
    const core = await officeWithClients();
    const directory = createDbClientDirectory(core.deps);
    expect(numbers(await directory.findByIdentifier('steuerId', '76064213856'))).toEqual(['10002']);
    expect(numbers(await directory.findByIdentifier('ustId', 'DE231594655'))).toEqual(['10001']);
    expect(numbers(await directory.findByIdentifier('iban', 'DE57100100109931711186'))).toEqual(['10001']);
    expect(numbers(await directory.findByIdentifier('iban', 'DE42660908004868140810'))).toEqual(['10002']);
    expect(numbers(await directory.findByIdentifier('email', 'ulrich.hartmann@gmail.com'))).toEqual([
      '10002',
    ]);
    expect(await directory.findByIdentifier('email', 'hartmann@gmail.com')).toEqual([]);
    expect(await directory.findByIdentifier('iban', 'DE89370400440532013000')).toEqual([]);
    expect(await directory.findByIdentifier('steuerId', '12345678903')).toEqual([]);

    const [ref] = await directory.findByIdentifier('steuerId', '76064213856');
    expect(ref).toMatchObject({
      clientNumber: '10002',
      kind: 'person',
      firstName: 'Ulrich',
      lastName: 'Hartmann',
      street: 'Auf der Höhe 11',
      postalCode: '60315',
      city: 'Frankfurt am Main',
    });
    expect(ref?.id).toMatch(/^\d+$/);
  });

  it('searches names with umlauts or ae/oe/ue, in any order, with a typo, and everybody at the postal code', async () => {
    const core = await officeWithClients();
    const directory = createDbClientDirectory(core.deps);
    for (const name of [
      'Jürgen Müller',
      'Juergen Mueller',
      'Jurgen Muller',
      'Müller, Jürgen',
      'JÜRGEN MÜLLER',
    ]) {
      expect(numbers(await directory.searchByName(name, {})), name).toEqual(['10003', '10005']);
    }
    // A typo in the surname: the first name and the stem still find him.
    expect(numbers(await directory.searchByName('Jürgen Müllner', {}))).toEqual(['10003', '10005']);
    // Firm words in another order, legal form and title ignored.
    expect(numbers(await directory.searchByName('Schmidt Bäckerei GmbH', {}))).toContain('10004');
    expect(numbers(await directory.searchByName('Herrn Dr. Ulrich Hartmann', {}))).toContain('10002');
    // Nothing in common with the name, but the same postal code: still a candidate for the matcher.
    expect(numbers(await directory.searchByName('Hans Hartmannsweiler', { postalCode: '79107' }))).toEqual([
      '10001',
    ]);
    expect(await directory.searchByName('Zzyzx Qwrtz', {})).toEqual([]);
  });

  it('keeps lookups bounded and fast with many clients', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    await setupOffice(core);
    seedSyntheticClients(core.deps, core.actor, 10_000, 4);
    const directory = createDbClientDirectory(core.deps);
    const sample = core.deps.sqlite
      .prepare(
        `SELECT c.display_name AS name, c.postal_code AS postalCode, c.city AS city, t.elster13 AS elster13
         FROM clients c JOIN client_tax_numbers t ON t.client_id = c.id ORDER BY c.id LIMIT 50`,
      )
      .all() as { name: string; postalCode: string | null; city: string | null; elster13: string }[];
    expect(sample.length).toBe(50);
    const started = performance.now();
    for (const client of sample) {
      const byName = await directory.searchByName(client.name, {
        postalCode: client.postalCode ?? undefined,
        city: client.city ?? undefined,
      });
      expect(byName.length).toBeLessThanOrEqual(1_500);
      expect(byName.some((ref) => ref.displayName === client.name)).toBe(true);
      expect((await directory.findByIdentifier('steuernummer', client.elster13)).length).toBeGreaterThan(0);
    }
    // Generous bound (shared CI machines); typically a few milliseconds per client.
    expect((performance.now() - started) / sample.length).toBeLessThan(100);
  }, 120_000);
});

describe('analyzeFile with the database directory', () => {
  const cores = useCores();
  afterAll(() => destroySharedExtractionPool());
  const letter = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

  async function officeWithClients(): Promise<Core> {
    const core = await cores.start({ dataDir: cores.tempDir() });
    await setupOffice(core);
    await importClients(core, ROWS);
    return core;
  }

  const invoice = letter([
    'Malerbetrieb Krause · Ringstraße 4 · 50667 Köln',
    '',
    'Herrn',
    'Jürgen Mueller',
    'Domstraße 5',
    '50668 Köln',
    '',
    'Rechnung Nr. 2026-117                                   Datum: 12.03.2026',
    '',
    'Malerarbeiten im Treppenhaus',
    'Rechnungsbetrag brutto                                   1.190,00 EUR',
    'Zahlbar bis 26.03.2026 ohne Abzug.',
  ]);

  it('assigns by name and address from the database, not the namesake elsewhere', async () => {
    const core = await officeWithClients();
    const { extraction, analysis } = await analyzeFile(core.deps, { bytes: invoice, name: 'rechnung.txt' });
    expect(extraction.format).toBe('txt');
    expect(analysis.docType.value).toBe('rechnung');
    expect(analysis.client.decision).toBe('match');
    expect(analysis.client.client?.clientNumber).toBe('10003');
  });

  it('assigns by a validated identifier, and never takes the own office as the subject', async () => {
    const core = await officeWithClients();
    const bytes = letter([
      `${TEST_OFFICE.name} · ${TEST_OFFICE.street} · ${TEST_OFFICE.postalCode} ${TEST_OFFICE.city}`,
      '',
      'Herrn Dr. Ulrich Hartmann',
      'Auf der Höhe 11',
      '60315 Frankfurt am Main',
      '',
      'Steuer-ID: 76 064 213 856                                Datum: 02.02.2026',
      '',
      'Ihre Unterlagen für die Einkommensteuererklärung 2025',
      '',
      'Sehr geehrter Herr Dr. Hartmann,',
      'bitte senden Sie uns die fehlenden Belege bis zum 20.02.2026.',
      '',
      'Mit freundlichen Grüßen',
      TEST_OFFICE.name,
    ]);
    const { analysis } = await analyzeFile(core.deps, { bytes, name: 'brief.txt' });
    expect(analysis.client.client?.clientNumber).toBe('10002');
    expect(analysis.subject?.name ?? '').not.toContain('Sonnenschein');
  });

  it('favours the client a file was dropped on unless the document names another one', async () => {
    const core = await officeWithClients();
    const idOf = (number: string) =>
      core.deps.sqlite
        .prepare('SELECT id FROM clients WHERE client_number = ?')
        .pluck()
        .get(number) as number;
    const anonymous = letter([
      'Protokoll der Besprechung vom 03.03.2026',
      '',
      'Themen: Jahresabschluss, Investitionsplanung, Kassenführung.',
    ]);
    const dropped = await analyzeFile(
      core.deps,
      { bytes: anonymous, name: 'protokoll.txt' },
      { preassignedClientId: idOf('10004') },
    );
    expect(dropped.analysis.client.decision).toBe('match');
    expect(dropped.analysis.client.client?.clientNumber).toBe('10004');

    // The invoice names Jürgen Müller in Köln: that wins over the drop target, with a warning.
    const contradicted = await analyzeFile(
      core.deps,
      { bytes: invoice, name: 'rechnung.txt' },
      { preassignedClientId: idOf('10004') },
    );
    expect(contradicted.analysis.client.client?.clientNumber).toBe('10003');
    expect(contradicted.analysis.client.candidates.map((c) => c.clientNumber)).toContain('10004');
    expect(contradicted.analysis.warnings.join(' ')).toMatch(/abgelegt/);

    // Same client found and dropped on: kept, at least 0.95 confident.
    const agreed = await analyzeFile(
      core.deps,
      { bytes: invoice, name: 'rechnung.txt' },
      { preassignedClientId: idOf('10003') },
    );
    expect(agreed.analysis.client.client?.clientNumber).toBe('10003');
    expect(agreed.analysis.client.confidence).toBeGreaterThanOrEqual(0.95);
  });
});
