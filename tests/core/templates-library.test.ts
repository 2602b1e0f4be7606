import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import type { AppErrorData } from '../../src-shared/errors/app-error';
import { contracts } from '../../src-shared/ipc/contracts';
import type { TemplateDetail, TemplateSummary } from '../../src-shared/templates/template-schemas';
import { expectOk, loginAs, movableClock, TEST_ADMIN, useCores } from '../helpers/core';
import { addBerater, count } from '../helpers/kanzlei';
import { makeDocx, p, readTemplate, templatesDir } from './templates-helpers';

const t = contracts.templates;
const NOW = '2026-11-24T09:00:00Z';

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  return expectOk(await core.invoke(channel, input)) as T;
}

async function refused(core: Core, channel: string, input: unknown): Promise<AppErrorData> {
  const result = await core.invoke(channel, input);
  if (result.ok) throw new Error(`expected ${channel} to be refused`);
  return result.error;
}

const listTemplates = async (core: Core, includeArchived = false) =>
  (await call<{ items: TemplateSummary[] }>(core, t.list.channel, { includeArchived })).items;

const templateNamed = async (core: Core, name: string): Promise<TemplateSummary> => {
  const found = (await listTemplates(core, true)).find((item) => item.name === name);
  if (!found) throw new Error(`no template ${name}`);
  return found;
};

interface PersonInput {
  number: string;
  lastName: string;
  firstName?: string;
  salutation?: 'herr' | 'frau' | 'divers';
  title?: string;
  beraterId?: number;
  birthDate?: string;
}

async function addPerson(core: Core, person: PersonInput): Promise<number> {
  const saved = await call<{ id: number }>(core, contracts.clients.create.channel, {
    kind: 'person',
    clientNumber: person.number,
    lastName: person.lastName,
    firstName: person.firstName ?? 'Thomas',
    salutation: person.salutation ?? 'herr',
    title: person.title ?? null,
    birthDate: person.birthDate ?? null,
    beraterId: person.beraterId ?? null,
    address: { street: 'Hauptstraße 5', postalCode: '50667', city: 'Köln' },
    confirmDuplicate: true,
  });
  return saved.id;
}

const uploadInput = (bytes: Uint8Array, name: string, extra: Record<string, unknown> = {}) => ({
  bytes,
  fileName: `${name}.docx`,
  name,
  category: 'Eigene',
  description: null,
  ...extra,
});

