import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contracts } from '../../src-shared/ipc/contracts';
import { createCore, type Core } from '../../src-main/core';
import { loadFinanzaemter } from '../../src-main/core/analysis';
import { generateCorpus } from '../eval/synthetic/corpus';
import { buildPdf, textPageFromLayout } from '../eval/synthetic/pdf-writer';
import { createRng } from '../eval/synthetic/random';
import { scanPdf } from '../eval/synthetic/scan';
import { loadTruth } from '../eval/truth';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared sample corpus (../shared/samples or RSK_SAMPLES_DIR), if present. */
export function samplesDir(): string | undefined {
  const dir = process.env.RSK_SAMPLES_DIR ?? path.resolve(repoRoot, '..', 'shared', 'samples');
  return fs.existsSync(path.join(dir, 'truth.json')) ? dir : undefined;
}

export interface BenchCorpus {
  /** Where the files come from, for the printed note. */
  source: string;
  files: { name: string; bytes: Uint8Array }[];
  clientsCsv: Uint8Array;
}

/**
 * Documents of one format: the samples' files when the corpus is there, else synthetic ones from the
 * eval generator (text PDFs or simulated scans), with the matching client list.
 */
export function benchCorpus(format: 'pdf-text' | 'pdf-scan', max: number): BenchCorpus {
  const dir = samplesDir();
  if (dir) {
    const files = loadTruth(dir)
      .filter((entry) => entry.format === format)
      .slice(0, max)
      .map((entry) => ({
        name: path.basename(entry.file),
        bytes: new Uint8Array(fs.readFileSync(path.join(dir, entry.file))),
      }));
    return {
      source: `${dir}/docs`,
      files,
      clientsCsv: new Uint8Array(fs.readFileSync(path.join(dir, 'clients.csv'))),
    };
  }
  const corpus = generateCorpus(loadFinanzaemter(), { seed: 5, perType: Math.ceil(max / 15) });
  const rng = createRng(99);
  const files = corpus.docs.slice(0, max).map((doc) => ({
    name: doc.name.replace(/\.txt$/, '.pdf'),
    bytes:
      format === 'pdf-text'
        ? buildPdf(doc.text.split('\f').map((page) => textPageFromLayout(page)))
        : scanPdf(rng, doc.text),
  }));
  return { source: 'synthetischer Korpus (scripts/eval/synthetic)', files, clientsCsv: corpus.clientsCsv };
}

/**
 * A synthetic scanned letter (one page, never part of a measured corpus) to warm a pipeline up with real
 * work: the first scans of a thread also compile pdfjs' image decoding and page rendering, which a tiny
 * image would not, so a measurement after it shows the steady state of a batch.
 */
export function warmUpScan(seed = 4711): Uint8Array {
  const corpus = generateCorpus(loadFinanzaemter(), { seed, perType: 1 });
  const text = corpus.docs[0]?.text.split('\f')[0] ?? '';
  return scanPdf(createRng(seed), text);
}

/** A core on a fresh data directory with a Kanzlei and the corpus' clients (the app's CSV import). */
export async function benchCore(
  clientsCsv: Uint8Array,
): Promise<{ core: Core; cleanup: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-bench-analysis-'));
  const core = await createCore({ dataDir, logLevel: 'silent' });
  const setup = await core.invoke(contracts.auth.setup.channel, {
    office: {
      name: 'Steuerkanzlei Sonnenschein & Partner',
      street: 'Königsallee 12',
      postalCode: '40212',
      city: 'Düsseldorf',
      land: 'NW',
    },
    admin: { username: 'bench', displayName: 'Bench Admin', password: 'Bench-Passwort-2026' },
  });
  if (!setup.ok) throw new Error(setup.error.userMessage);
  const imported = await core.invokeAs(core.actor, contracts.clients.importRun.channel, {
    bytes: clientsCsv,
    fileName: 'clients.csv',
    mode: 'valid-only',
    updateExisting: false,
    taskId: randomUUID(),
  });
  if (!imported.ok) throw new Error(imported.error.userMessage);
  return {
    core,
    cleanup: async () => {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs fn over the items, at most `limit` at a time. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
