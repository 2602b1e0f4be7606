import { describe, expect, it } from 'vitest';
import type { ClientDetail, ClientSaveResult } from '../../src-shared/clients/client-output';
import type { AuditEntry } from '../../src-shared/ipc';
import { call, callFails, ids } from '../helpers/clients';
import { useCores } from '../helpers/core';

const fullPerson = {
  kind: 'person',
  salutation: 'frau',
  title: 'Dr.',
  firstName: 'Anna',
  lastName: 'Müller',
  birthName: 'Schmidt',
  birthDate: '24.11.1970',
  steuerId: '86 095 742 719',
  address: { street: 'Leopoldstraße 12', postalCode: '80802', city: 'München' },
  postalAddress: { poBox: '10 02 03', postalCode: '80077', city: 'München' },
  email: 'anna.mueller@example.de',
  phone: '089 1234567',
  mobile: '0151 2345678',
  tags: ['Privat', 'Lohn'],
  notes: 'Bevorzugt Kontakt per E-Mail.',
  taxNumbers: [{ value: '181 / 815 / 0815 5', taxType: 'est', validFrom: '2020-01-01' }],
  bankAccounts: [
    {
      iban: 'de89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
      accountHolder: 'Anna Müller',
      sepaMandateRef: 'RSK-10000-1',
    },
  ],
} as const;