async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('template library', () => {
  const cores = useCores();
  const clock = () => movableClock(NOW);

  it('installs the shipped defaults on first start, once, and not again on restart', async () => {
    const dataDir = cores.tempDir();
    const first = await cores.start({ dataDir, now: clock().now });
    const items = await (async () => {
      const result = await first.invokeAs(first.actor, t.list.channel, {});
      return (expectOk(result) as { items: TemplateSummary[] }).items;
    })();
    const catalog = JSON.parse(fs.readFileSync(path.join(templatesDir, 'catalog.json'), 'utf8')) as {
      templates: { name: string }[];
    };
    expect(items.map((item) => item.name).sort()).toEqual(catalog.templates.map((e) => e.name).sort());
    expect(items.every((item) => item.builtin && item.versionCount === 1)).toBe(true);
    expect(items.every((item) => item.current.uploadedByName === null && item.current.warnings === 0)).toBe(
      true,
    );
    expect(count(first, 'audit_log', "action = 'template.install_default'")).toBe(7);
    await first.close();

    const second = await cores.start({ dataDir, now: clock().now });
    expect(count(second, 'templates')).toBe(7);
    expect(count(second, 'template_versions')).toBe(7);
    expect(count(second, 'audit_log', "action LIKE 'template.%'")).toBe(7);
  });

  it('adds a changed default as a new version, unless the office uploaded its own version', async () => {
    const dataDir = cores.tempDir();
    const resourcesDir = cores.tempDir();
    fs.cpSync(templatesDir, path.join(resourcesDir, 'templates'), { recursive: true });
    const first = await cores.start({ dataDir, resourcesDir, now: clock().now });
    await first.invoke('auth:setup', {
      office: { name: 'Kanzlei', street: 'Weg 1', postalCode: '40212', city: 'Düsseldorf', land: 'NW' },
      admin: TEST_ADMIN,
    });
    await first.invoke('auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    const vollmacht = await templateNamed(first, 'Vollmacht zur Vertretung in Steuersachen');
    // The office edits the Vollmacht in Word and uploads it again.
    await call(first, t.upload.channel, {
      ...uploadInput(makeDocx([p('Vollmacht der Kanzlei {mandant.name}')]), vollmacht.name),
      category: vollmacht.category,
      templateId: vollmacht.id,
    });
    await first.close();

    // A later program version ships changed defaults.
    const changed = makeDocx([p('Neuer Standard {mandant.name}')]);
    fs.writeFileSync(path.join(resourcesDir, 'templates', 'mandantenanschreiben.docx'), changed);
    fs.writeFileSync(path.join(resourcesDir, 'templates', 'vollmacht-steuersachen.docx'), changed);
    const second = await cores.start({ dataDir, resourcesDir, now: clock().now });
    await second.invoke('auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    const letter = await templateNamed(second, 'Mandantenanschreiben');
    expect(letter.versionCount).toBe(2);
    expect(letter.current.versionNo).toBe(2);
    const ownVersion = await templateNamed(second, vollmacht.name);
    expect(ownVersion.versionCount).toBe(2);
    expect(ownVersion.current.uploadedByName).toBe(TEST_ADMIN.displayName);
    await second.close();

    const third = await cores.start({ dataDir, resourcesDir, now: clock().now });
    expect(count(third, 'template_versions')).toBe(9);
  });

  it('keeps old versions on upload; a generated letter records the version it came from', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const clientId = await addPerson(core, { number: '10023', lastName: 'Müller' });
    const created = await call<TemplateDetail>(
      core,
      t.upload.channel,
      uploadInput(makeDocx([p('Version eins für {mandant.name}')]), 'Kurzbrief'),
    );
    expect(created).toMatchObject({ builtin: false, versionCount: 1, current: { versionNo: 1 } });
    const first = await call<{ documentId: number }>(core, t.generate.channel, {
      templateId: created.id,
      clientId,
    });

    const updated = await call<TemplateDetail>(core, t.upload.channel, {
      ...uploadInput(makeDocx([p('Version zwei für {mandant.name}')]), 'Kurzbrief'),
      templateId: created.id,
    });
    expect(updated.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(updated.versions.map((v) => v.uploadedByName)).toEqual([
      TEST_ADMIN.displayName,
      TEST_ADMIN.displayName,
    ]);
    const second = await call<{ documentId: number }>(core, t.generate.channel, {
      templateId: created.id,
      clientId,
    });
    const versionOf = (id: number) =>
      (
        core.deps.sqlite.prepare('SELECT template_version_id AS v FROM documents WHERE id = ?').get(id) as {
          v: number;
        }
      ).v;
    expect(versionOf(first.documentId)).toBe(updated.versions[1]?.id);
    expect(versionOf(second.documentId)).toBe(updated.versions[0]?.id);
    const detail = await call<TemplateDetail>(core, t.get.channel, { id: created.id });
    expect(detail.versions.map((v) => v.documents)).toEqual([1, 1]);

    // The old version is still there to download, byte for byte.
    const old = await call<{ bytes: Uint8Array; fileName: string }>(core, t.download.channel, {
      versionId: updated.versions[1]?.id,
    });
    expect(await docxText(old.bytes)).toContain('Version eins für {mandant.name}');
    expect(old.fileName).toBe('Kurzbrief.docx');
  });

  it('stores unknown placeholders as warnings with their name', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const bytes = makeDocx([p('Sehr geehrte {mandant.nmae},'), p('{kundennummer}')]);
    const inspection = await call<TemplateDetail['inspection']>(core, t.inspect.channel, {
      bytes,
      fileName: 'x.docx',
    });
    expect(inspection.ok).toBe(true);
    expect(inspection.unknown.map((u) => u.name)).toEqual(['mandant.nmae', 'kundennummer']);
    const detail = await call<TemplateDetail>(core, t.upload.channel, uploadInput(bytes, 'Mit Tippfehler'));
    expect(detail.current.warnings).toBe(2);
    expect(detail.inspection.unknown[0]).toMatchObject({
      name: 'mandant.nmae',
      suggestion: 'mandant.name',
      location: { partLabel: 'Haupttext', paragraph: 1 },
    });
    expect(detail.inspection.unknown[0]?.message).toContain('Unbekannter Platzhalter „mandant.nmae“');
  });

  it('refuses broken tag syntax with the place, and stores nothing', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const before = count(core, 'template_versions');
    const files = fs.readdirSync(core.paths.documentsDir, { recursive: true }).length;
    const error = await refused(
      core,
      t.upload.channel,
      uploadInput(makeDocx([p('Einleitung'), p('{#offeneAuftraege}'), p('{titel}')]), 'Kaputt'),
    );
    expect(error.kind).toBe('validation');
    expect(error.userMessage).toContain('Die Vorlage enthält Fehler und wurde nicht gespeichert');
    expect(error.userMessage).toContain('Es fehlt „{/offeneAuftraege}“');
    const errors = (error.details as { errors: { code: string; location: { paragraph: number } }[] }).errors;
    expect(errors[0]).toMatchObject({ code: 'unclosed_loop', location: { paragraph: 2 } });
    expect(count(core, 'template_versions')).toBe(before);
    expect(count(core, 'templates', "name = 'Kaputt'")).toBe(0);
    expect(fs.readdirSync(core.paths.documentsDir, { recursive: true }).length).toBe(files);
  });

  it('refuses files that are not DOCX, macro documents and ZIP bombs in German', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const cases: [Uint8Array, string][] = [
      [
        Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
        'keine Word-Vorlage (.docx), sondern ein PDF-Dokument',
      ],
      [makeDocx([p('x')], { 'word/vbaProject.bin': Buffer.from('macro') }), 'enthält Makros'],
      [makeDocx([p('x')], { 'word/media/zeros.bin': Buffer.alloc(20 * 1024 * 1024) }), 'ZIP-Bombe'],
    ];
    for (const [bytes, message] of cases) {
      const inspect = await refused(core, t.inspect.channel, { bytes, fileName: 'vorlage.docx' });
      expect(inspect.kind).toBe('validation');
      expect(inspect.userMessage).toContain(message);
      const upload = await refused(core, t.upload.channel, uploadInput(bytes, 'Abgelehnt'));
      expect(upload.userMessage).toContain(message);
    }
    expect(count(core, 'templates', "name = 'Abgelehnt'")).toBe(0);
  });

  it('updates name and category with optimistic locking and archives', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const letter = await templateNamed(core, 'Mandantenanschreiben');
    const renamed = await call<TemplateDetail>(core, t.updateMeta.channel, {
      id: letter.id,
      version: letter.version,
      name: 'Allgemeiner Brief',
      category: 'Allgemein',
      description: 'Neu',
    });
    expect(renamed).toMatchObject({ name: 'Allgemeiner Brief', description: 'Neu' });
    const stale = await refused(core, t.updateMeta.channel, {
      id: letter.id,
      version: letter.version,
      name: 'Noch anders',
      category: 'Allgemein',
    });
    expect(stale.kind).toBe('conflict');
    const taken = await refused(core, t.updateMeta.channel, {
      id: letter.id,
      version: renamed.version,
      name: 'Auftragsbestätigung',
      category: 'Allgemein',
    });
    expect(taken.userMessage).toContain('gibt es bereits');
    const archived = await call<TemplateDetail>(core, t.archive.channel, {
      id: letter.id,
      version: renamed.version,
      archived: true,
    });
    expect(archived.archived).toBe(true);
    expect((await listTemplates(core)).some((item) => item.id === letter.id)).toBe(false);
    expect((await listTemplates(core, true)).some((item) => item.id === letter.id)).toBe(true);
  });

  it('lists the placeholders with snippets for values, conditions and loops', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const { items } = await call<{ items: { key: string; snippet: string; fields?: unknown[] }[] }>(
      core,
      t.placeholders.channel,
      {},
    );
    const byKey = new Map(items.map((item) => [item.key, item]));
    expect(byKey.get('mandant.briefanrede')?.snippet).toBe('{mandant.briefanrede}');
    expect(byKey.get('istUnternehmen')?.snippet).toBe('{#istUnternehmen}…{/istUnternehmen}');
    expect(byKey.get('unterlagen')?.snippet).toBe('{#unterlagen}…{/unterlagen}');
    expect(byKey.get('unterlagen')?.fields?.length).toBeGreaterThan(0);
  });
});

