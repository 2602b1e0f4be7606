/**
 * Evaluates the document analysis on a labelled corpus:
 *   npx tsx scripts/eval/main.ts DIR [--json] [--cache CACHE_DIR] [--only doc_001,doc_002]
 * DIR holds clients.csv, docs/ and truth.json (format: /work/shared/samples/README.md).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedDocument } from '../../src-shared/rules/documents';
import {
  analyzeDocument,
  clientDirectoryFromCsv,
  destroySharedExtractionPool,
  extractDocument,
  loadFinanzaemter,
  DocumentError,
} from '../../src-main/core/analysis';
import { evaluate, failed, type DocEvaluation } from './compare';
import { printReport, summarize } from './report';
import { loadTruth } from './truth';

const CACHE_VERSION = '1';

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

async function extractCached(file: string, cacheDir: string | undefined): Promise<ExtractedDocument> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const key = createHash('sha256').update(CACHE_VERSION).update(bytes).digest('hex');
  const cacheFile = cacheDir ? path.join(cacheDir, `${key}.json`) : undefined;
  if (cacheFile && fs.existsSync(cacheFile))
    return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as ExtractedDocument;
  const result = await extractDocument({ bytes, fileName: path.basename(file) });
  const doc: ExtractedDocument = { format: result.format, pages: result.pages, warnings: result.warnings };
  if (cacheFile && cacheDir) {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(doc));
  }
  return doc;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const truth = loadTruth(args.dir).filter(
    (entry) => !args.only || args.only.has(path.basename(entry.file, path.extname(entry.file))),
  );
  const clients = clientDirectoryFromCsv(
    new Uint8Array(fs.readFileSync(path.join(args.dir, 'clients.csv'))),
    loadFinanzaemter(),
  );
  const started = Date.now();
  let finished = 0;
  const results: DocEvaluation[] = await Promise.all(
    truth.map(async (entry) => {
      try {
        const doc = await extractCached(path.join(args.dir, entry.file), args.cache);
        const analysis = await analyzeDocument(doc, { findClients: clients });
        return evaluate(entry, analysis);
      } catch (error) {
        const message = error instanceof DocumentError ? error.message : String(error);
        return failed(entry, message);
      } finally {
        finished++;
        if (!args.json) process.stderr.write(`\r${finished}/${truth.length} Dokumente gelesen`);
      }
    }),
  );
  if (!args.json)
    process.stderr.write(`\r${truth.length} Dokumente in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await destroySharedExtractionPool();
  const summary = summarize(results);
  if (args.json) console.log(JSON.stringify(summary, null, 2));
  else printReport(summary);
}

await main();
