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

/** Renders a page to a grey-on-white PNG at `dpi`, refusing pages above `maxPixels`. */
export async function renderPage(page: PDFPageProxy, dpi: number, maxPixels: number): Promise<RenderedPage> {
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
  type Params = Parameters<PDFPageProxy['render']>[0];
  await page.render({
    canvas: canvas as unknown as Params['canvas'],
    canvasContext: context as unknown as Params['canvasContext'],
    viewport,
  }).promise;
  const png = await canvas.encode('png');
  return { png, width, height, dpi: scale * 72 };
}
