import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import type { ClientSaveResult, ClientSummary } from '../../src-shared/clients/client-output';
import { call, ids } from '../helpers/clients';
import { useCores } from '../helpers/core';

async function seed(core: Core) {
  const create = (input: object) => call<ClientSaveResult>(core, 'clients:create', input);
  return {
    mueller: await create({
      kind: 'person',
      firstName: 'Anna',
      lastName: 'Müller',
      address: { city: 'München' },
      email: 'anna@example.de',
      steuerId: ids.steuerId,
      taxNumbers: [{ value: ids.steuernummerBy }],
      bankAccounts: [{ iban: ids.iban }],
      tags: ['Lohn'],
    }),
    mueller2: await create({
      kind: 'person',
      firstName: 'Stefan',
      lastName: 'Mueller',
      address: { city: 'Düsseldorf' },
    }),
    aerger: await create({
      kind: 'person',
      firstName: 'Ömer',
      lastName: 'Ärger',
      address: { city: 'Aachen' },
      status: 'inaktiv',
    }),
    abel: await create({
      kind: 'person',
      firstName: 'Zoe',
      lastName: 'Abel',
      address: { city: 'Zwickau' },
      steuerId: ids.steuerId2,
    }),
    zander: await create({
      kind: 'person',
      firstName: 'Karl',
      lastName: 'Zander',
      address: { city: 'Ölsnitz' },
    }),
    firma: await create({
      kind: 'company',
      companyName: 'Weiß & Söhne GmbH',
      ustIdNr: ids.ustIdNr,
      contacts: [{ firstName: 'Petra', lastName: 'Großmann' }],
      taxNumbers: [{ value: '21/815/08150', land: 'BE' }],
      tags: ['FiBu'],
    }),
  };
}

const names = (result: { items: ClientSummary[] }) => result.items.map((item) => item.displayName);
const search = (core: Core, query: string, extra: object = {}) =>
  call<{ items: ClientSummary[]; total: number }>(core, 'clients:list', {
    query,
    sortBy: 'displayName',
    ...extra,
  });

