import { createCanvas, loadImage } from '@napi-rs/canvas';
import { DocumentError } from './errors';
import { imageSize } from './image-info';
import { openPdf } from './pdf';
import { renderPage } from './pdf-render';

/** A page of a stored file drawn for the review screen (runs in an extraction thread). */
export interface PreviewTask {
  kind: 'preview';
  bytes: Uint8Array;
  fileKind: 'pdf' | 'png' | 'jpeg';
  /** 1-based. */
  page: number;
  maxWidth: number;
}

export interface PreviewResult {
  /** Pages of the file. */
  pages: number;
  /** Missing when the file has no such page. */
  image?: { png: Uint8Array; width: number; height: number };
}

/** Preview resolution cap: screen size is enough, and a 150 dpi page renders in a fraction of a second. */
const MAX_DPI = 150;
const MAX_PDF_PIXELS = 12_000_000;
const MAX_IMAGE_PIXELS = 100_000_000;

async function pdfPreview(task: PreviewTask): Promise<PreviewResult> {
  const pdf = await openPdf(task.bytes);
  try {
    const pages = pdf.doc.numPages;
    if (task.page > pages) return { pages };
    const page = await pdf.doc.getPage(task.page);
    try {
      const width = page.getViewport({ scale: 1 }).width;
      const dpi = Math.min(MAX_DPI, (task.maxWidth / width) * 72);
      const rendered = await renderPage(page, dpi, MAX_PDF_PIXELS);
      return { pages, image: { png: rendered.png, width: rendered.width, height: rendered.height } };
    } finally {
      page.cleanup();
    }
  } finally {
    await pdf.close();
  }
}

async function imagePreview(task: PreviewTask): Promise<PreviewResult> {
  if (task.page > 1) return { pages: 1 };
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const size = imageSize(bytes);
  if (!size || size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new DocumentError('image-too-large', 'Das Bild ist zu groß für die Vorschau.');
  }
  const image = await loadImage(bytes);
  const scale = Math.min(1, task.maxWidth / image.width);
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return { pages: 1, image: { png: await canvas.encode('png'), width, height } };
}

export function renderPreview(task: PreviewTask): Promise<PreviewResult> {
  return task.fileKind === 'pdf' ? pdfPreview(task) : imagePreview(task);
}
