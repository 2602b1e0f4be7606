import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import type { DocumentDetail, DocumentSummary } from '../../src-shared/documents/document-schemas';
import { buildPdf, textPageFromLayout } from '../../scripts/eval/synthetic/pdf-writer';
import { expectOk, loginAs, TEST_ADMIN, useCores } from '../helpers/core';
import { sharedSamplesDir } from '../helpers/shared-samples';

const samples = sharedSamplesDir();
const sample = (file: string) => new Uint8Array(fs.readFileSync(path.join(samples ?? '', 'docs', file)));
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const german = /[äöüß]|\b(der|die|das|ist|wird|nicht|Datei|Dokument)\b/;

type ImportResult = {
  items: {
    name: string;
    ok: boolean;
    documentId: number | null;
    duplicate: boolean;
    status: string | null;
    error: string | null;
  }[];
  cancelled: boolean;
};

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  return expectOk(await core.invoke(channel, input)) as T;
}

async function importClients(core: Core): Promise<void> {
  await call(core, 'clients:import-run', {
    bytes: new Uint8Array(fs.readFileSync(path.join(samples ?? '', 'clients.csv'))),
    fileName: 'clients.csv',
    mode: 'valid-only',
    updateExisting: false,
    taskId: 'clients',
  });
}

const clientIdOf = (core: Core, clientNumber: string) =>
  core.deps.sqlite
    .prepare('SELECT id FROM clients WHERE client_number = ?')
    .pluck()
    .get(clientNumber) as number;

const importFiles = (core: Core, files: { name: string; bytes: Uint8Array }[], extra: object = {}) =>
  call<ImportResult>(core, 'documents:import', { files, taskId: `t-${Math.random()}`, ...extra });

const detail = (core: Core, id: number) => call<DocumentDetail>(core, 'documents:get', { id });

/** The confirmed fields as the analysis proposed them. */
function proposedFields(doc: DocumentDetail) {
  const f = doc.analysis!.fields;
  return {
    steuernummer: f.steuernummer.value,
    steuerId: f.steuerId.value,
    ustId: f.ustId.value,
    documentDate: f.documentDate.value,
    taxYear: f.taxYear.value,
    finanzamt: f.finanzamt.value,
    amount: f.amount.value,
    dueDate: f.dueDate.value,
    iban: f.iban.value,
  };
}

