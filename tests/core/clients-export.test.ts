import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientDetail, ClientSaveResult, ClientSummary } from '../../src-shared/clients/client-output';
import type { ClientImportResult } from '../../src-shared/clients/import-schemas';
import { call, ids, sampleClientsCsv } from '../helpers/clients';
import { useCores } from '../helpers/core';

type Exported = { fileName: string; bytes: Uint8Array; count: number };

const details = async (core: Parameters<typeof call>[0]) => {
  const list = await call<{ items: ClientSummary[] }>(core, 'clients:list', { limit: 1_000 });
  const all = await Promise.all(list.items.map((c) => call<ClientDetail>(core, 'clients:get', { id: c.id })));
  // What must survive the round trip: everything but ids and timestamps.
  return all.map(
    ({ id: _id, createdAt: _c, updatedAt: _u, bankAccounts, taxNumbers, contacts, ...rest }) => ({
      ...rest,
      bankAccounts: bankAccounts.map(({ id: _b, ...b }) => b),
      taxNumbers: taxNumbers.map(({ id: _t, ...t }) => t),
      contacts: contacts.map(({ id: _p, ...p }) => p),
    }),
  );
};

describe('clients: CSV export', () => {
  const cores = useCores();

  it('writes the office columns as UTF-8 with BOM, semicolons and CRLF', async () => {
    const core = await cores.startLoggedIn();
    await call(core, 'clients:create', {
      kind: 'person',
      salutation: 'herr',
      firstName: 'Jürgen',
      lastName: 'Weiß',
      address: { street: 'Hauptstraße 1', postalCode: '01067', city: 'Dresden' },
      taxNumbers: [{ value: ids.steuernummerBy }],
      phone: '+49 351 123456',
      notes: '=HYPERLINK("http://x")\nzweite Zeile; mit Semikolon',
    });
    const exported = await call<Exported>(core, 'clients:export-csv', {});
    expect(exported.fileName).toMatch(/^Mandanten-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...exported.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(exported.bytes.slice(3));
    const [head, row] = text.split('\r\n');
    expect(
      head?.startsWith(
        'Mandantennummer;Typ;Anrede;Titel;Vorname;Nachname;Firma;Rechtsform;Straße;PLZ;Ort;E-Mail;Telefon;Steuernummer;Steuer-ID;USt-IdNr;Finanzamt;Geburtsdatum;IBAN;',
      ),
    ).toBe(true);
    expect(row).toContain(
      '10000;natürliche Person;Herr;;Jürgen;Weiß;;;Hauptstraße 1;01067;Dresden;;+49 351 123456;181/815/08155;;;München Überschusseinkünfte;',
    );
    // Excel would run a cell starting with = as a formula: it gets an apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")\nzweite Zeile; mit Semikolon"`);
  });

  it('round trip: export, import into an empty office, same data', async () => {
    const source = await cores.startLoggedIn();
    const sample = await call<ClientImportResult>(source, 'clients:import-run', {
      bytes: new Uint8Array(fs.readFileSync(sampleClientsCsv)),
      mode: 'valid-only',
      updateExisting: false,
      taskId: 'sample',
    });
    expect(sample.imported).toBe(64);
    const extra = await call<ClientSaveResult>(source, 'clients:create', {
      kind: 'company',
      companyName: 'Nordlicht Software GmbH',
      registerCourt: 'Berlin (Charlottenburg)',
      registerNumber: 'HRB 151080 B',
      status: 'inaktiv',
      tags: ['FiBu', 'Lohn'],
      wIdNr: 'DE136695976-00001',
      address: { street: 'Rue de la Loi 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      contacts: [{ salutation: 'frau', firstName: 'Sandra', lastName: 'Weber' }],
      bankAccounts: [{ iban: ids.iban, bic: 'COBADEFFXXX', accountHolder: 'Nordlicht Software GmbH' }],
      notes: 'Mehrzeilige\nNotiz',
    });
    expect(extra.warnings).toEqual([]);
    const exported = await call<Exported>(source, 'clients:export-csv', {});
    expect(exported.count).toBe(65);

    const target = await cores.startLoggedIn();
    const imported = await call<ClientImportResult>(target, 'clients:import-run', {
      bytes: exported.bytes,
      mode: 'all-or-nothing',
      updateExisting: false,
      taskId: 'roundtrip',
    });
    expect(imported).toMatchObject({ imported: 65, rejected: [] });
    expect(await details(target)).toEqual(await details(source));
    const again = await call<Exported>(target, 'clients:export-csv', {});
    expect(Buffer.from(again.bytes).equals(Buffer.from(exported.bytes))).toBe(true);
  });

  it('exports only what a filter selects', async () => {
    const core = await cores.startLoggedIn();
    await call(core, 'clients:create', { kind: 'person', lastName: 'Aktiv' });
    await call(core, 'clients:create', { kind: 'person', lastName: 'Ruhend', status: 'inaktiv' });
    const exported = await call<Exported>(core, 'clients:export-csv', { filter: { status: 'inaktiv' } });
    expect(exported.count).toBe(1);
    expect(new TextDecoder().decode(exported.bytes)).toContain(';Ruhend;');
  });
});
