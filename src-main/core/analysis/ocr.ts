import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Tesseract from 'tesseract.js';
import { DocumentError, messages } from './errors';
import { parseHocr } from './hocr';
import { inkBounds } from './ink-bounds';
import { estimateSkew, layoutText, type PositionedText } from './layout';
import { unpackedPath } from './unpacked-path';

// Not named `require`: the bundler's ESM shim declares one in the same module scope.
const resolvePackage = createRequire(import.meta.url);

export interface OcrPaths {
  /** Folder with deu.traineddata.gz (the package's 4.0.0_best_int: the more accurate integer model). */
  langPath: string;
  corePath: string;
  workerPath: string;
}

/** Everything tesseract.js needs comes from installed packages; no path may be a URL. */
export function ocrPaths(): OcrPaths {
  const dataDir = path.dirname(resolvePackage.resolve('@tesseract.js-data/deu/package.json'));
  return {
    langPath: unpackedPath(path.join(dataDir, '4.0.0_best_int')),
    corePath: unpackedPath(path.dirname(resolvePackage.resolve('tesseract.js-core/package.json'))),
    workerPath: unpackedPath(fileURLToPath(new URL('./tesseract-offline-worker.cjs', import.meta.url))),
  };
}

let workerPromise: Promise<Tesseract.Worker> | undefined;
let lastDpi: number | undefined;

/** One tesseract worker per pool thread, created on first use and kept for the next pages. */
export function ocrWorker(paths: OcrPaths = ocrPaths()): Promise<Tesseract.Worker> {
  workerPromise ??= createOfflineWorker(paths)
    .then(async (worker) => {
      // Tesseract's diagnostics ("Detected 27 diacritics") would go to stderr; they are of no use to users.
      await worker.setParameters({ debug_file: '/dev/null', tessedit_do_invert: '0' });
      return worker;
    })
    .catch((error: unknown) => {
      workerPromise = undefined;
      throw new DocumentError('ocr-failed', messages.ocrFailed, { cause: error });
    });
  return workerPromise;
}

/**
 * createWorker with local paths only. tesseract.js leaves its promise pending when loading the language
 * data fails (it only reports to errorHandler), so the first reported error rejects it here.
 */
export function createOfflineWorker(paths: OcrPaths): Promise<Tesseract.Worker> {
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const created = Tesseract.createWorker('deu', Tesseract.OEM.LSTM_ONLY, {
    langPath: paths.langPath,
    corePath: paths.corePath,
    workerPath: paths.workerPath,
    cacheMethod: 'none',
    gzip: true,
    workerBlobURL: false,
    logger: () => undefined,
    errorHandler: (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
  });
  return Promise.race([created, failed]);
}

export async function terminateOcrWorker(): Promise<void> {
  const pending = workerPromise;
  workerPromise = undefined;
  lastDpi = undefined;
  if (pending) await (await pending).terminate().catch(() => undefined);
}

interface Word extends PositionedText {
  confidence: number;
  /** Which of the pass' text lines the word belongs to. */
  line: number;
}

interface Pass {
  words: Word[];
  baselines: { x0: number; y0: number; x1: number; y1: number }[];
  /** Lines without a wide internal gap (body text), as y0 and horizontal extent. */
  solidLines: { y0: number; x0: number; x1: number }[];
  rotateRadians: number;
}

async function recognize(
  worker: Tesseract.Worker,
  image: Buffer,
  options: Partial<Tesseract.RecognizeOptions>,
): Promise<Pass> {
  const result = await worker.recognize(image, options, { hocr: true, text: false });
  const words: Word[] = [];
  const baselines: Pass['baselines'] = [];
  const solidLines: Pass['solidLines'] = [];
  for (const [lineIndex, line] of parseHocr(result.data.hocr ?? '').entries()) {
    baselines.push(line.baseline);
    const sorted = [...line.words].sort((a, b) => a.bbox.x0 - b.bbox.x0);
    const maxGap = sorted
      .slice(1)
      .reduce((gap, word, i) => Math.max(gap, word.bbox.x0 - (sorted[i]?.bbox.x1 ?? word.bbox.x0)), 0);
    const height = line.bbox.y1 - line.bbox.y0;
    if (maxGap < height * 2.5) solidLines.push({ y0: line.bbox.y0, x0: line.bbox.x0, x1: line.bbox.x1 });
    for (const word of line.words) {
      words.push({
        text: word.text,
        x: word.bbox.x0,
        y: word.bbox.y0,
        width: word.bbox.x1 - word.bbox.x0,
        height: word.bbox.y1 - word.bbox.y0,
        confidence: word.confidence,
        line: lineIndex,
      });
    }
  }
  return { words, baselines, solidLines, rotateRadians: result.data.rotateRadians ?? 0 };
}

/**
 * The words of the info column's rows, up to the first wide vertical gap: what follows further down on
 * the right (a received stamp, the amounts of a table) is read well by the first pass and would only make
 * the second one longer.
 */
function columnRows(words: readonly Word[]): Word[] {
  const rows = new Map<number, { top: number; words: Word[] }>();
  for (const word of words) {
    const row = rows.get(word.line);
    if (row) {
      row.top = Math.min(row.top, word.y);
      row.words.push(word);
    } else rows.set(word.line, { top: word.y, words: [word] });
  }
  const sorted = [...rows.values()].sort((a, b) => a.top - b.top);
  const steps = sorted
    .slice(1)
    .map((row, i) => row.top - (sorted[i]?.top ?? row.top))
    .sort((a, b) => a - b);
  const typical = steps[Math.floor(steps.length / 2)];
  if (typical === undefined || sorted.length < 4) return [...words];
  const kept: Word[] = [];
  for (const [i, row] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous && row.top - previous.top > typical * 3) break;
    kept.push(...row.words);
  }
  return kept;
}

