import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DocumentError, messages } from './errors';
import { layoutText, type PositionedText } from './layout';

let workerReady: Promise<void> | undefined;

/**
 * pdfjs runs its "worker" in this thread: we are already inside a pool thread, and a nested worker
 * would only add start-up cost. Loading the worker module onto globalThis is pdfjs' documented way to
 * run it in-thread, and it works the same in Node and in a bundled app.
 */
function ensureInThreadWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker: unknown) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  });
  return workerReady;
}

let assetDirs: { wasm: string; fonts: string; cmaps: string } | undefined;

/** pdfjs' decoders (JPX, JBIG2), fonts and CMaps are read from the installed package, never fetched. */
function pdfjsAssets(): { wasm: string; fonts: string; cmaps: string } {
  if (!assetDirs) {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const dir = (name: string): string => `${path.join(root, name).replace(/\\/g, '/')}/`;
    assetDirs = { wasm: dir('wasm'), fonts: dir('standard_fonts'), cmaps: dir('cmaps') };
  }
  return assetDirs;
}

export interface OpenPdf {
  doc: PDFDocumentProxy;
  /** Frees pdfjs' resources (pdfjs 6: via the loading task). */
  close(): Promise<void>;
}

/**
 * `render`: the document will be painted (previews, OCR), so pdfjs gets the standard font files for
 * non-embedded fonts. `text`: only the text layer and operator lists are read; pdfjs' built-in metrics of
 * the standard 14 fonts give the same text items, and skipping the font files (read and parsed anew for
 * every document) makes text extraction about 1.5x faster.
 */
export type PdfPurpose = 'render' | 'text';

export async function openPdf(
  bytes: Uint8Array,
  password?: string,
  maxImagePixels = 40_000_000,
  purpose: PdfPurpose = 'render',
): Promise<OpenPdf> {
  await ensureInThreadWorker();
  const assets = pdfjsAssets();
  // pdfjs may take over the buffer; give it its own copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    password,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    maxImageSize: maxImagePixels,
    wasmUrl: assets.wasm,
    standardFontDataUrl: purpose === 'render' ? assets.fonts : undefined,
    cMapUrl: assets.cmaps,
    cMapPacked: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    return { doc, close: () => task.destroy().catch(() => undefined) };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw mapPdfError(error);
  }
}

export function mapPdfError(error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const name = (error as { name?: string }).name;
  const code = (error as { code?: number }).code;
  if (name === 'PasswordException') {
    return code === pdfjs.PasswordResponses.INCORRECT_PASSWORD
      ? new DocumentError('password-wrong', messages.passwordWrong, { cause: error })
      : new DocumentError('password-required', messages.passwordRequired, { cause: error });
  }
  return new DocumentError('damaged-pdf', messages.damagedPdf, { cause: error });
}

export interface PdfPageText {
  text: string;
  /** Non-whitespace characters in the text layer. */
  chars: number;
}

/** The page's text layer as layout text. */
export async function readPageText(page: PDFPageProxy): Promise<PdfPageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const tx = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const fontHeight = Math.hypot(tx[2] ?? 0, tx[3] ?? 0) || item.height || 10;
    items.push({
      text: item.str,
      x: tx[4] ?? 0,
      y: (tx[5] ?? 0) - fontHeight,
      width: item.width * viewport.scale || item.str.length * fontHeight * 0.5,
      height: fontHeight,
    });
  }
  const text = layoutText(items);
  return { text, chars: text.replace(/\s/g, '').length };
}

/**
 * A page with (next to) no text layer may be a scan. Whether it paints an image is only known once it
 * is rendered for OCR (asking pdfjs' operator list here would decode the scan a second time).
 */
export const maybeScanned = (page: PdfPageText): boolean => page.chars < 40;
