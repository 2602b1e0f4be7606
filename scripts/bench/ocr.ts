import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createExtractionPool, defaultLimits, extractDocument } from '../../src-main/core/analysis';
import { ocrPaths } from '../../src-main/core/analysis/ocr';
import { openPdf } from '../../src-main/core/analysis/pdf';
import { renderPage } from '../../src-main/core/analysis/pdf-render';
import { benchCorpus, eachLimited, warmUpScan } from './analysis-fixtures';
import { result, round, timeMs, type BenchResult } from './measure';

/** Scanned pages measured; OCR takes seconds per page, so a handful keeps the bench in budget. */
const MAX_FILES = 6;

/** Why the native baseline cannot run here, or undefined when `tesseract` with German data is installed. */
function tesseractMissing(): string | undefined {
  const version = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0)
    return 'das Programm „tesseract“ ist nicht installiert (Debian: apt-get install tesseract-ocr tesseract-ocr-deu)';
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (!/^deu$/m.test(`${langs.stdout}\n${langs.stderr}`))
    return 'die deutschen Sprachdaten fehlen (Debian: apt-get install tesseract-ocr-deu)';
  return undefined;
}

/** The pages as the pipeline renders them for OCR (pdfjs + @napi-rs/canvas, same dpi), as PNG files. */
async function renderPages(files: readonly Uint8Array[], dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const [fileIndex, bytes] of files.entries()) {
    const pdf = await openPdf(bytes);
    try {
      for (let n = 1; n <= pdf.doc.numPages; n++) {
        const page = await pdf.doc.getPage(n);
        const rendered = await renderPage(page, defaultLimits.ocrDpi, defaultLimits.maxImagePixels);
        const file = path.join(dir, `page-${fileIndex}-${n}.png`);
        fs.writeFileSync(file, rendered.png);
        out.push(file);
      }
    } finally {
      await pdf.close();
    }
  }
  return out;
}

/**
 * The app's own German model (tesseract.js-data 4.0.0_best_int, gunzipped) as a tessdata folder, so the
 * native run recognises with the same network. Debian's tesseract-ocr-deu is the smaller "fast" model,
 * which the app does not ship; its time is printed for reference.
 */
function appModelDir(dir: string): string {
  const tessdata = path.join(dir, 'tessdata');
  fs.mkdirSync(tessdata, { recursive: true });
  const gz = fs.readFileSync(path.join(ocrPaths().langPath, 'deu.traineddata.gz'));
  fs.writeFileSync(path.join(tessdata, 'deu.traineddata'), zlib.gunzipSync(gz));
  return tessdata;
}

const tesseractCli = (image: string, tessdataDir?: string): Promise<void> =>
  new Promise((resolve, reject) => {
    execFile(
      'tesseract',
      [image, 'stdout', '-l', 'deu', ...(tessdataDir ? ['--tessdata-dir', tessdataDir] : [])],
      // One core per process, as each pool thread has one; the processes run side by side.
      { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error) => (error ? reject(error) : resolve()),
    );
  });

/**
 * ocr.s_per_page: image-only PDFs through the extraction pipeline (scan detection, page rendering at
 * 300 dpi, tesseract.js (WebAssembly) with the German best_int model, the second pass over a letter's info
 * column, layout), all pool threads busy; seconds of wall time per page. Baseline tesseract_cli.s_per_page:
 * the native `tesseract` 5 CLI with the same best_int model on the same pages, already rendered (PNG at
 * the same dpi, not counted), as many processes side by side as the pool has threads, one core each.
 * Debian's default deu model (tessdata "fast") on the same images is printed for reference.
 * Without the binary the baseline is skipped with the reason printed (value and ratio null).
 */
export async function benchOcr(): Promise<BenchResult> {
  const corpus = benchCorpus('pdf-scan', MAX_FILES);
  const pool = createExtractionPool({ idleTimeoutMs: 60_000 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-bench-ocr-'));
  try {
    // One synthetic scanned page per thread first: starts each thread's OCR engine and compiles the
    // rendering path, so the figure is a batch's steady state (the pool keeps its threads between files).
    const warm = warmUpScan();
    await Promise.all(
      Array.from({ length: pool.threads }, () =>
        extractDocument({ bytes: warm, fileName: 'warm.pdf' }, { pool }),
      ),
    );
    let pages = 0;
    const pipelineMs = await timeMs(() =>
      eachLimited(corpus.files, pool.threads, async (file) => {
        const extracted = await extractDocument({ bytes: file.bytes, fileName: file.name }, { pool });
        pages += extracted.pages.filter((page) => page.source === 'ocr').length;
      }),
    );
    const value = pipelineMs / 1000 / pages;
    process.stderr.write(
      `ocr.s_per_page: ${pages} Seiten aus ${corpus.files.length} Dateien (${corpus.source}), ${pool.threads} Threads; ` +
        `Pipeline mit Rendern (${defaultLimits.ocrDpi} dpi), tesseract.js deu 4.0.0_best_int, zweitem Lauf über die Infospalte, Layout\n`,
    );

    const missing = tesseractMissing();
    if (missing) {
      process.stderr.write(`tesseract_cli.s_per_page übersprungen: ${missing}\n`);
      return {
        name: 'ocr.s_per_page',
        unit: 's/page',
        value: round(value),
        baseline: { name: 'tesseract_cli.s_per_page', value: Number.NaN },
        ratio: Number.NaN,
      };
    }
    const images = await renderPages(
      corpus.files.map((file) => file.bytes),
      dir,
    );
    const tessdata = appModelDir(dir);
    const cliMs = await timeMs(() =>
      eachLimited(images, pool.threads, (image) => tesseractCli(image, tessdata)),
    );
    const fastMs = await timeMs(() => eachLimited(images, pool.threads, (image) => tesseractCli(image)));
    process.stderr.write(
      `tesseract_cli.s_per_page: natives tesseract, Modell der App (deu 4.0.0_best_int), ${images.length} vorgerenderte Seiten, ${pool.threads} Prozesse; ` +
        `Debians deu-Modell (fast): ${round(fastMs / 1000 / images.length)} s/Seite (nur zur Information)\n`,
    );
    return result(
      'ocr.s_per_page',
      's/page',
      value,
      'tesseract_cli.s_per_page',
      cliMs / 1000 / images.length,
    );
  } finally {
    await pool.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(`${JSON.stringify(await benchOcr())}\n`);
}