describe('clients: model', () => {
  const cores = useCores();

  it('stores a person with everything the office writes to and about her, normalised', async () => {
    const core = await cores.startLoggedIn();
    const created = await call<ClientSaveResult>(core, 'clients:create', fullPerson);
    const detail = await call<ClientDetail>(core, 'clients:get', { id: created.id });
    expect(detail).toMatchObject({
      clientNumber: '10000',
      kind: 'person',
      status: 'aktiv',
      displayName: 'Müller, Anna',
      salutation: 'frau',
      title: 'Dr.',
      birthName: 'Schmidt',
      birthDate: '1970-11-24',
      steuerId: '86095742719',
      steuerIdFormatted: '86 095 742 719',
      address: { street: 'Leopoldstraße 12', postalCode: '80802', city: 'München', country: 'DE' },
      postalAddress: { poBox: '10 02 03', postalCode: '80077', city: 'München' },
      finanzamtLand: 'BY',
      tags: ['Privat', 'Lohn'],
      version: 1,
      archivedAt: null,
    });
    expect(detail.taxNumbers).toEqual([
      expect.objectContaining({
        taxType: 'est',
        elster13: ids.steuernummerBy13,
        printed: '181/815/08155',
        land: 'BY',
        bufa: '9181',
        validFrom: '2020-01-01',
        finanzamt: expect.objectContaining({
          bufa: '9181',
          displayName: 'Finanzamt München Überschusseinkünfte',
        }),
      }),
    ]);
    expect(detail.bankAccounts).toEqual([
      expect.objectContaining({
        iban: 'DE89370400440532013000',
        ibanFormatted: 'DE89 3704 0044 0532 0130 00',
        bic: 'COBADEFFXXX',
        sepaMandateRef: 'RSK-10000-1',
      }),
    ]);
    expect(detail.letter).toEqual({
      addressLines: ['Frau', 'Dr. Anna Müller', 'Postfach 10 02 03', '80077 München'],
      greeting: 'Sehr geehrte Frau Dr. Müller,',
    });
  });

  it('stores a company with legal form, register entry and Ansprechpartner', async () => {
    const core = await cores.startLoggedIn();
    const created = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'company',
      companyName: 'Nordlicht Software GmbH',
      registerCourt: 'München',
      registerNumber: 'HRB 178881',
      ustIdNr: 'DE 136 695 976',
      address: { street: 'Isarweg 1', postalCode: '80331', city: 'München' },
      contacts: [
        {
          salutation: 'herr',
          title: 'Prof. Dr.',
          firstName: 'Bernd',
          lastName: 'Mey',
          role: 'Geschäftsführer',
        },
      ],
      bankAccounts: [{ iban: ids.iban }, { iban: ids.iban2 }],
    });
    expect(created).toMatchObject({
      kind: 'company',
      displayName: 'Nordlicht Software GmbH',
      legalForm: 'gmbh',
      legalFormName: 'GmbH',
      registerCourt: 'München',
      registerType: 'HRB',
      registerNumber: '178881',
      registerFull: 'Amtsgericht München, HRB 178881',
      ustIdNr: 'DE136695976',
      contacts: [expect.objectContaining({ lastName: 'Mey', role: 'Geschäftsführer' })],
      warnings: [],
    });
    expect(created.bankAccounts.map((b) => b.iban)).toEqual([ids.iban, ids.iban2]);
    expect(created.letter).toEqual({
      addressLines: [
        'Nordlicht Software GmbH',
        'Herrn Professor Dr. Bernd Mey',
        'Isarweg 1',
        '80331 München',
      ],
      greeting: 'Sehr geehrter Herr Professor Mey,',
    });
  });

  it('keeps working for the renderer’s minimal create calls', async () => {
    const core = await cores.startLoggedIn();
    const person = await call<ClientSaveResult>(core, 'clients:create', { kind: 'person', lastName: 'Weiß' });
    const company = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'company',
      companyName: 'Beispiel GmbH',
    });
    expect([person.clientNumber, company.clientNumber]).toEqual(['10000', '10001']);
    expect(company.legalForm).toBe('gmbh');
  });

  it('answers a wrong Steuernummer check digit with a German message at the field path', async () => {
    const core = await cores.startLoggedIn();
    const error = await callFails(core, 'clients:create', {
      kind: 'person',
      lastName: 'Müller',
      taxNumbers: [{ value: ids.steuernummerBy }, { value: '9181081508156' }],
      steuerId: '86095742710',
      ustIdNr: 'DE136695978',
      bankAccounts: [{ iban: 'DE89370400440532013001' }],
      address: { postalCode: '8080' },
      birthDate: '31.02.1980',
      email: 'kein-at-zeichen',
    });
    expect(error.kind).toBe('validation');
    expect(error.details?.fields).toEqual({
      'taxNumbers.1.value':
        'Die Prüfziffer (letzte Ziffer) passt nicht zur Steuernummer. Bitte auf Tippfehler prüfen.',
      steuerId: 'Die Prüfziffer (letzte Ziffer) passt nicht zur Steuer-ID. Bitte auf Tippfehler prüfen.',
      ustIdNr: 'Die Prüfziffer (letzte Ziffer) passt nicht zur USt-IdNr. Bitte auf Tippfehler prüfen.',
      'bankAccounts.0.iban': 'Die Prüfziffer der IBAN stimmt nicht. Bitte auf Tippfehler prüfen.',
      'address.postalCode': 'Die Postleitzahl hat in Deutschland 5 Ziffern (z. B. 01067).',
      birthDate: 'Den 31.02.1980 gibt es nicht. Bitte Tag und Monat prüfen.',
      email: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.',
    });
    expect(error.userMessage).toMatch(/^Die Eingabe ist ungültig: Die Prüfziffer/);
    expect((await call<{ total: number }>(core, 'clients:list', {})).total).toBe(0);
  });

  it('asks for the Land when a printed Steuernummer fits several, and warns about unknown Finanzämter', async () => {
    const core = await cores.startLoggedIn();
    const ambiguous = await callFails(core, 'clients:create', {
      kind: 'person',
      lastName: 'Test',
      taxNumbers: [{ value: '2181508150' }],
    });
    expect(ambiguous.details?.fields?.['taxNumbers.0.value']).toMatch(/Bundesland .* nicht eindeutig/);
    const saved = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'person',
      lastName: 'Test',
      taxNumbers: [{ value: '21/815/08150', land: 'BE' }, { value: '3201012312340' }],
    });
    expect(saved.taxNumbers.map((t) => [t.printed, t.finanzamt?.name ?? null])).toEqual([
      ['21/815/08150', 'Tempelhof'],
      ['201/123/12340', null],
    ]);
    expect(saved.warnings).toEqual([
      {
        field: 'taxNumbers.1.value',
        message: expect.stringMatching(
          /Das Finanzamt 3201 ist im Finanzamtsverzeichnis nicht \(mehr\) enthalten/,
        ),
      },
    ]);
  });

  it('refuses fields of the other kind', async () => {
    const core = await cores.startLoggedIn();
    const company = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'company',
      companyName: 'X GmbH',
    });
    const error = await callFails(core, 'clients:update', {
      id: company.id,
      version: 1,
      steuerId: ids.steuerId,
    });
    expect(error.details?.fields).toEqual({ steuerId: 'Dieses Feld gibt es nur bei natürlichen Personen.' });
  });

  it('updates only the fields sent and refuses a stale version (concurrent edit)', async () => {
    const core = await cores.startLoggedIn();
    const created = await call<ClientSaveResult>(core, 'clients:create', fullPerson);
    const first = await call<ClientSaveResult>(core, 'clients:update', {
      id: created.id,
      version: 1,
      email: 'neu@example.de',
      postalAddress: null,
    });
    expect(first).toMatchObject({ version: 2, email: 'neu@example.de', postalAddress: null, title: 'Dr.' });
    expect(first.taxNumbers).toHaveLength(1);

    // A second window still has version 1.
    const conflict = await callFails(core, 'clients:update', {
      id: created.id,
      version: 1,
      phone: '089 999',
    });
    expect(conflict).toMatchObject({
      kind: 'conflict',
      userMessage:
        'Der Mandant wurde inzwischen von Ihnen (in einem anderen Fenster oder einer anderen Ansicht) geändert. Bitte laden Sie ihn neu.',
      details: { code: 'version_conflict', currentVersion: 2 },
    });
    const unchanged = await call<ClientDetail>(core, 'clients:get', { id: created.id });
    expect(unchanged.phone).toBe('089 1234567');

    // Saving without changes writes nothing and keeps the version.
    const same = await call<ClientSaveResult>(core, 'clients:update', {
      id: created.id,
      version: 2,
      email: 'neu@example.de',
    });
    expect(same.version).toBe(2);

    const history = await call<{ items: AuditEntry[] }>(core, 'clients:history', { id: created.id });
    expect(history.items.map((e) => e.action)).toEqual(['client.update', 'client.create']);
    expect(history.items[0]).toMatchObject({
      actorName: 'Maria Schulz',
      before: { email: 'anna.mueller@example.de', poBox: '10 02 03' },
      after: { email: 'neu@example.de', poBox: null },
    });
  });

  it('links spouses on both sides and unlinks them again', async () => {
    const core = await cores.startLoggedIn();
    const anna = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'person',
      firstName: 'Anna',
      lastName: 'Müller',
    });
    const ben = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'person',
      firstName: 'Ben',
      lastName: 'Müller',
      partnerId: anna.id,
    });
    expect(ben.partner).toEqual({
      id: anna.id,
      clientNumber: anna.clientNumber,
      displayName: 'Müller, Anna',
    });
    const annaNow = await call<ClientDetail>(core, 'clients:get', { id: anna.id });
    expect(annaNow.partner?.id).toBe(ben.id);
    const third = await callFails(core, 'clients:create', {
      kind: 'person',
      lastName: 'Dritte',
      partnerId: anna.id,
    });
    expect(third.details?.fields?.['partnerId']).toMatch(/bereits mit einem anderen Mandanten/);

    await call(core, 'clients:update', { id: ben.id, version: ben.version, partnerId: null });
    expect((await call<ClientDetail>(core, 'clients:get', { id: anna.id })).partner).toBeNull();
  });

  it('archives instead of deleting, and deletes only without dependents', async () => {
    const core = await cores.startLoggedIn();
    const client = await call<ClientSaveResult>(core, 'clients:create', fullPerson);
    const other = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'person',
      lastName: 'Ohne Aufträge',
    });
    const now = new Date().toISOString();
    core.deps.sqlite
      .prepare(
        `INSERT INTO orders (client_id, order_type_id, title, created_at, updated_at)
         VALUES (?, (SELECT id FROM order_types ORDER BY id LIMIT 1), 'ESt 2025', ?, ?)`,
      )
      .run(client.id, now, now);

    const refused = await callFails(core, 'clients:delete', { id: client.id, version: client.version });
    expect(refused).toMatchObject({
      kind: 'conflict',
      userMessage: `Der Mandant ${client.clientNumber} kann nicht gelöscht werden, weil noch 1 Aufträge zu ihm gehören. Archivieren Sie ihn stattdessen.`,
    });
    const archived = await call<ClientDetail>(core, 'clients:archive', {
      id: client.id,
      version: client.version,
    });
    expect(archived).toMatchObject({ status: 'ehemalig', version: 2, archivedAt: expect.any(String) });
    expect(archived.taxNumbers).toHaveLength(1);

    await call(core, 'clients:delete', { id: other.id, version: other.version });
    expect((await callFails(core, 'clients:get', { id: other.id })).kind).toBe('not_found');
    expect(
      core.deps.sqlite
        .prepare('SELECT count(*) FROM client_tax_numbers WHERE client_id = ?')
        .pluck()
        .get(other.id),
    ).toBe(0);
    const history = await call<{ items: AuditEntry[] }>(core, 'clients:history', { id: other.id });
    expect(history.items[0]).toMatchObject({
      action: 'client.delete',
      before: { lastName: 'Ohne Aufträge' },
    });
  });

  it('follows the office’s Mandantennummer scheme and refuses a taken number', async () => {
    const core = await cores.startLoggedIn();
    expect(await call(core, 'clients:number-scheme')).toEqual({ start: 10_000, digits: 5, next: '10000' });
    await call(core, 'clients:set-number-scheme', { start: 1, digits: 6 });
    const first = await call<ClientSaveResult>(core, 'clients:create', { kind: 'person', lastName: 'Eins' });
    const typed = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'person',
      lastName: 'Alt',
      clientNumber: 'A-17',
    });
    const second = await call<ClientSaveResult>(core, 'clients:create', { kind: 'person', lastName: 'Zwei' });
    expect([first.clientNumber, typed.clientNumber, second.clientNumber]).toEqual([
      '000001',
      'A-17',
      '000002',
    ]);
    const taken = await callFails(core, 'clients:create', {
      kind: 'person',
      lastName: 'Drei',
      clientNumber: '000001',
    });
    expect(taken).toMatchObject({
      kind: 'conflict',
      userMessage: 'Die Mandantennummer 000001 ist bereits vergeben.',
    });
  });
});
