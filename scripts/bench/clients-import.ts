import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../src-main/core';
import { exportClientsCsv } from '../../src-main/core/services/clients/clients-export';
import { loadClient, toStoredClient } from '../../src-main/core/services/clients/client-reader';
import {
  clientRowValues,
  clientStatements,
  type StoredClient,
} from '../../src-main/core/services/clients/client-writer';
import { buildSearchDocument } from '../../src-main/core/services/clients/search-document';
import { compact } from '../../src-main/core/services/clients/import/bulk-audit';
import { runImport } from '../../src-main/core/services/clients/import/import-run';
import { seedSyntheticClients } from '../../src-main/core/services/seed/synthetic-clients';
import { median, result, type BenchResult } from './measure';

const ROWS = 50_000;
const RUNS = 3;

/**
 * clients.import_rows_per_s: `rsk clients import` of a 50,000-row office CSV (UTF-8, `;`, the 19 usual
 * columns and ours) into an empty office: decoding, parsing, validation and normalisation of every
 * identifier, duplicate checks, writing with search index and one audit record per client, in one
 * transaction. Baseline sqlite.raw_insert_rows_per_s: the same rows (client, Steuernummer, account,
 * Ansprechpartner, tags, search document, one audit record per client) with every value computed
 * beforehand, written with the same prepared statements in one transaction: what SQLite alone costs,
 * without decoding, parsing, checks, search-document building or audit JSON.
 */
export async function benchClientsImport(): Promise<BenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-bench-import-'));
  try {
    const source = await createCore({ dataDir: path.join(root, 'source'), logLevel: 'silent' });
    seedSyntheticClients(source.deps, source.actor, ROWS, 3);
    const { bytes } = exportClientsCsv(source.deps);
    const ids = source.deps.sqlite.prepare('SELECT id FROM clients ORDER BY id').pluck().all() as number[];
    const stored: StoredClient[] = ids.map((id) => toStoredClient(loadClient(source.deps.sqlite, id)!));
    await source.close();

    const importRates: number[] = [];
    const rawRates: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const target = await createCore({ dataDir: path.join(root, `import-${run}`), logLevel: 'silent' });
      const started = performance.now();
      const outcome = await runImport(target.deps, target.actor, {
        bytes,
        fileName: 'bench.csv',
        mode: 'all-or-nothing',
        updateExisting: false,
        taskId: `bench-${run}`,
      });
      const seconds = (performance.now() - started) / 1000;
      if (outcome.imported !== ROWS)
        throw new Error(
          `Import bench imported ${outcome.imported}: ${JSON.stringify(outcome.rejected.slice(0, 3))}`,
        );
      importRates.push(ROWS / seconds);
      await target.close();

      const raw = await createCore({ dataDir: path.join(root, `raw-${run}`), logLevel: 'silent' });
      const s = clientStatements(raw.deps.sqlite);
      const now = new Date().toISOString();
      // The import also writes one audit record per client (a product rule): the baseline writes it too,
      // with the same statement and a JSON text of about the same size, so both do the same SQL work.
      const auditInsert = raw.deps.sqlite.prepare(
        `INSERT INTO audit_log (at, actor_id, actor_name, action, entity_type, entity_id, before, after)
         VALUES (?, ?, ?, ?, 'client', ?, ?, ?)`,
      );
      const actorId = raw.actor.id;
      const actorName = raw.actor.displayName;
      const rows = stored.map((client, i) => ({
        client,
        values: clientRowValues(client),
        doc: buildSearchDocument(client),
        audit: JSON.stringify(compact(client, { line: i + 2 })),
      }));
      const rawStarted = performance.now();
      raw.deps.sqlite.transaction(() => {
        for (const { client, values, doc, audit } of rows) {
          const id = s.insert.run(...values, null, now, now).lastInsertRowid;
          client.taxNumbers.forEach((t, i) =>
            s.insertTaxNumber.run(id, i, t.taxType, t.elster13, t.land, t.bufa, t.validFrom, t.validTo),
          );
          client.bankAccounts.forEach((b, i) =>
            s.insertBankAccount.run(
              id,
              i,
              b.iban,
              b.bic,
              b.accountHolder,
              b.bankName,
              b.sepaMandateRef,
              b.sepaMandateDate,
            ),
          );
          client.contacts.forEach((p, i) =>
            s.insertContact.run(
              id,
              i,
              p.salutation,
              p.title,
              p.firstName,
              p.lastName,
              p.role,
              p.email,
              p.phone,
              p.mobile,
            ),
          );
          for (const tag of client.tags) s.insertTag.run(id, tag);
          s.insertSearch.run(id, doc);
          auditInsert.run(now, actorId, actorName, 'client.import', String(id), null, audit);
        }
      })();
      rawRates.push(ROWS / ((performance.now() - rawStarted) / 1000));
      await raw.close();
    }
    const value = median(importRates);
    const baseline = median(rawRates);
    const r = result('clients.import_rows_per_s', 'rows/s', value, 'sqlite.raw_insert_rows_per_s', baseline);
    // For throughput higher is better: the ratio says how many times slower than the raw insert.
    return { ...r, ratio: Math.round((baseline / value) * 1000) / 1000 };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
