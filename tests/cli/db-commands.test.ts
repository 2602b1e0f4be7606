import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { rsk } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

describe('rsk db and seed', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const tempDir = () => {
    const { dir, cleanup } = makeTempDir('rsk-cli-');
    cleanups.push(cleanup);
    return dir;
  };

  it('initialises, reports status, seeds a demo office and checks the database', () => {
    const dir = tempDir();
    const init = rsk(['db', 'init', '--data-dir', dir, '--json']);
    expect(init.code, init.stderr).toBe(0);
    const initialised = init.json<{ file: string; schemaVersion: number; applied: string[] }>();
    expect(initialised.file).toBe(path.join(dir, 'rsk.sqlite'));
    expect(initialised.applied[0]).toBe('0000_foundation');
    expect(initialised.applied).toHaveLength(initialised.schemaVersion);

    const again = rsk(['db', 'init', '--data-dir', dir, '--json']);
    expect(again.code).toBe(0);
    expect(again.json()).toMatchObject({ applied: [] });

    const status = rsk(['db', 'status', '--data-dir', dir, '--json']);
    expect(status.code).toBe(0);
    const s = status.json<{
      schemaVersion: number;
      pending: unknown[];
      applied: { tag: string }[];
      sizeBytes: number;
    }>();
    expect(s.schemaVersion).toBe(s.applied.length);
    expect(s.pending).toEqual([]);
    expect(s.sizeBytes).toBeGreaterThan(0);

    const seed = rsk(['seed', '--demo', '--data-dir', dir, '--json']);
    expect(seed.code, seed.stderr).toBe(0);
    const seeded = seed.json<{ seeded: boolean; berater: number; clients: number }>();
    expect(seeded.seeded).toBe(true);
    expect(seeded.berater).toBeGreaterThanOrEqual(3);
    expect(seeded.clients).toBeGreaterThanOrEqual(25);

    const db = new Database(path.join(dir, 'rsk.sqlite'), { readonly: true });
    const kinds = db.prepare('SELECT kind, count(*) AS n FROM clients GROUP BY kind').all() as {
      kind: string;
      n: number;
    }[];
    const audited = db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'client.create'")
      .get() as { n: number };
    db.close();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['company', 'person']);
    expect(audited.n).toBe(seeded.clients);

    const seedAgain = rsk(['seed', '--demo', '--data-dir', dir, '--json']);
    expect(seedAgain.json()).toMatchObject({ seeded: false });

    const check = rsk(['db', 'check', '--data-dir', dir, '--json']);
    expect(check.code).toBe(0);
    expect(check.json()).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: [] });
  });

  it('takes the data directory from RSK_DATA_DIR', () => {
    const dir = tempDir();
    const init = rsk(['db', 'init', '--json'], { RSK_DATA_DIR: dir });
    expect(init.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'rsk.sqlite'))).toBe(true);
  });

  it('exits 1 with a German message for user errors', () => {
    const dir = tempDir();
    const missing = rsk(['db', 'status', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('noch keine Datenbank');

    const unknown = rsk(['zaubern']);
    expect(unknown.code).toBe(1);

    const notDb = path.join(dir, 'rsk.sqlite');
    fs.writeFileSync(notDb, 'kein SQLite');
    const init = rsk(['db', 'init', '--data-dir', dir, '--json']);
    expect(init.code).toBe(1);
    expect(init.stderr).toContain('keine Datenbank');
    expect(init.json()).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(fs.readFileSync(notDb, 'utf8')).toBe('kein SQLite');
  });

  it('refuses a database from a newer version in every command and leaves it unchanged', () => {
    const dir = tempDir();
    expect(rsk(['db', 'init', '--data-dir', dir]).code).toBe(0);
    const file = path.join(dir, 'rsk.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 42');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = fs.readFileSync(file);
    for (const args of [
      ['db', 'init'],
      ['db', 'status'],
      ['seed', '--demo'],
    ]) {
      const run = rsk([...args, '--data-dir', dir]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain('neueren Version');
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
