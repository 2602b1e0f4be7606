import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createExtractionPool } from '../../src-main/core/analysis';
import { analyzeFile } from '../../src-main/core/services/documents/analyze-file';
import { benchCorpus, benchCore, eachLimited } from './analysis-fixtures';
import { median, result, timeMs, type BenchResult } from './measure';

/** Every text PDF of the corpus, repeated so a run has enough pages to measure. */
const ROUNDS = 8;
const RUNS = 5;

/**
 * Bare pdfjs text extraction in `threads` worker threads, files dealt round-robin. `syncInflate`: with the
 * extraction threads' synchronous inflate instead of pdfjs' default, for the informational figure.
 */
async function rawPdfjs(files: readonly Uint8Array[], threads: number, syncInflate = false) {
  const workerFile = new URL('./pdfjs-raw-worker.mjs', import.meta.url);
  const workers = Array.from(
    { length: threads },
    () => new Worker(workerFile, { workerData: { syncInflate } }),
  );
  const run = (worker: Worker, share: Uint8Array[]) =>
    new Promise<{ pages: number; chars: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(share);
    });
  const deal = (list: readonly Uint8Array[]) =>
    workers.map((_, i) => list.filter((__, index) => index % threads === i));
  try {
    // Warm-up: module loading and JIT, as the pipeline's warm-up below.
    await Promise.all(workers.map((worker, i) => run(worker, deal(files)[i] ?? [])));
    let pages = 0;
    const ms = await timeMs(async () => {
      const done = await Promise.all(workers.map((worker, i) => run(worker, deal(files)[i] ?? [])));
      pages = done.reduce((sum, d) => sum + d.pages, 0);
    });
    return { pages, ms };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * analysis.text_pages_per_s: text PDFs through the whole pipeline (analyzeFile: type by content, text
 * layer and layout in the worker pool, rules, client lookup in the database), several files at once
 * so the pool keeps both cores busy. Baseline pdfjs.raw_pages_per_s: bare pdfjs-dist getTextContent
 * of the same files in the same number of worker threads (the fair comparison for a pool that uses
 * every core), without layout, scan detection or analysis, with pdfjs' default inflate (Web Streams
 * DecompressionStream). The pipeline's threads inflate synchronously (sync-decompression.ts); bare pdfjs
 * with that inflate is printed for reference, so the share of each improvement stays visible.
 */
export async function benchAnalysisText(): Promise<BenchResult> {
  const corpus = benchCorpus('pdf-text', 40);
  const files = Array.from({ length: ROUNDS }, () => corpus.files).flat();
  const { core, cleanup } = await benchCore(corpus.clientsCsv);
  const pool = createExtractionPool({ idleTimeoutMs: 60_000 });
  try {
    const pipeline = async () => {
      let pages = 0;
      const ms = await timeMs(() =>
        eachLimited(files, pool.threads * 2, async (file) => {
          const { extraction } = await analyzeFile(core.deps, file, { pool });
          pages += extraction.pageCount;
        }),
      );
      return { pages, ms };
    };
    await pipeline(); // warm-up: thread start, module loading, JIT
    const pipelineRates: number[] = [];
    const rawRates: number[] = [];
    const inflateRates: number[] = [];
    const bytes = files.map((file) => file.bytes);
    for (let run = 0; run < RUNS; run++) {
      const raw = await rawPdfjs(bytes, pool.threads);
      rawRates.push(raw.pages / (raw.ms / 1000));
      const inflate = await rawPdfjs(bytes, pool.threads, true);
      inflateRates.push(inflate.pages / (inflate.ms / 1000));
      const measured = await pipeline();
      pipelineRates.push(measured.pages / (measured.ms / 1000));
    }
    process.stderr.write(
      `analysis.text_pages_per_s: ${files.length} Dateien (${corpus.files.length} × ${ROUNDS}) aus ${corpus.source}, ${pool.threads} Threads; ` +
        `bloßes pdfjs mit der synchronen Dekompression der App: ${Math.round(median(inflateRates))} Seiten/s (nur zur Information)\n`,
    );
    return result(
      'analysis.text_pages_per_s',
      'pages/s',
      median(pipelineRates),
      'pdfjs.raw_pages_per_s',
      median(rawRates),
    );
  } finally {
    await pool.destroy();
    await cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(`${JSON.stringify(await benchAnalysisText())}\n`);
}
