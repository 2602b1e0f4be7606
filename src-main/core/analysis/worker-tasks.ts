import type { MessagePort } from 'node:worker_threads';
import type { DocumentFormat, ExtractedPage } from '../../../src-shared/rules/documents';
import { extractDocxText } from './docx';
import { DocumentError, messages, toErrorData, type DocumentErrorData } from './errors';
import { detectFileKind, type FileKind } from './file-kind';
import { checkImageSize } from './image-info';
import type { ExtractionLimits } from './limits';
import { ocrImage } from './ocr';
import { maybeScanned, openPdf, readPageText, type OpenPdf } from './pdf';
import { pdfFormat } from './pdf-format';
import { renderPageGray } from './pdf-render';
import { renderPreview, type PreviewResult, type PreviewTask } from './preview';
import { decodeText } from './text-decode';

export interface PrepareTask {
  kind: 'prepare';
  bytes: Uint8Array;
  password?: string;
  limits: ExtractionLimits;
  /** Receives { page, pageCount } while the text layer is read. */
  port?: MessagePort;
}

export interface OcrPdfPageTask {
  kind: 'ocr-pdf-page';
  /** Identifies the file so consecutive pages reuse the parsed PDF. */
  docKey: string;
  bytes: Uint8Array;
  password?: string;
  pageNumber: number;
  limits: ExtractionLimits;
}

export interface OcrImageTask {
  kind: 'ocr-image';
  bytes: Uint8Array;
  limits: ExtractionLimits;
}

export type WorkerTask = PrepareTask | OcrPdfPageTask | OcrImageTask | PreviewTask;

export interface PrepareResult {
  fileKind: FileKind;
  format: DocumentFormat;
  /** Pages read without OCR; OCR pages follow separately. */
  pages: ExtractedPage[];
  pageCount: number;
  /**
   * 1-based numbers of PDF pages without a text layer (or [1] for an image): OCR reads them when they
   * paint an image, else their (nearly empty) text layer stands.
   */
  ocrPages: number[];
  warnings: string[];
  encoding?: string;
}

export interface OcrPageResult {
  page: ExtractedPage;
}

export type WorkerResult<T> = { ok: true; value: T } | { ok: false; error: DocumentErrorData };

/** Plain text is cut into pseudo-pages at form feeds, else every 120 lines, to bound later work. */
function textPages(text: string): ExtractedPage[] {
  const chunks = text.split('\f');
  const pages: ExtractedPage[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split(/\r?\n/);
    for (let i = 0; i < lines.length || i === 0; i += 120) {
      pages.push({ pageNumber: pages.length + 1, text: lines.slice(i, i + 120).join('\n'), source: 'txt' });
    }
  }
  return pages;
}

export async function prepare(task: PrepareTask): Promise<PrepareResult> {
  const { bytes, limits } = task;
  if (bytes.length > limits.maxFileBytes) {
    throw new DocumentError(
      'file-too-large',
      messages.tooLarge(Math.round(limits.maxFileBytes / 1024 / 1024)),
    );
  }
  const fileKind = await detectFileKind(bytes);
  switch (fileKind) {
    case 'txt': {
      if (bytes.length > limits.maxTextBytes) {
        throw new DocumentError(
          'file-too-large',
          messages.tooLarge(Math.round(limits.maxTextBytes / 1024 / 1024)),
        );
      }
      const { text, encoding } = decodeText(bytes);
      return {
        fileKind,
        format: 'txt',
        pages: textPages(text),
        pageCount: 1,
        ocrPages: [],
        warnings: [],
        encoding,
      };
    }
    case 'docx': {
      const text = await extractDocxText(bytes, limits);
      return {
        fileKind,
        format: 'docx',
        pages: [{ pageNumber: 1, text, source: 'docx' }],
        pageCount: 1,
        ocrPages: [],
        warnings: [],
      };
    }
    case 'png':
    case 'jpeg':
    case 'tiff':
      checkImageSize(bytes, limits.maxImagePixels);
      return { fileKind, format: 'image', pages: [], pageCount: 1, ocrPages: [1], warnings: [] };
    case 'pdf':
      return preparePdf(task);
  }
}