describe.skipIf(!samples)('Posteingang: import, review, search', () => {
  const cores = useCores();

  async function start(options: Parameters<typeof cores.startLoggedIn>[0] = {}): Promise<Core> {
    const core = await cores.startLoggedIn({ watchFolderIntervalMs: 0, ...options });
    await importClients(core);
    return core;
  }

  it('imports a text PDF once, unchanged, with client, type, Einspruchsfrist and proposed order', async () => {
    const core = await start();
    const bytes = sample('doc_020.pdf');
    const events: { taskId: string; label: string; done: number; total: number }[] = [];
    core.on('progress', (event) => events.push(event));
    const first = await importFiles(core, [{ name: 'doc_020.pdf', bytes }], { taskId: 'import-1' });
    expect(first).toMatchObject({
      cancelled: false,
      items: [{ name: 'doc_020.pdf', ok: true, duplicate: false, status: 'zu_pruefen', error: null }],
    });
    const id = first.items[0]!.documentId!;
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.taskId === 'import-1' && e.label === 'doc_020.pdf')).toBe(true);
    expect(events.at(-1)!.done).toBe(events.at(-1)!.total);

    const doc = await detail(core, id);
    expect(doc).toMatchObject({
      status: 'zu_pruefen',
      docType: 'est_bescheid',
      fileKind: 'pdf',
      textSource: 'pdf-text',
      pages: 2,
      source: 'import',
      proposedClientId: clientIdOf(core, '10046'),
      clientId: null,
      documentDate: '2026-02-25',
      einspruchsfristEnd: '2026-04-02',
      importedByName: TEST_ADMIN.displayName,
      orderProposal: { title: 'Einkommensteuerbescheid 2025 prüfen', dueDate: '2026-04-02' },
    });
    expect(doc.orderProposal!.dueReason).toMatch(/Einspruchsfrist gegen den Bescheid vom 25\.02\.2026/);
    expect(doc.sha256).toBe(sha256(bytes));
    const stored = fs.readFileSync(core.deps.store.pathOf(doc.sha256));
    expect(sha256(new Uint8Array(stored))).toBe(sha256(bytes));

    // The same bytes under another name: the existing document, not read again.
    const again = await importFiles(core, [{ name: 'Kopie von Bescheid.pdf', bytes }]);
    expect(again.items[0]).toMatchObject({ ok: true, documentId: id, duplicate: true, status: 'zu_pruefen' });
    expect(core.deps.sqlite.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    expect((await detail(core, id)).version).toBe(doc.version);

    const list = await call<{ items: DocumentSummary[]; total: number }>(core, 'documents:list', {
      inbox: true,
    });
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id, reviewState: expect.any(String) });
  });

  it('confirms with a correction: corrections kept, audited with the user, review order with the Frist', async () => {
    const core = await start();
    const imported = await importFiles(core, [{ name: 'doc_020.pdf', bytes: sample('doc_020.pdf') }]);
    const id = imported.items[0]!.documentId!;
    const doc = await detail(core, id);
    const fields = { ...proposedFields(doc), amount: 1234.56 };
    const confirmed = await call<{ document: DocumentDetail; orderId: number; clientId: number }>(
      core,
      'documents:confirm',
      {
        id,
        version: doc.version,
        docType: 'est_bescheid',
        clientId: doc.proposedClientId,
        fields,
        createReviewOrder: true,
      },
    );
    expect(confirmed.clientId).toBe(clientIdOf(core, '10046'));
    expect(confirmed.document).toMatchObject({
      status: 'abgelegt',
      clientId: confirmed.clientId,
      clientName: 'Mueller, Stefan',
      orderId: confirmed.orderId,
      orderProposal: null,
      confirmedFields: fields,
      title: 'Einkommensteuerbescheid 2025',
      linkedOrders: [
        { id: confirmed.orderId, title: 'Einkommensteuerbescheid 2025 prüfen', status: 'offen' },
      ],
    });
    const order = await call<Record<string, unknown>>(core, 'orders:get', { id: confirmed.orderId });
    expect(order).toMatchObject({
      dueDate: '2026-04-02',
      dueSource: 'einspruch',
      clientId: confirmed.clientId,
      title: 'Einkommensteuerbescheid 2025 prüfen',
    });
    expect(String(order['dueReason'])).toMatch(/Fristende Donnerstag, 02\.04\.2026/);
    const typeCode = core.deps.sqlite
      .prepare('SELECT t.code FROM orders o JOIN order_types t ON t.id = o.order_type_id WHERE o.id = ?')
      .pluck()
      .get(confirmed.orderId);
    expect(typeCode).toBe('bescheid_pruefen');
    expect(
      core.deps.sqlite.prepare('SELECT period_year FROM orders WHERE id = ?').pluck().get(confirmed.orderId),
    ).toBe(2025);

    const corrections = core.deps.sqlite
      .prepare(
        'SELECT field, correct, user_id FROM document_corrections WHERE document_id = ? ORDER BY field',
      )
      .all(id) as { field: string; correct: number; user_id: number }[];
    expect(corrections).toHaveLength(11);
    expect(corrections.filter((c) => c.correct === 0).map((c) => c.field)).toEqual(['amount']);
    const audit = core.deps.sqlite
      .prepare("SELECT actor_name, after FROM audit_log WHERE action = 'document.confirm' AND entity_id = ?")
      .get(String(id)) as { actor_name: string; after: string };
    expect(audit.actor_name).toBe(TEST_ADMIN.displayName);
    expect(JSON.parse(audit.after).corrections).toEqual([
      expect.objectContaining({ field: 'amount', confirmed: '1234.56', correct: false }),
    ]);

    const accuracy = await call<{
      rows: { field: string; reviewed: number; correct: number }[];
      documents: number;
    }>(core, 'documents:accuracy', {});
    expect(accuracy.documents).toBe(1);
    expect(accuracy.rows[0]).toMatchObject({ field: 'docType', reviewed: 1, correct: 1 });
    expect(accuracy.rows.find((r) => r.field === 'amount')).toMatchObject({ reviewed: 1, correct: 0 });

    // One order per Bescheid; a client with documents is not deleted.
    const twice = await core.invoke('documents:create-review-order', {
      id,
      version: confirmed.document.version,
    });
    expect(twice).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    // Dropped on the client's page and filed to it: still one document that depends on the client.
    core.deps.sqlite.prepare('UPDATE documents SET preassigned_client_id = client_id WHERE id = ?').run(id);
    const client = await call<{ version: number }>(core, 'clients:get', { id: confirmed.clientId });
    const deleted = await core.invoke('clients:delete', { id: confirmed.clientId, version: client.version });
    expect(deleted).toMatchObject({
      ok: false,
      error: { kind: 'conflict', details: { code: 'client_has_dependents' } },
    });
    if (!deleted.ok) {
      expect(deleted.error.userMessage).toMatch(/\b1 Dokumente\b/);
      expect(deleted.error.userMessage).not.toMatch(/Dokumente.*Dokumente/);
    }
  });

  it('files a document for a new client in the same transaction, and rolls the client back on failure', async () => {
    const core = await start();
    const imported = await importFiles(core, [
      { name: 'doc_002.pdf', bytes: sample('doc_002.pdf') },
      { name: 'doc_006.pdf', bytes: sample('doc_006.pdf') },
    ]);
    const [bescheid, spende] = await Promise.all(imported.items.map((i) => detail(core, i.documentId!)));
    expect(bescheid!.analysis!.client.decision).toBe('new');
    const proposal = bescheid!.analysis!.client.proposal!;
    // The inbox list names the proposed new client while nobody is assigned.
    expect(bescheid!.proposedClientId).toBeNull();
    expect(bescheid!.proposedNewClientName).toBe(proposal.name);
    const clientsBefore = core.deps.sqlite.prepare('SELECT count(*) FROM clients').pluck().get();

    // A review order for a Spendenbescheinigung is refused: the new client must not stay behind.
    const refused = await core.invoke('documents:confirm', {
      id: spende!.id,
      version: spende!.version,
      docType: 'spendenbescheinigung',
      clientId: null,
      newClient: { kind: 'company', companyName: 'Testfirma Rollback GmbH', confirmDuplicate: true },
      fields: proposedFields(spende!),
      createReviewOrder: true,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { code: 'not_a_bescheid' } },
    });
    expect(core.deps.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(clientsBefore);

    const confirmed = await call<{ document: DocumentDetail; orderId: number | null; clientId: number }>(
      core,
      'documents:confirm',
      {
        id: bescheid!.id,
        version: bescheid!.version,
        docType: bescheid!.docType,
        clientId: null,
        newClient: {
          kind: proposal.kind,
          companyName: proposal.name,
          address: { street: proposal.street, postalCode: proposal.postalCode, city: proposal.city },
          confirmDuplicate: true,
        },
        fields: proposedFields(bescheid!),
      },
    );
    expect(confirmed.document.clientName).toBe(proposal.name);
    expect(confirmed.document.proposedNewClientName).toBeNull();
    expect(confirmed.orderId).toBeNull();
    const clientCorrection = core.deps.sqlite
      .prepare(
        "SELECT proposed, confirmed, correct FROM document_corrections WHERE document_id = ? AND field = 'client'",
      )
      .get(bescheid!.id);
    expect(clientCorrection).toEqual({ proposed: 'neu', confirmed: `neu:${confirmed.clientId}`, correct: 1 });

    // Filed without an order: the one-click proposal is still there and creates it.
    expect(confirmed.document.orderProposal).toMatchObject({
      title: 'Körperschaftsteuerbescheid 2025 prüfen',
    });
    const created = await call<{ orderId: number; document: DocumentDetail }>(
      core,
      'documents:create-review-order',
      {
        id: bescheid!.id,
        version: confirmed.document.version,
      },
    );
    expect(created.document.orderId).toBe(created.orderId);
    const order = await call<{ dueDate: string }>(core, 'orders:get', { id: created.orderId });
    expect(order.dueDate).toBe(confirmed.document.einspruchsfristEnd);
    expect(order.dueDate).toBe('2026-02-19');
  });

  it('finds documents by text, by umlaut-folded words and by a Steuernummer as printed', async () => {
    const core = await start();
    await importFiles(core, [
      { name: 'doc_020.pdf', bytes: sample('doc_020.pdf') },
      { name: 'doc_001.txt', bytes: sample('doc_001.txt') },
    ]);
    const search = async (query: string) =>
      (
        await call<{ items: { originalName: string; snippet: string }[] }>(core, 'documents:search', {
          query,
        })
      ).items;
    for (const query of [
      'Einkommensteuer',
      'Solidaritätszuschlag',
      'solidaritaetszuschlag',
      'Solidaritatszusch',
    ]) {
      const hits = await search(query);
      expect(
        hits.map((h) => h.originalName),
        query,
      ).toEqual(['doc_020.pdf']);
      expect(hits[0]!.snippet).toMatch(/Solidaritätszuschlag|Einkommensteuer/);
    }
    expect((await search('103/8190/3351')).map((h) => h.originalName)).toEqual(['doc_020.pdf']);
    expect(await search('Zzyzxwort')).toEqual([]);
    expect(await search('"*(')).toEqual([]);
  });

  it('refuses bad files one by one in German while the good file of the batch imports', async () => {
    const core = await start();
    const elf = new Uint8Array(
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]),
    );
    const encrypted = buildPdf([textPageFromLayout('Vertraulich: Steuernummer 181/815/08155')], {
      userPassword: 'geheim',
    });
    const result = await importFiles(core, [
      { name: 'leer.pdf', bytes: new Uint8Array() },
      { name: 'rechnung.pdf', bytes: elf },
      { name: 'geschuetzt.pdf', bytes: encrypted },
      {
        name: '../../../etc/passwd 😀.txt',
        bytes: new Uint8Array(Buffer.from('Hallo Welt\nÄrger mit dem Finanzamt\n')),
      },
      { name: 'doc_001.txt', bytes: sample('doc_001.txt') },
    ]);
    const [empty, exe, locked, tricky, good] = result.items;
    expect(empty).toMatchObject({ ok: false, documentId: null, error: 'Die Datei ist leer.' });
    expect(exe).toMatchObject({ ok: false, documentId: null });
    expect(exe!.error).toMatch(/ausführbares Programm/);
    expect(locked).toMatchObject({ ok: false, status: 'fehler', documentId: expect.any(Number) });
    expect(locked!.error).toMatch(/passwortgeschützt/);
    expect(tricky).toMatchObject({ ok: true, name: 'passwd 😀.txt', status: 'zu_pruefen' });
    expect(good).toMatchObject({ ok: true, status: 'zu_pruefen' });
    for (const item of result.items) if (item.error) expect(item.error).toMatch(german);
    // Nothing of the refused files was stored, and no name was used as a path.
    expect(core.deps.sqlite.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3);
    expect(fs.existsSync(path.join(core.paths.dataDir, 'etc'))).toBe(false);

    const lockedDoc = await detail(core, locked!.documentId!);
    expect(lockedDoc).toMatchObject({ status: 'fehler', errorCode: 'password-required' });
    const wrong = await call<DocumentDetail>(core, 'documents:reanalyze', {
      id: lockedDoc.id,
      password: 'falsch',
    });
    expect(wrong).toMatchObject({ status: 'fehler', errorCode: 'password-wrong' });
    const opened = await call<DocumentDetail>(core, 'documents:reanalyze', {
      id: lockedDoc.id,
      password: 'geheim',
    });
    expect(opened).toMatchObject({ status: 'zu_pruefen', errorCode: null, error: null });
    const page = await call<{ kind: string; text: string }>(core, 'documents:page', {
      id: tricky!.documentId,
      page: 1,
    });
    expect(page).toMatchObject({ kind: 'text', pages: 1 });
    expect(page.text).toContain('Ärger mit dem Finanzamt');
  });

  it('shows pages, hands out the content and opens a copy with a safe name', async () => {
    const opened: string[] = [];
    const core = await start({
      openPath: async (file) => {
        opened.push(file);
        return true;
      },
    });
    const pdfBytes = sample('doc_020.pdf');
    const { items } = await importFiles(core, [
      { name: 'doc_020.pdf', bytes: pdfBytes },
      { name: '..\\..\\Bescheid: "Müller" <2025>', bytes: sample('doc_019.pdf') },
    ]);
    const pdfId = items[0]!.documentId!;
    const page = await call<{
      kind: string;
      bytes: Uint8Array;
      width: number;
      height: number;
      pages: number;
    }>(core, 'documents:page', { id: pdfId, page: 2, maxWidth: 600 });
    expect(page).toMatchObject({ kind: 'image', mime: 'image/png', width: 600, pages: 2 });
    expect(Buffer.from(page.bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(await core.invoke('documents:page', { id: pdfId, page: 3 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    });
    const content = await call<{ name: string; mime: string; bytes: Uint8Array }>(core, 'documents:content', {
      id: pdfId,
    });
    expect(content).toMatchObject({ name: 'doc_020.pdf', mime: 'application/pdf' });
    expect(sha256(content.bytes)).toBe(sha256(pdfBytes));

    const result = await call<{ opened: boolean; path: string }>(core, 'documents:open', {
      id: items[1]!.documentId,
    });
    expect(result.opened).toBe(true);
    expect(path.dirname(result.path)).toBe(path.join(core.paths.dataDir, 'geoeffnet'));
    expect(path.basename(result.path)).toBe(`${items[1]!.documentId}-Bescheid_ _Müller_ _2025_.pdf`);
    expect(opened).toEqual([result.path]);
    expect(sha256(new Uint8Array(fs.readFileSync(result.path)))).toBe(sha256(sample('doc_019.pdf')));

    const plain = await start();
    const other = await importFiles(plain, [{ name: 'a.pdf', bytes: pdfBytes }]);
    expect(await call(plain, 'documents:open', { id: other.items[0]!.documentId })).toEqual({
      opened: false,
      path: null,
    });
  });

  it('pre-assigns documents dropped on a client page and lists them there', async () => {
    const core = await start();
    const clientId = clientIdOf(core, '10010');
    const { items } = await importFiles(core, [{ name: 'auszug.txt', bytes: sample('doc_011.txt') }], {
      clientId,
    });
    const doc = await detail(core, items[0]!.documentId!);
    expect(doc.proposedClientId).toBe(clientId);
    const list = await call<{ total: number }>(core, 'documents:list', { clientId });
    expect(list.total).toBe(1);
    expect(
      await core.invoke('documents:import', {
        files: [{ name: 'x.txt', bytes: new Uint8Array([65]) }],
        clientId: 999_999,
        taskId: 'x',
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });

  it('adds the order type "Bescheid prüfen" to databases created before it existed', async () => {
    const dataDir = cores.tempDir();
    const first = await cores.start({ dataDir, watchFolder: false });
    first.deps.sqlite.prepare("DELETE FROM order_types WHERE code = 'bescheid_pruefen'").run();
    await first.close();
    const second = await cores.start({ dataDir, watchFolder: false });
    expect(
      second.deps.sqlite
        .prepare("SELECT name, period_kind, active FROM order_types WHERE code = 'bescheid_pruefen'")
        .get(),
    ).toEqual({ name: 'Bescheid prüfen', period_kind: 'keiner', active: 1 });
  });

  it('only users with the right to edit may import; the scan folder is Stammdaten', async () => {
    const core = await start();
    await loginAs(core, 'readonly');
    const refused = await core.invoke('documents:import', {
      files: [{ name: 'doc_001.txt', bytes: sample('doc_001.txt') }],
      taskId: 'ro',
    });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(core.deps.sqlite.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(await core.invoke('documents:list', {})).toMatchObject({ ok: true });
    await loginAs(core, 'mitarbeiter');
    expect(await core.invoke('documents:set-watch-folder', { folder: null })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });
});