describe('clients: search as you type', () => {
  const cores = useCores();

  it('is case- and umlaut-insensitive: mueller, muller and Müller meet', async () => {
    const core = await cores.startLoggedIn();
    await seed(core);
    expect(names(await search(core, 'mueller'))).toEqual(['Mueller, Stefan', 'Müller, Anna']);
    expect(names(await search(core, 'muller'))).toEqual(['Müller, Anna']);
    expect(names(await search(core, 'MÜLLER'))).toEqual(['Mueller, Stefan', 'Müller, Anna']);
    expect(names(await search(core, 'weiss'))).toEqual(['Weiß & Söhne GmbH']);
    expect(names(await search(core, 'soehne'))).toEqual(['Weiß & Söhne GmbH']);
    expect(names(await search(core, 'ömer'))).toEqual(['Ärger, Ömer']);
  });

  it('finds by prefix while typing, over names, Firma, Ansprechpartner, city and e-mail', async () => {
    const core = await cores.startLoggedIn();
    await seed(core);
    expect(names(await search(core, 'mül'))).toEqual(['Mueller, Stefan', 'Müller, Anna']);
    expect(names(await search(core, 'Anna M'))).toEqual(['Müller, Anna']);
    expect(names(await search(core, 'düss'))).toEqual(['Mueller, Stefan']);
    expect(names(await search(core, 'anna@exa'))).toEqual(['Müller, Anna']);
    expect(names(await search(core, 'großm'))).toEqual(['Weiß & Söhne GmbH']);
    expect((await search(core, 'gibt es nicht')).total).toBe(0);
  });

  it('finds a Steuernummer typed in any form, and Steuer-ID, USt-IdNr, IBAN and Mandantennummer', async () => {
    const core = await cores.startLoggedIn();
    const seeded = await seed(core);
    for (const query of [
      '181/815/08155',
      '181 815 08155',
      '18181508155',
      ids.steuernummerBy13,
      '9181 0815 08155',
      '181/815',
    ]) {
      expect(names(await search(core, query)), query).toEqual(['Müller, Anna']);
    }
    expect(names(await search(core, '1121081508150'))).toEqual(['Weiß & Söhne GmbH']);
    expect(names(await search(core, '21/815/08150'))).toEqual(['Weiß & Söhne GmbH']);
    expect(names(await search(core, '86 095 742 719'))).toEqual(['Müller, Anna']);
    expect(names(await search(core, 'DE 136 695 976'))).toEqual(['Weiß & Söhne GmbH']);
    expect(names(await search(core, '136695976'))).toEqual(['Weiß & Söhne GmbH']);
    expect(names(await search(core, 'DE89 3704'))).toEqual(['Müller, Anna']);
    expect(names(await search(core, seeded.zander.clientNumber))).toEqual(['Zander, Karl']);
  });

  it('sorts German-aware (Ä with A) and filters by kind, status, Berater and tag', async () => {
    const core = await cores.startLoggedIn();
    await seed(core);
    const all = await call<{ items: ClientSummary[] }>(core, 'clients:list', { sortBy: 'displayName' });
    expect(names(all)).toEqual([
      'Abel, Zoe',
      'Ärger, Ömer',
      'Mueller, Stefan',
      'Müller, Anna',
      'Weiß & Söhne GmbH',
      'Zander, Karl',
    ]);
    const byCity = await call<{ items: ClientSummary[] }>(core, 'clients:list', {
      sortBy: 'city',
      sortDir: 'desc',
    });
    expect(byCity.items.map((c) => c.city)).toEqual([
      'Zwickau',
      'Ölsnitz',
      'München',
      'Düsseldorf',
      'Aachen',
      null,
    ]);
    expect(names(await search(core, 'm', { kind: 'person' }))).toEqual(['Mueller, Stefan', 'Müller, Anna']);
    expect(names(await call(core, 'clients:list', { status: 'inaktiv' }))).toEqual(['Ärger, Ömer']);
    expect(names(await call(core, 'clients:list', { tag: 'FiBu' }))).toEqual(['Weiß & Söhne GmbH']);
    const now = new Date().toISOString();
    const beraterId = Number(
      core.deps.sqlite
        .prepare(
          "INSERT INTO berater (name, profession, created_at, updated_at) VALUES ('Dr. Vogt', 'Steuerberaterin', ?, ?)",
        )
        .run(now, now).lastInsertRowid,
    );
    const abel = (await search(core, 'abel')).items[0];
    await call(core, 'clients:update', { id: abel?.id, version: abel?.version, beraterId });
    expect(names(await call(core, 'clients:list', { beraterId }))).toEqual(['Abel, Zoe']);
    expect(names(await search(core, 'zoe', { beraterId }))).toEqual(['Abel, Zoe']);
    expect((await search(core, 'anna', { beraterId })).total).toBe(0);
    expect(names(await search(core, 'ander', { sortDir: 'desc' }))).toEqual([]);
    expect(await call(core, 'clients:tags')).toEqual({
      items: [
        { tag: 'FiBu', count: 1 },
        { tag: 'Lohn', count: 1 },
      ],
    });
  });

  it('pages a search and keeps the total', async () => {
    const core = await cores.startLoggedIn();
    await seed(core);
    const page1 = await search(core, 'e', { limit: 2, sortBy: 'displayName' });
    const page2 = await search(core, 'e', { limit: 2, offset: 2, sortBy: 'displayName' });
    expect(page1.total).toBe(page2.total);
    expect(new Set([...names(page1), ...names(page2)]).size).toBe(page1.items.length + page2.items.length);
  });

  it('sorts Mandantennummern numerically: 9999 before 10000', async () => {
    const core = await cores.startLoggedIn();
    await call(core, 'clients:create', { kind: 'person', lastName: 'B', clientNumber: '10000' });
    await call(core, 'clients:create', { kind: 'person', lastName: 'A', clientNumber: '9999' });
    const list = await call<{ items: ClientSummary[] }>(core, 'clients:list', { sortBy: 'clientNumber' });
    expect(list.items.map((c) => c.clientNumber)).toEqual(['9999', '10000']);
  });

  it('keeps the index current on update and delete', async () => {
    const core = await cores.startLoggedIn();
    const { zander } = await seed(core);
    await call(core, 'clients:update', { id: zander.id, version: zander.version, lastName: 'Zimmermann' });
    expect((await search(core, 'zander')).total).toBe(0);
    expect(names(await search(core, 'zimmer'))).toEqual(['Zimmermann, Karl']);
    await call(core, 'clients:delete', { id: zander.id, version: zander.version + 1 });
    expect((await search(core, 'zimmer')).total).toBe(0);
  });
});