async function preparePdf(task: PrepareTask): Promise<PrepareResult> {
  const pdf = await openPdf(task.bytes, task.password, task.limits.maxImagePixels, 'text');
  try {
    const pageCount = pdf.doc.numPages;
    if (pageCount < 1) throw new DocumentError('damaged-pdf', messages.damagedPdf);
    if (pageCount > task.limits.maxPages)
      throw new DocumentError('too-many-pages', messages.tooManyPages(task.limits.maxPages));
    const pages: ExtractedPage[] = [];
    const ocrPages: number[] = [];
    const warnings: string[] = [];
    let failed = 0;
    for (let n = 1; n <= pageCount; n++) {
      try {
        const page = await pdf.doc.getPage(n);
        const text = await readPageText(page);
        page.cleanup();
        if (maybeScanned(text)) ocrPages.push(n);
        else pages.push({ pageNumber: n, text: text.text, source: 'text-layer' });
      } catch {
        failed++;
        warnings.push(`Seite ${n} ist beschädigt und wurde übersprungen.`);
      }
      task.port?.postMessage({ page: n, pageCount });
    }
    if (failed === pageCount) throw new DocumentError('damaged-pdf', messages.damagedPdf);
    return {
      fileKind: 'pdf',
      format: pdfFormat(ocrPages.length, pageCount),
      pages,
      pageCount,
      ocrPages,
      warnings,
    };
  } finally {
    await pdf.close();
  }
}

let cached: { key: string; pdf: OpenPdf } | undefined;

async function cachedPdf(task: OcrPdfPageTask): Promise<OpenPdf> {
  if (cached?.key === task.docKey) return cached.pdf;
  await cached?.pdf.close();
  cached = undefined;
  const pdf = await openPdf(task.bytes, task.password, task.limits.maxImagePixels);
  cached = { key: task.docKey, pdf };
  return pdf;
}

export async function ocrPdfPage(task: OcrPdfPageTask): Promise<OcrPageResult> {
  const pdf = await cachedPdf(task);
  const page = await pdf.doc.getPage(task.pageNumber);
  try {
    const image = await renderPageGray(page, task.limits.ocrDpi, task.limits.maxImagePixels);
    if (!image.paintedImage) {
      // No scan on this page (an empty page, or vector graphics only): its text layer is all there is.
      const { text } = await readPageText(page);
      return { page: { pageNumber: task.pageNumber, text, source: 'text-layer' } };
    }
    const result = await ocrImage(image.pgm, image);
    return {
      page: {
        pageNumber: task.pageNumber,
        text: result.text,
        source: 'ocr',
        ocrConfidence: result.confidence,
      },
    };
  } finally {
    page.cleanup();
  }
}

export async function ocrImageFile(task: OcrImageTask): Promise<OcrPageResult> {
  const size = checkImageSize(task.bytes, task.limits.maxImagePixels);
  const result = await ocrImage(Buffer.from(task.bytes), size);
  return { page: { pageNumber: 1, text: result.text, source: 'ocr', ocrConfidence: result.confidence } };
}

export async function runTask(
  task: WorkerTask,
): Promise<WorkerResult<PrepareResult | OcrPageResult | PreviewResult>> {
  try {
    switch (task.kind) {
      case 'prepare':
        return { ok: true, value: await prepare(task) };
      case 'ocr-pdf-page':
        return { ok: true, value: await ocrPdfPage(task) };
      case 'ocr-image':
        return { ok: true, value: await ocrImageFile(task) };
      case 'preview':
        return { ok: true, value: await renderPreview(task) };
      default:
        throw new DocumentError('unsupported-type', messages.unsupported);
    }
  } catch (error) {
    const documentError =
      error instanceof DocumentError
        ? error
        : new DocumentError('ocr-failed', messages.ocrFailed, { cause: error });
    if (!(error instanceof DocumentError)) console.error('[analysis-worker] unexpected error', error);
    return { ok: false, error: toErrorData(documentError) };
  } finally {
    if (task.kind === 'prepare') task.port?.close();
  }
}