describe('letters from templates', () => {
  const cores = useCores();
  const clock = () => movableClock(NOW);

  it('previews with the client name and the missing-data report; overrides fill it for this letter', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const clientId = await addPerson(core, { number: '10023', lastName: 'Müller', title: 'Dr.' });
    const letter = await templateNamed(core, 'Mandantenanschreiben');
    const preview = await call<{
      html: string;
      missing: { key: string; message: string }[];
      fileName: string;
    }>(core, t.preview.channel, { templateId: letter.id, clientId });
    expect(preview.html).toContain('Dr. Thomas Müller');
    expect(preview.html).toContain('Sehr geehrter Herr Dr. Müller,');
    expect(preview.html).not.toMatch(/<script/i);
    const messages = preview.missing.map((m) => m.message);
    expect(messages).toContain('Name des Beraters fehlt: Für Mandant 10023 ist kein Berater zugeordnet');
    expect(preview.fileName).toBe('2026-11-24 Mandantenanschreiben – 10023 Müller.docx');
    const betreff = preview.missing.find((m) => m.key === 'eingabe.betreff');
    expect(betreff?.message).toBe('Betreff ist für dieses Dokument noch nicht eingegeben');

    const filled = await call<{ html: string; missing: { key: string }[] }>(core, t.preview.channel, {
      templateId: letter.id,
      clientId,
      overrides: { 'eingabe.betreff': 'Ihre Steuererklärung 2025 & Belege <neu>' },
    });
    expect(filled.html).toContain('Ihre Steuererklärung 2025 &amp; Belege &lt;neu&gt;');
    expect(filled.missing.map((m) => m.key)).not.toContain('eingabe.betreff');
    // The override changed nothing stored.
    expect(count(core, 'documents')).toBe(0);
  });

  it('generates a letter as a document of the client with a Frist, audited with the acting user', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const berater = await addBerater(core, 'Dr. Julia Hoffmann');
    const clientId = await addPerson(core, {
      number: '10023',
      lastName: 'Müller',
      title: 'Dr.',
      beraterId: berater.id,
    });
    const letter = await templateNamed(core, 'Mandantenanschreiben');
    const opened: string[] = [];
    core.deps.openPath = async (file) => {
      opened.push(file);
      return true;
    };
    const result = await call<{
      documentId: number;
      fileName: string;
      followUpOrderId: number | null;
      missing: unknown[];
      opened: boolean;
    }>(core, t.generate.channel, {
      templateId: letter.id,
      clientId,
      overrides: { 'eingabe.betreff': 'Unterlagen 2025', 'eingabe.text': 'anbei erhalten Sie …' },
      followUp: { kind: 'frist', date: '2026-12-15', title: 'Antwort Müller prüfen' },
      open: true,
    });
    expect(result.fileName).toBe('2026-11-24 Mandantenanschreiben – 10023 Müller.docx');
    expect(result.followUpOrderId).not.toBeNull();
    expect(result.opened).toBe(true);
    expect(opened).toHaveLength(1);
    expect(path.dirname(opened[0] ?? '')).toBe(path.join(core.paths.dataDir, 'geoeffnet'));
    expect(path.basename(opened[0] ?? '')).toMatch(new RegExp(`^${result.documentId}-.*\\.docx$`));

    const doc = core.deps.sqlite
      .prepare('SELECT * FROM documents WHERE id = ?')
      .get(result.documentId) as Record<string, unknown>;
    expect(doc).toMatchObject({
      client_id: clientId,
      source: 'vorlage',
      status: 'abgelegt',
      file_kind: 'docx',
      original_name: result.fileName,
    });
    expect(core.deps.store.has(doc['sha256'] as string)).toBe(true);
    const stored = core.deps.store.read(doc['sha256'] as string);
    const text = await docxText(stored);
    expect(text).toContain('Sehr geehrter Herr Dr. Müller,');
    expect(text).toContain('Unterlagen 2025');
    // Found by the document search index.
    const hits = core.deps.sqlite
      .prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'unterlagen'")
      .pluck()
      .all();
    expect(hits).toContain(result.documentId);

    const order = core.deps.sqlite
      .prepare('SELECT * FROM orders WHERE id = ?')
      .get(result.followUpOrderId) as Record<string, unknown>;
    expect(order).toMatchObject({
      client_id: clientId,
      title: 'Antwort Müller prüfen',
      due_date: '2026-12-15',
      reminder_date: null,
      berater_id: berater.id,
      status: 'offen',
    });
    const audit = core.deps.sqlite
      .prepare("SELECT actor_name AS actor FROM audit_log WHERE action = 'document.generate'")
      .all() as { actor: string }[];
    expect(audit).toEqual([{ actor: TEST_ADMIN.displayName }]);
    expect(count(core, 'audit_log', "action = 'order.create'")).toBe(1);

    const wv = await call<{ followUpOrderId: number }>(core, t.generate.channel, {
      templateId: letter.id,
      clientId,
      overrides: { 'eingabe.betreff': 'Zweiter Brief' },
      followUp: { kind: 'wiedervorlage', date: '2026-12-01', title: 'Nachhaken' },
    });
    expect(
      core.deps.sqlite
        .prepare('SELECT due_date, reminder_date FROM orders WHERE id = ?')
        .get(wv.followUpOrderId),
    ).toEqual({ due_date: null, reminder_date: '2026-12-01' });

    const past = await refused(core, t.generate.channel, {
      templateId: letter.id,
      clientId,
      followUp: { kind: 'frist', date: '2026-11-01', title: 'Zu spät' },
    });
    expect(past.userMessage).toContain('Die Frist (01.11.2026) liegt');
    expect(count(core, 'documents')).toBe(2);
  });

  it('puts the order and its Bescheid into an Einspruch', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const clientId = await addPerson(core, { number: '10023', lastName: 'Müller' });
    const types = (
      expectOk(await core.invoke(contracts.orderTypes.list.channel, { includeInactive: false })) as {
        items: { id: number; code: string }[];
      }
    ).items;
    const order = await call<{ id: number; dueDate: string }>(core, contracts.orders.create.channel, {
      clientId,
      orderTypeId: types.find((type) => type.code === 'einspruch')?.id,
      title: 'Einspruch Einkommensteuerbescheid 2024',
      bescheidDate: '2026-11-10',
    });
    const einspruch = await templateNamed(core, 'Einspruch gegen einen Steuerbescheid');
    const preview = await call<{ html: string; missing: { key: string }[] }>(core, t.preview.channel, {
      templateId: einspruch.id,
      clientId,
      orderId: order.id,
    });
    expect(preview.html).toContain('10.11.2026');
    expect(preview.html).toContain('Einkommensteuer');
    expect(preview.html).toContain('2024');
    const missingKeys = preview.missing.map((m) => m.key);
    expect(missingKeys).not.toContain('bescheid.datum');
    expect(missingKeys).not.toContain('bescheid.steuerart');

    const other = await addPerson(core, { number: '10024', lastName: 'Schmidt' });
    const wrong = await refused(core, t.preview.channel, {
      templateId: einspruch.id,
      clientId: other,
      orderId: order.id,
    });
    expect(wrong.userMessage).toContain('gehört nicht zu');
  });

  it('writes a serial letter for three clients as ZIP and as one DOCX, each letter a client document', async () => {
    const time = clock();
    const core = await cores.startLoggedIn({ now: time.now });
    const ids = [
      await addPerson(core, { number: '10001', lastName: 'Albers' }),
      await addPerson(core, { number: '10002', lastName: 'Brandt', salutation: 'frau', firstName: 'Eva' }),
      await addPerson(core, { number: '10003', lastName: 'Claasen', salutation: 'divers', firstName: 'Kim' }),
    ];
    const serial = await templateNamed(core, 'Serienbrief Jahresbeginn');
    const check = await call<{ clients: { clientNumber: string; missing: { message: string }[] }[] }>(
      core,
      t.serialCheck.channel,
      { templateId: serial.id, selection: { clientIds: [...ids].reverse() } },
    );
    expect(check.clients.map((c) => c.clientNumber)).toEqual(['10001', '10002', '10003']);
    expect(check.clients[0]?.missing.map((m) => m.message)).toContain(
      'Name des Beraters fehlt: Für Mandant 10001 ist kein Berater zugeordnet',
    );

    const progress: number[] = [];
    const stop = core.on('progress', (event) => {
      if (event.taskId === 'serial-zip') progress.push(event.done);
    });
    const zip = await call<{
      bytes: Uint8Array;
      count: number;
      documentIds: number[];
      fileName: string;
      cancelled: boolean;
    }>(core, t.serial.channel, {
      templateId: serial.id,
      selection: { clientIds: ids },
      output: 'zip',
      taskId: 'serial-zip',
    });
    stop();
    expect(zip).toMatchObject({ count: 3, cancelled: false });
    expect(zip.fileName).toBe('2026-11-24 Serienbrief Jahresbeginn – Serienbrief.zip');
    expect(progress).toEqual([0, 1, 2, 3]);
    const entries = Object.keys(new PizZip(zip.bytes).files);
    expect(entries).toHaveLength(3);
    expect(entries[1]).toBe('10002_Eva_Brandt.docx');
    expect(zip.documentIds).toHaveLength(3);
    const rows = core.deps.sqlite
      .prepare(
        `SELECT client_id AS clientId, template_version_id AS versionId FROM documents
         WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all(JSON.stringify(zip.documentIds));
    expect(rows).toEqual(ids.map((clientId) => ({ clientId, versionId: serial.current.id })));

    // A day later (the same letter on the same day is the same content, stored once).
    // (In-process call: a session would be locked after a day without activity.)
    time.advance(24 * 60);
    const combined = expectOk(
      await core.invokeAs(core.actor, t.serial.channel, {
        templateId: serial.id,
        selection: { filter: {} },
        output: 'combined',
        taskId: 'serial-docx',
      }),
    ) as { bytes: Uint8Array; count: number; fileName: string };
    expect(combined.count).toBe(3);
    expect(combined.fileName.endsWith('.docx')).toBe(true);
    const text = await docxText(combined.bytes);
    for (const greeting of [
      'Sehr geehrter Herr Albers,',
      'Sehr geehrte Frau Brandt,',
      'Guten Tag Kim Claasen,',
    ])
      expect(text).toContain(greeting);
    expect(count(core, 'documents', "source = 'vorlage'")).toBe(6);
  });

  it('stops a serial letter on cancel and stores nothing', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    for (let i = 0; i < 30; i++) await addPerson(core, { number: String(20_000 + i), lastName: `Name${i}` });
    const serial = await templateNamed(core, 'Serienbrief Jahresbeginn');
    const stop = core.on('progress', (event) => {
      if (event.taskId === 'cancel-me' && event.done === 2) {
        void core.invoke(t.serialCancel.channel, { taskId: 'cancel-me' });
      }
    });
    const result = await call<{
      cancelled: boolean;
      count: number;
      documentIds: number[];
      bytes: Uint8Array;
    }>(core, t.serial.channel, {
      templateId: serial.id,
      selection: { filter: {} },
      output: 'zip',
      taskId: 'cancel-me',
    });
    stop();
    expect(result).toMatchObject({ cancelled: true, count: 0, documentIds: [] });
    expect(result.bytes.byteLength).toBe(0);
    expect(count(core, 'documents')).toBe(0);
    expect(await call(core, t.serialCancel.channel, { taskId: 'cancel-me' })).toEqual({ cancelled: false });
  });

  it('lets a read-only user list and preview, but not upload or generate', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const clientId = await addPerson(core, { number: '10023', lastName: 'Müller' });
    await loginAs(core, 'readonly', 'Lea Lesend');
    const letter = await templateNamed(core, 'Mandantenanschreiben');
    await call(core, t.preview.channel, { templateId: letter.id, clientId });
    const generate = await refused(core, t.generate.channel, { templateId: letter.id, clientId });
    expect(generate.kind).toBe('forbidden');
    const upload = await refused(core, t.upload.channel, uploadInput(makeDocx([p('x')]), 'Verboten'));
    expect(upload.kind).toBe('forbidden');
    expect(count(core, 'documents')).toBe(0);
    expect(count(core, 'templates', "name = 'Verboten'")).toBe(0);
  });

  it('renders every default template for a client from the database without leftover tags', async () => {
    const core = await cores.startLoggedIn({ now: clock().now });
    const clientId = await addPerson(core, { number: '10023', lastName: 'Müller', title: 'Dr.' });
    for (const item of await listTemplates(core)) {
      const preview = await call<{ html: string }>(core, t.preview.channel, {
        templateId: item.id,
        clientId,
      });
      expect(preview.html, item.name).not.toMatch(/[{}]/);
      expect(preview.html, item.name).toContain('Müller');
    }
    // Reading the default file gives the same bytes the library stored.
    const letter = await templateNamed(core, 'Mandantenanschreiben');
    const download = await call<{ bytes: Uint8Array }>(core, t.download.channel, {
      versionId: letter.current.id,
    });
    expect(Buffer.from(download.bytes).equals(readTemplate('mandantenanschreiben.docx'))).toBe(true);
  });
});
