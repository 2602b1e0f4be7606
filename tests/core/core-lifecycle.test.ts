import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, ClientSummary } from '../../src-shared/ipc';
import { findMigrationsDir } from '../../src-main/core';
import { expectOk, login, TEST_ADMIN, useCores } from '../helpers/core';

describe('createCore', () => {
  const cores = useCores();

  it('creates the database with WAL, foreign keys and the first administrator', async () => {
    const dataDir = cores.tempDir();
    const core = await cores.start({ dataDir });
    expect(fs.existsSync(path.join(dataDir, 'rsk.sqlite'))).toBe(true);
    expect(core.deps.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.deps.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.actor).toMatchObject({ username: 'admin', displayName: 'Administrator', role: 'admin' });
    const before = expectOk(await core.invoke('system:info', {})) as { actor: unknown };
    expect(before.actor).toBeNull();
    await core.close();

    const again = await cores.startLoggedIn({ dataDir });
    expect(again.actor).toMatchObject({ username: TEST_ADMIN.username, displayName: 'Maria Schulz' });
    const info = expectOk(await again.invoke('system:info', {})) as { actor: { displayName: string } };
    expect(info.actor.displayName).toBe('Maria Schulz');
  });

  it('keeps a created client across a restart and audits it with the acting user', async () => {
    const dataDir = cores.tempDir();
    const first = await cores.startLoggedIn({ dataDir });
    const created = expectOk(
      await first.invoke('clients:create', { kind: 'person', firstName: 'Anna', lastName: 'Müller' }),
    ) as ClientSummary;
    expect(created.clientNumber).toBe('10000');
    expect(created.displayName).toBe('Müller, Anna');
    await first.close();

    const second = await cores.start({ dataDir });
    // The session lives in memory: after a restart the user logs in again.
    expect(await second.invoke('clients:list', {})).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', details: { code: 'not_logged_in' } },
    });
    await login(second, TEST_ADMIN.username, TEST_ADMIN.password);
    const list = expectOk(await second.invoke('clients:list', {})) as {
      items: ClientSummary[];
      total: number;
    };
    expect(list.total).toBe(1);
    expect(list.items[0]?.displayName).toBe('Müller, Anna');
    const audit = expectOk(
      await second.invoke('audit:list', { entityType: 'client', entityId: String(created.id) }),
    ) as { items: AuditEntry[] };
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: 'client.create', actorName: 'Maria Schulz' });
    expect(audit.items[0]?.actorId).toBe(second.actor.id);
    expect((audit.items[0]?.after as ClientSummary).displayName).toBe('Müller, Anna');
  });

  it('numbers clients from 10000 upwards and finds them by search', async () => {
    const core = await cores.startLoggedIn();
    await core.invoke('clients:create', { kind: 'company', companyName: 'Beispiel GmbH' });
    await core.invoke('clients:create', { kind: 'person', lastName: 'Schäfer', firstName: 'Jürgen' });
    const found = expectOk(await core.invoke('clients:list', { query: 'Beispiel' })) as {
      items: ClientSummary[];
    };
    expect(found.items.map((c) => [c.clientNumber, c.displayName])).toEqual([['10000', 'Beispiel GmbH']]);
    const byNumber = expectOk(await core.invoke('clients:list', { query: '10001' })) as {
      items: ClientSummary[];
    };
    expect(byNumber.items[0]?.displayName).toBe('Schäfer, Jürgen');
  });

  it('reports a missing client as not_found in German', async () => {
    const core = await cores.startLoggedIn();
    const result = await core.invoke('clients:get', { id: 999 });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'not_found', userMessage: 'Der Mandant wurde nicht gefunden.' },
    });
  });

  it('starting twice on the same directory is harmless', async () => {
    const dataDir = cores.tempDir();
    const first = await cores.start({ dataDir });
    expect(first.migration.applied.length).toBeGreaterThan(0);
    await first.close();
    const second = await cores.start({ dataDir });
    expect(second.migration.applied).toEqual([]);
    const users = second.deps.sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
    expect(users.n).toBe(1);
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const dataDir = cores.tempDir();
    await (await cores.start({ dataDir })).close();
    const file = path.join(dataDir, 'rsk.sqlite');
    const raw = new Database(file);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', 4_102_444_800_000);
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(cores.start({ dataDir })).rejects.toMatchObject({
      kind: 'unavailable',
      details: { code: 'db_newer_version' },
      userMessage: expect.stringContaining('neueren Version'),
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a file that is not a database and never overwrites it', async () => {
    const dataDir = cores.tempDir();
    const file = path.join(dataDir, 'rsk.sqlite');
    fs.writeFileSync(file, 'Dies ist eine Textdatei, keine Datenbank.\n');
    await expect(cores.start({ dataDir })).rejects.toMatchObject({
      kind: 'unavailable',
      userMessage: expect.stringContaining('keine Datenbank'),
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('Dies ist eine Textdatei, keine Datenbank.\n');
  });

  it('refuses a foreign SQLite database', async () => {
    const dataDir = cores.tempDir();
    const raw = new Database(path.join(dataDir, 'rsk.sqlite'));
    raw.exec('CREATE TABLE fremd (x)');
    raw.close();
    await expect(cores.start({ dataDir })).rejects.toMatchObject({ details: { code: 'db_foreign' } });
  });

  it('makes a safety copy before applying a new migration', async () => {
    const dataDir = cores.tempDir();
    const migrationsDir = path.join(cores.tempDir(), 'drizzle');
    fs.cpSync(findMigrationsDir(), migrationsDir, { recursive: true });
    const first = await cores.startLoggedIn({ dataDir, migrationsDir });
    expectOk(await first.invoke('clients:create', { kind: 'company', companyName: 'Vorher GmbH' }));
    await first.close();

    const journalFile = path.join(migrationsDir, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
      entries: { idx: number; when: number; tag: string }[];
    };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test_extra' });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(
      path.join(migrationsDir, '9999_test_extra.sql'),
      'CREATE TABLE test_extra (id integer);',
    );

    const second = await cores.start({ dataDir, migrationsDir });
    expect(second.migration.applied).toEqual(['9999_test_extra']);
    expect(second.migration.backupFile).not.toBeNull();
    const backup = new Database(second.migration.backupFile!, { readonly: true });
    const names = backup.prepare('SELECT display_name AS n FROM clients').all() as { n: string }[];
    const extra = backup
      .prepare("SELECT count(*) AS c FROM sqlite_master WHERE name = 'test_extra'")
      .get() as { c: number };
    backup.close();
    expect(names).toEqual([{ n: 'Vorher GmbH' }]);
    expect(extra.c).toBe(0);
    expect(second.deps.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
  });
});