/**
 * The right-hand info column of a letter ("Steuernummer … / Datum …") next to the address block. Tesseract
 * sometimes merges a row of it with the address line on the left and garbles the smaller text; reading
 * that column on its own fixes it. Returns undefined when the page has no such column.
 */
export function infoColumnRect(pass: Pass, width: number, height: number): Tesseract.Rectangle | undefined {
  const fullWidth = pass.solidLines
    .filter((line) => line.y0 > height * 0.08 && line.x1 - line.x0 > width * 0.6)
    .map((line) => line.y0);
  const headerBottom = Math.min(height * 0.45, ...fullWidth);
  const header = pass.words.filter((word) => word.y + word.height <= headerBottom);
  if (header.length < 8) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = Math.round(width * 0.35); x <= width * 0.75; x += 8) {
    const crossing = header.filter((word) => word.x < x && word.x + word.width > x).length;
    const right = header.filter((word) => word.x >= x).length;
    if (right < 4) continue;
    if (best === undefined || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > 1) return undefined;
  const right = columnRows(header.filter((word) => word.x >= best.x));
  // The column's left edge: where most of its rows start (garbled words may sit further left).
  const starts = right.map((word) => word.x).sort((a, b) => a - b);
  const left = Math.max(0, (starts[Math.floor(starts.length * 0.2)] ?? best.x) - 30);
  const top = Math.max(0, Math.min(...right.map((word) => word.y)) - 25);
  const bottom = Math.min(headerBottom, Math.max(...right.map((word) => word.y + word.height)) + 25);
  if (bottom - top < 40) return undefined;
  return { left, top, width: width - left, height: bottom - top };
}

const inside = (word: PositionedText, rect: Tesseract.Rectangle): boolean => {
  const cx = word.x + word.width / 2;
  const cy = word.y + word.height / 2;
  return cx >= rect.left && cx <= rect.left + rect.width && cy >= rect.top && cy <= rect.top + rect.height;
};

/** The header of a binary PGM (P5): width, height and where the pixels start; undefined for other images. */
function pgmLayout(image: Buffer): { width: number; height: number; offset: number } | undefined {
  const match = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (!match) return undefined;
  return { width: Number(match[1]), height: Number(match[2]), offset: match[0].length };
}

