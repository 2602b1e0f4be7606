import { describe, expect, it } from 'vitest';
import type { ClientDuplicate, ClientSaveResult } from '../../src-shared/clients/client-output';
import { call, callFails, ids } from '../helpers/clients';
import { useCores } from '../helpers/core';

const anna = {
  kind: 'person',
  firstName: 'Anna',
  lastName: 'Müller',
  steuerId: ids.steuerId,
  address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München' },
  taxNumbers: [{ value: ids.steuernummerBy }],
} as const;

describe('clients: duplicate warning', () => {
  const cores = useCores();

  it('refuses a second client with the same Steuer-ID and names the existing one, unless confirmed', async () => {
    const core = await cores.startLoggedIn();
    const first = await call<ClientSaveResult>(core, 'clients:create', anna);
    const error = await callFails(core, 'clients:create', {
      kind: 'person',
      lastName: 'Anders',
      steuerId: '86 095 742 719',
    });
    expect(error).toMatchObject({
      kind: 'conflict',
      userMessage: `Diesen Mandanten gibt es vielleicht schon: Müller, Anna (${first.clientNumber}: gleiche Steuer-ID). Bitte prüfen oder die Neuanlage bestätigen.`,
      details: { code: 'duplicate_client' },
    });
    expect(error.details?.['duplicates']).toEqual([
      expect.objectContaining({ id: first.id, clientNumber: first.clientNumber, reasons: ['steuerId'] }),
    ]);
    const confirmed = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'person',
      lastName: 'Anders',
      steuerId: ids.steuerId,
      confirmDuplicate: true,
    });
    expect(confirmed.clientNumber).not.toBe(first.clientNumber);
  });

  it('finds a very similar name at the same address, a shared Steuernummer and a USt-IdNr', async () => {
    const core = await cores.startLoggedIn();
    const first = await call<ClientSaveResult>(core, 'clients:create', anna);
    const company = await call<ClientSaveResult>(core, 'clients:create', {
      kind: 'company',
      companyName: 'Müller Bau GmbH',
      ustIdNr: ids.ustIdNr,
    });

    const check = (input: object) =>
      call<{ duplicates: ClientDuplicate[] }>(core, 'clients:check-duplicates', input).then((r) =>
        r.duplicates.map((d) => [d.clientNumber, d.reasons]),
      );
    expect(
      await check({
        kind: 'person',
        lastName: 'Mueller',
        firstName: 'Anna',
        street: 'Hauptstr. 5',
        postalCode: '80331',
      }),
    ).toEqual([[first.clientNumber, ['nameAndAddress']]]);
    expect(
      await check({
        kind: 'person',
        lastName: 'Müller',
        firstName: 'Ben',
        street: 'Hauptstraße 5',
        postalCode: '80331',
      }),
    ).toEqual([]);
    expect(
      await check({
        kind: 'person',
        lastName: 'Müller',
        firstName: 'Anna',
        street: 'Hauptstraße 7',
        postalCode: '80331',
      }),
    ).toEqual([]);
    // Spouses share the Steuernummer under joint assessment: reported, the user decides.
    expect(await check({ kind: 'person', lastName: 'Müller', taxNumbers: ['9181081508155'] })).toEqual([
      [first.clientNumber, ['taxNumber']],
    ]);
    expect(await check({ kind: 'company', companyName: 'Andere GmbH', ustIdNr: 'DE 136695976' })).toEqual([
      [company.clientNumber, ['ustIdNr']],
    ]);
    // While typing, an identifier that is not complete yet is simply not checked.
    expect(await check({ kind: 'person', lastName: 'X', steuerId: '86095' })).toEqual([]);
    // The client being edited is not its own duplicate.
    expect(
      await check({ kind: 'person', lastName: 'Müller', steuerId: ids.steuerId, excludeId: first.id }),
    ).toEqual([]);
  });
});
