/**
 * Evaluates the document analysis on a labelled corpus through the app's own code path:
 *   npm run -s eval -- DIR [--json] [--cache CACHE_DIR] [--only doc_001,doc_002]
 * DIR holds clients.csv, docs/ and truth.json (format: /work/shared/samples/README.md).
 *
 * A fresh temporary data directory gets a real core (SQLite, migrations), a Kanzlei and DIR/clients.csv
 * imported with the app's client import (valid-only). Each document then goes through analyzeFile
 * (extraction in the worker pool, rules, client lookup in the database), without being stored.
 * `--cache` keeps the extracted text between runs (OCR is slow); the analysis and the client decision
 * always run against the database.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtractedDocument } from '../../src-shared/rules/documents';
import type { ClientImportResult } from '../../src-shared/clients/import-schemas';
import { contracts } from '../../src-shared/ipc/contracts';
import { createCore, type Core } from '../../src-main/core';
import { destroySharedExtractionPool, DocumentError } from '../../src-main/core/analysis';
import { analyzeExtraction, analyzeFile } from '../../src-main/core/services/documents/analyze-file';
import { evaluate, failed, type DocEvaluation } from './compare';
import { printReport, summarize } from './report';
import { loadTruth } from './truth';

const CACHE_VERSION = '1';

/** A fictitious office; its name must never be taken as a document's subject. */
const EVAL_OFFICE = {
  name: 'Steuerkanzlei Sonnenschein & Partner',
  street: 'Königsallee 12',
  postalCode: '40212',
  city: 'Düsseldorf',
  land: 'NW',
} as const;
const EVAL_ADMIN = { username: 'eval', displayName: 'Eval Admin', password: 'Eval-Passwort-2026' } as const;

interface Args {
  dir: string;
  json: boolean;
  cache?: string;
  only?: Set<string>;
}

function parseArgs(argv: string[]): Args {
  const rest = [...argv];
  let dir: string | undefined;
  let json = false;
  let cache: string | undefined;
  let only: Set<string> | undefined;
  while (rest.length > 0) {
    const arg = rest.shift() ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--cache') cache = rest.shift();
    else if (arg === '--only') only = new Set((rest.shift() ?? '').split(','));
    else if (arg === '--') continue;
    else dir = arg;
  }
  if (!dir) {
    console.error('Aufruf: eval DIR [--json] [--cache DIR] [--only doc_001,doc_002]');
    process.exit(2);
  }
  return { dir: path.resolve(dir), json, cache, only };
}

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invokeAs(core.actor, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.userMessage}`);
  return result.value as T;
}

/** A fresh data directory with a Kanzlei and the corpus' clients, imported as the app imports them. */
async function prepareCore(
  dataDir: string,
  clientsCsv: string,
): Promise<{ core: Core; imported: ClientImportResult }> {
  const core = await createCore({ dataDir, logLevel: 'silent' });
  const setup = await core.invoke(contracts.auth.setup.channel, { office: EVAL_OFFICE, admin: EVAL_ADMIN });
  if (!setup.ok) throw new Error(`auth:setup: ${setup.error.userMessage}`);
  const imported = await call<ClientImportResult>(core, contracts.clients.importRun.channel, {
    bytes: new Uint8Array(fs.readFileSync(clientsCsv)),
    fileName: path.basename(clientsCsv),
    mode: 'valid-only',
    updateExisting: false,
    taskId: randomUUID(),
  });
  return { core, imported };
}

function cacheFileFor(cacheDir: string | undefined, bytes: Uint8Array): string | undefined {
  if (!cacheDir) return undefined;
  const key = createHash('sha256').update(CACHE_VERSION).update(bytes).digest('hex');
  return path.join(cacheDir, `${key}.json`);
}

async function analyzeEntry(core: Core, file: string, cacheDir: string | undefined) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const cacheFile = cacheFileFor(cacheDir, bytes);
  if (cacheFile && fs.existsSync(cacheFile)) {
    const doc = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as ExtractedDocument;
    return analyzeExtraction(core.deps, doc);
  }
  const { extraction, analysis } = await analyzeFile(core.deps, { bytes, name: path.basename(file) });
  if (cacheFile && cacheDir) {
    const doc: ExtractedDocument = {
      format: extraction.format,
      pages: extraction.pages,
      warnings: extraction.warnings,
    };
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(doc));
  }
  return analysis;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const truth = loadTruth(args.dir).filter(
    (entry) => !args.only || args.only.has(path.basename(entry.file, path.extname(entry.file))),
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-eval-'));
  let core: Core | undefined;
  try {
    const prepared = await prepareCore(dataDir, path.join(args.dir, 'clients.csv'));
    core = prepared.core;
    const { imported } = prepared;
    if (!args.json) {
      process.stderr.write(
        `Mandanten importiert: ${imported.imported}, abgelehnt: ${imported.rejectedRows}` +
          (imported.rejected.length > 0
            ? ` (${imported.rejected
                .slice(0, 5)
                .map((r) => `Zeile ${r.line} ${r.field}: ${r.message}`)
                .join('; ')})`
            : '') +
          '\n',
      );
    }
    const started = Date.now();
    let finished = 0;
    const active = core;
    const results: DocEvaluation[] = await Promise.all(
      truth.map(async (entry) => {
        try {
          const analysis = await analyzeEntry(active, path.join(args.dir, entry.file), args.cache);
          return evaluate(entry, analysis);
        } catch (error) {
          const message = error instanceof DocumentError ? error.message : String(error);
          return failed(entry, message);
        } finally {
          finished++;
          if (!args.json && process.stderr.isTTY)
            process.stderr.write(`\r${finished}/${truth.length} Dokumente gelesen`);
        }
      }),
    );
    if (!args.json)
      process.stderr.write(
        `\r${truth.length} Dokumente in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
    const summary = summarize(results);
    if (args.json)
      console.log(
        JSON.stringify(
          { ...summary, clients: { imported: imported.imported, rejected: imported.rejectedRows } },
          null,
          2,
        ),
      );
    else printReport(summary);
  } finally {
    await destroySharedExtractionPool();
    await core?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
