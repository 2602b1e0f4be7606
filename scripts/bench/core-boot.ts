import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../src-main/core';
import { seedSyntheticClients } from '../../src-main/core/services/seed/synthetic-clients';
import { median, result, timeMs, type BenchResult } from './measure';

const CLIENTS = 50_000;
const RUNS = 7;
const FIRST_PAGE_SQL = 'SELECT * FROM clients ORDER BY client_number ASC, id ASC LIMIT 200 OFFSET 0';
const COUNT_SQL = 'SELECT count(*) AS n FROM clients';

/** core.boot_ms: createCore on 50,000 clients through the first list query, vs. raw better-sqlite3. */
export async function benchCoreBoot(): Promise<BenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-bench-boot-'));
  try {
    const setup = await createCore({ dataDir, logLevel: 'silent' });
    seedSyntheticClients(setup.deps, setup.actor, CLIENTS);
    await setup.close();

    const core: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      core.push(
        await timeMs(async () => {
          const c = await createCore({ dataDir, logLevel: 'silent' });
          const list = await c.invokeAs(c.actor, 'clients:list', { limit: 200 });
          if (!list.ok) throw new Error(list.error.message);
          void c.close();
        }),
      );
      raw.push(
        await timeMs(() => {
          const db = new Database(path.join(dataDir, 'rsk.sqlite'));
          db.pragma('journal_mode = WAL');
          db.prepare(FIRST_PAGE_SQL).all();
          db.prepare(COUNT_SQL).get();
          db.close();
        }),
      );
    }
    return result('core.boot_ms', 'ms', median(core), 'better_sqlite3.raw_open_query_ms', median(raw));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
