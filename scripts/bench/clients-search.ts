import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../src-main/core';
import { listClients } from '../../src-main/core/services/clients/clients-list';
import { buildFtsQuery } from '../../src-main/core/services/clients/search-query';
import { seedSyntheticClients } from '../../src-main/core/services/seed/synthetic-clients';
import { median, result, type BenchResult } from './measure';
import { searchQueries } from './search-queries';

const CLIENTS = 50_000;
const ROUNDS = 5;

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/**
 * clients.search_p95_ms: the client list's search (query normalisation, FTS5 match, filters, German
 * sort, total count, one page of 50) over 200 varied queries on 50,000 clients; baseline
 * fts5.raw_p95_ms: the same MATCH expressions straight against the FTS5 table, all matching rowids.
 */
export async function benchClientsSearch(): Promise<BenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-bench-search-'));
  try {
    const core = await createCore({ dataDir, logLevel: 'silent' });
    seedSyntheticClients(core.deps, core.actor, CLIENTS);
    const { sqlite } = core.deps;
    const queries = searchQueries(sqlite);
    const raw = sqlite.prepare('SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?').pluck();
    const matches = queries.map((q) => buildFtsQuery(q) ?? '""');
    const search = (query: string) =>
      listClients(sqlite, { query, sortBy: 'displayName', sortDir: 'asc', offset: 0, limit: 50 });
    // Warm-up: page cache and statement cache as in a running app.
    queries.forEach(search);
    matches.forEach((m) => raw.all(m));
    // Each query's median over the rounds (a busy machine disturbs single runs), then the 95th
    // percentile over the 200 queries.
    const serviceTimes: number[][] = queries.map(() => []);
    const rawTimes: number[][] = queries.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      queries.forEach((query, i) => {
        let t = performance.now();
        search(query);
        serviceTimes[i]?.push(performance.now() - t);
        t = performance.now();
        raw.all(matches[i]);
        rawTimes[i]?.push(performance.now() - t);
      });
    }
    await core.close();
    return result(
      'clients.search_p95_ms',
      'ms',
      percentile(serviceTimes.map(median), 95),
      'fts5.raw_p95_ms',
      percentile(rawTimes.map(median), 95),
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