/**
 * Reads one rectangle of the page. An upright grey page is cut to the rectangle first, so the engine
 * copies and reads a small image instead of the whole page again (same pixels, same result); a rotated
 * page or another format goes through the engine's rectangle option.
 */
async function recognizeRect(
  worker: Tesseract.Worker,
  image: Buffer,
  size: { width: number; height: number },
  rect: Tesseract.Rectangle,
  rotateRadians: number,
): Promise<Pass> {
  const pgm = rotateRadians === 0 ? pgmLayout(image) : undefined;
  if (!pgm || pgm.width !== size.width || pgm.height !== size.height) {
    return recognize(worker, image, { rectangle: rect, rotateRadians });
  }
  const left = Math.max(0, Math.floor(rect.left));
  const top = Math.max(0, Math.floor(rect.top));
  const width = Math.min(pgm.width, Math.ceil(rect.left + rect.width)) - left;
  const height = Math.min(pgm.height, Math.ceil(rect.top + rect.height)) - top;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const crop = Buffer.allocUnsafe(header.length + width * height);
  header.copy(crop, 0);
  for (let y = 0; y < height; y++) {
    const from = pgm.offset + (top + y) * pgm.width + left;
    image.copy(crop, header.length + y * width, from, from + width);
  }
  const pass = await recognize(worker, crop, {});
  const shift = <T extends { x0: number; y0: number }>(box: T): T => ({
    ...box,
    x0: box.x0 + left,
    y0: box.y0 + top,
  });
  return {
    ...pass,
    words: pass.words.map((word) => ({ ...word, x: word.x + left, y: word.y + top })),
    baselines: pass.baselines.map((line) => ({ ...shift(line), x1: line.x1 + left, y1: line.y1 + top })),
    solidLines: pass.solidLines.map((line) => ({
      y0: line.y0 + top,
      x0: line.x0 + left,
      x1: line.x1 + left,
    })),
  };
}

/** Slope (dy/dx, about 1.5°) above which a page is straightened and read again. */
const maxUnrotatedSkew = 0.026;

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
}

/** OCR of one page image: layout text rebuilt from word boxes, with a second look at the info column. */
export async function ocrImage(
  image: Buffer,
  size: { width: number; height: number; dpi?: number },
): Promise<OcrResult> {
  const worker = await ocrWorker();
  // A known resolution spares Tesseract its estimate (and its log line); 0 lets it estimate for photos.
  if (size.dpi !== lastDpi) {
    await worker.setParameters({ user_defined_dpi: size.dpi ? String(Math.round(size.dpi)) : '0' });
    lastDpi = size.dpi;
  }
  let first: Pass;
  try {
    const pgm = pgmLayout(image);
    const ink =
      pgm && pgm.width === size.width && pgm.height === size.height
        ? inkBounds(image, pgm.offset, pgm.width, pgm.height)
        : undefined;
    first = ink ? await recognizeRect(worker, image, size, ink, 0) : await recognize(worker, image, {});
    // Tesseract reads lines slanted by a degree or so as they are (the layout below straightens them).
    // Only a clearly rotated page is read again, straightened: rotateAuto finds the lines a second time
    // and rotates the image, which costs a third of a page's time when done for every page.
    if (Math.abs(estimateSkew(first.baselines)) > maxUnrotatedSkew) {
      first = await recognize(worker, image, { rotateAuto: true });
    }
  } catch (error) {
    throw new DocumentError('ocr-failed', messages.ocrFailed, { cause: error });
  }
  let words = first.words;
  const rect = infoColumnRect(first, size.width, size.height);
  if (rect) {
    const second = await recognizeRect(worker, image, size, rect, first.rotateRadians).catch(() => undefined);
    if (second && second.words.length > 0) {
      words = [
        ...first.words.filter((word) => !inside(word, rect)),
        ...second.words.filter((word) => inside(word, rect)),
      ];
    }
  }
  const skew = estimateSkew(first.baselines);
  const text = layoutText(words, skew);
  const confidence =
    words.length > 0 ? words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100 : 0;
  return { text, confidence };
}
