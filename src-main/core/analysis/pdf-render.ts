// @napi-rs/canvas is an N-API addon with prebuilt binaries per platform (no Cairo/Pango or other system
// libraries to install, unlike node-canvas), and the same binary loads in Node and in Electron.
// pdfjs-dist uses it for its own off-screen canvases in Node as well.
import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DocumentError, messages } from './errors';

export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Effective resolution after any down-scaling for the pixel limit. */
  dpi: number;
}

type Context = ReturnType<ReturnType<typeof createCanvas>['getContext']>;

/**
 * Notes whether pdfjs painted a raster image onto the page: it draws every image XObject, inline image
 * and image mask (a black-and-white scan) with drawImage from its own scratch canvas.
 */
function watchImages(context: Context): () => boolean {
  let painted = false;
  const drawImage = context.drawImage.bind(context) as (...args: unknown[]) => void;
  (context as { drawImage: (...args: unknown[]) => void }).drawImage = (...args: unknown[]) => {
    painted = true;
    drawImage(...args);
  };
  return () => painted;
}

async function renderCanvas(page: PDFPageProxy, dpi: number, maxPixels: number) {
  const base = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const pixels = base.width * base.height * scale * scale;
  if (pixels > maxPixels) scale = Math.sqrt(maxPixels / (base.width * base.height));
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  if (width * height > maxPixels * 1.01 || width < 1 || height < 1) {
    throw new DocumentError('image-too-large', messages.imageTooLarge);
  }
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const paintedImage = watchImages(context);
  type Params = Parameters<PDFPageProxy['render']>[0];
  await page.render({
    canvas: canvas as unknown as Params['canvas'],
    canvasContext: context as unknown as Params['canvasContext'],
    viewport,
  }).promise;
  return { canvas, context, width, height, dpi: scale * 72, paintedImage: paintedImage() };
}

/** Renders a page to a grey-on-white PNG at `dpi`, refusing pages above `maxPixels`. */
export async function renderPage(page: PDFPageProxy, dpi: number, maxPixels: number): Promise<RenderedPage> {
  const { canvas, width, height, dpi: effective } = await renderCanvas(page, dpi, maxPixels);
  const png = await canvas.encode('png');
  return { png, width, height, dpi: effective };
}

export interface RenderedGrayPage {
  /** Binary PGM (P5), 8-bit grey: Tesseract reads it without decoding, unlike a PNG. */
  pgm: Buffer;
  width: number;
  height: number;
  dpi: number;
  /** The page paints a raster image (a scan); without one there is nothing for OCR to read. */
  paintedImage: boolean;
}

/**
 * Renders a page for OCR as an uncompressed 8-bit grey image. Same pixels as `renderPage` (Tesseract
 * works on grey anyway), but without PNG encoding here and PNG decoding inside the WebAssembly OCR
 * engine, which together cost about a second per 300 dpi page.
 */
export async function renderPageGray(
  page: PDFPageProxy,
  dpi: number,
  maxPixels: number,
): Promise<RenderedGrayPage> {
  const { canvas, width, height, dpi: effective, paintedImage } = await renderCanvas(page, dpi, maxPixels);
  // The canvas' own pixels (premultiplied, but the white background makes every pixel opaque, so they are
  // the same values getImageData would copy and un-premultiply, at a third of its cost).
  const raw = canvas.data();
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const pgm = Buffer.allocUnsafe(header.length + width * height);
  header.copy(pgm, 0);
  // Luma (ITU-R BT.601) in fixed point; scans are grey already, so all weightings give the same values.
  // One 32-bit read per pixel (RGBA bytes, little-endian on every platform the app ships for).
  const pixels =
    raw.byteOffset % 4 === 0
      ? new Uint32Array(raw.buffer, raw.byteOffset, width * height)
      : new Uint32Array(Uint8Array.from(raw).buffer, 0, width * height);
  for (let i = 0, j = header.length; i < pixels.length; i++, j++) {
    const p = pixels[i]!;
    pgm[j] = ((p & 0xff) * 77 + ((p >>> 8) & 0xff) * 150 + ((p >>> 16) & 0xff) * 29 + 128) >> 8;
  }
  return { pgm, width, height, dpi: effective, paintedImage };
}
