import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { DocumentSummary } from '../../../../src-shared/documents/document-schemas';
import { DocumentError, renderPreviewPage } from '../../analysis';
import type { ServiceDeps } from '../deps';
import { loadDocumentRow, type DocumentRow } from './document-view';

type FileKind = DocumentSummary['fileKind'];

export const mimeOf: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

const extensions: Readonly<Record<FileKind, readonly string[]>> = {
  pdf: ['.pdf'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  tiff: ['.tif', '.tiff'],
  docx: ['.docx'],
  txt: ['.txt'],
};

/** The display name with the extension of its real type (a scan named "brief" becomes "brief.pdf"). */
export function nameWithExtension(name: string, kind: FileKind): string {
  const lower = name.toLowerCase();
  return extensions[kind].some((ext) => lower.endsWith(ext)) ? name : `${name}${extensions[kind][0]}`;
}

/**
 * A file name safe on every system: letters, digits, space, dot, dash and underscore only, no leading
 * dot, at most 80 characters before the extension, which comes from the type (never from the user).
 */
export function safeFileName(name: string, kind: FileKind): string {
  const ext = extensions[kind][0]!;
  const lower = name.toLowerCase();
  const known = extensions[kind].find((e) => lower.endsWith(e));
  const stem = (known ? name.slice(0, -known.length) : name)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 80);
  return `${stem || 'Dokument'}${ext}`;
}

// Node buffers of files and encoders sit on plain ArrayBuffers (never shared ones).
const toUint8 = (buffer: Buffer): Uint8Array<ArrayBuffer> =>
  new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);

function readContent(deps: ServiceDeps, row: DocumentRow): Buffer {
  if (!deps.store.has(row.sha256)) {
    throw new AppError(
      'not_found',
      'Die gespeicherte Datei des Dokuments fehlt im Datenverzeichnis.',
      `Content ${row.sha256} missing`,
      { code: 'content_missing' },
    );
  }
  return deps.store.read(row.sha256);
}

export function documentContent(deps: ServiceDeps, id: number) {
  const row = loadDocumentRow(deps.sqlite, id);
  const bytes = readContent(deps, row);
  return {
    name: nameWithExtension(row.original_name, row.file_kind),
    mime: mimeOf[row.file_kind],
    bytes: toUint8(bytes),
  };
}

/**
 * Opens the document in the system's default program: a copy goes to <dataDir>/geoeffnet (the stored
 * original is never handed out, so an editor cannot change it), named by id and a sanitised name.
 */
export async function openDocument(
  deps: ServiceDeps,
  id: number,
): Promise<{ opened: boolean; path: string | null }> {
  const row = loadDocumentRow(deps.sqlite, id);
  if (!deps.openPath) return { opened: false, path: null };
  const bytes = readContent(deps, row);
  const dir = path.join(deps.paths.dataDir, 'geoeffnet');
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${row.id}-${safeFileName(row.original_name, row.file_kind)}`);
  fs.writeFileSync(target, bytes, { mode: 0o600 });
  const opened = await deps.openPath(target);
  return { opened, path: target };
}

export type PagePreview =
  | {
      kind: 'image';
      mime: 'image/png';
      bytes: Uint8Array<ArrayBuffer>;
      width: number;
      height: number;
      pages: number;
    }
  | { kind: 'text'; text: string; pages: number };

// The last few rendered pages, so paging back and forth in the preview does not render again.
const cache = new Map<string, PagePreview>();
const CACHE_SIZE = 12;

function remember(key: string, preview: PagePreview): PagePreview {
  cache.set(key, preview);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return preview;
}

function pageTextsOf(deps: ServiceDeps, id: number): string[] {
  return deps.sqlite
    .prepare('SELECT text FROM document_pages WHERE document_id = ? ORDER BY page')
    .pluck()
    .all(id) as string[];
}

function noSuchPage(page: number): AppError {
  return new AppError(
    'not_found',
    `Seite ${page} gibt es in diesem Dokument nicht.`,
    `Page ${page} not found`,
    {
      field: 'page',
      code: 'page_not_found',
    },
  );
}

/** PDF pages and PNG/JPEG images, drawn in an extraction thread (never on the app's main process). */
async function imagePreview(
  row: DocumentRow,
  bytes: Buffer,
  input: { page: number; maxWidth: number },
): Promise<PagePreview> {
  let preview;
  try {
    preview = await renderPreviewPage({
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      fileKind: row.file_kind as 'pdf' | 'png' | 'jpeg',
      page: input.page,
      maxWidth: input.maxWidth,
    });
  } catch (error) {
    if (error instanceof DocumentError) {
      throw new AppError('validation', error.message, `Preview failed: ${error.code}`, { code: error.code });
    }
    throw error;
  }
  if (!preview.image) throw noSuchPage(input.page);
  const { png, width, height } = preview.image;
  return {
    kind: 'image',
    mime: 'image/png',
    bytes: new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength),
    width,
    height,
    pages: preview.pages,
  };
}

/**
 * A page for the preview: PDFs rendered at screen resolution (at most 150 dpi) and PNG/JPEG scaled, as
 * PNG, in an extraction thread; DOCX, TXT and TIFF (which the canvas cannot decode) as the extracted
 * text of that page.
 */
export async function documentPage(
  deps: ServiceDeps,
  input: { id: number; page: number; maxWidth: number },
): Promise<PagePreview> {
  const row = loadDocumentRow(deps.sqlite, input.id);
  const key = `${row.sha256}:${input.page}:${input.maxWidth}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const textPreview = (): PagePreview => {
    const texts = pageTextsOf(deps, row.id);
    const pages = Math.max(texts.length, 1);
    if (input.page > pages) throw noSuchPage(input.page);
    return { kind: 'text', text: texts[input.page - 1] ?? '', pages };
  };
  switch (row.file_kind) {
    case 'pdf':
    case 'png':
    case 'jpeg':
      return remember(key, await imagePreview(row, readContent(deps, row), input));
    default:
      return textPreview();
  }
}
