import { createCanvas } from '@napi-rs/canvas';
import { buildPdf, type PdfPage } from './pdf-writer';
import type { Rng } from './random';

export interface ScanOptions {
  dpi?: number;
  /** Maximum skew in degrees (either direction). */
  maxSkew?: number;
  /** Adds an "EINGEGANGEN" receipt stamp with a later date, as offices do. */
  stamp?: string;
}

/**
 * Prints layout text onto a page image like an office scanner would deliver it: proportional font,
 * slight rotation, grey noise and JPEG artefacts. Used to measure OCR robustness on unseen documents.
 */
export function renderScanPage(rng: Rng, layout: string, opts: ScanOptions = {}): PdfPage {
  const dpi = opts.dpi ?? rng.pick([150, 180, 200, 220]);
  const width = Math.round(8.27 * dpi);
  const height = Math.round(11.69 * dpi);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const angle = ((rng.next() * 2 - 1) * (opts.maxSkew ?? 0.8) * Math.PI) / 180;
  ctx.translate(width / 2, height / 2);
  ctx.rotate(angle);
  ctx.translate(-width / 2, -height / 2);
  const left = 0.07 * width;
  const longest = Math.max(40, ...layout.split('\n').map((line) => line.trimEnd().length));
  // Shrink the font for wide layouts so nothing runs off the page (but not below 7.5 pt).
  const fontPx = Math.max((7.5 * dpi) / 72, Math.min((10 * dpi) / 72, ((width - 2 * left) / longest) * 1.9));
  const charWidth = fontPx * 0.5;
  const lineHeight = fontPx * 1.45;
  const top = 0.06 * height;
  ctx.fillStyle = '#111111';
  ctx.font = `${fontPx}px "Liberation Sans"`;
  layout.split('\n').forEach((line, row) => {
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
      ctx.fillText(m[0], left + m.index * charWidth, top + row * lineHeight);
    }
  });
  if (opts.stamp) {
    ctx.save();
    ctx.translate(width * 0.55, height * 0.3);
    ctx.rotate(-0.05);
    ctx.strokeStyle = '#333333';
    ctx.lineWidth = dpi / 60;
    ctx.strokeRect(0, 0, width * 0.25, fontPx * 3.2);
    ctx.font = `bold ${fontPx * 1.4}px "Liberation Sans"`;
    ctx.fillText('EINGEGANGEN', fontPx * 0.6, fontPx * 1.6);
    ctx.font = `${fontPx}px "Liberation Sans"`;
    ctx.fillText(opts.stamp, fontPx * 0.6, fontPx * 2.8);
    ctx.restore();
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  for (let i = 0; i < data.length; i += 4) {
    const noise = (rng.next() - 0.5) * 10;
    const speck = rng.next() < 0.00003 ? -160 : 0;
    const value = Math.max(0, Math.min(255, (data[i] ?? 255) * 0.92 + 14 + noise + speck));
    data[i] = value;
    data[i + 1] = value;
    data[i + 2] = value;
  }
  ctx.putImageData(image, 0, 0);
  const jpeg = canvas.toBuffer('image/jpeg', rng.int(70, 88));
  return { kind: 'image', jpeg, width, height, color: 'rgb' };
}

/** An image-only PDF ("pdf-scan") of a layout-text document; pages split at form feeds. */
export function scanPdf(rng: Rng, text: string, opts: ScanOptions = {}): Uint8Array {
  const pages = text
    .split('\f')
    .map((page, i) => renderScanPage(rng, page, { ...opts, stamp: i === 0 ? opts.stamp : undefined }));
  return buildPdf(pages);
}
