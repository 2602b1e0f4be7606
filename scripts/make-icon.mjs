// Draws the app icon (a navy rounded square with a white "§") without any image library and
// writes resources/icon.png (1024x1024). electron-builder derives .ico/.icns and the Linux sizes
// from it. Run: node scripts/make-icon.mjs [size] [outfile]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = Number(process.argv[2] ?? 1024);
const OUT =
  process.argv[3] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

const TOP = [0x24, 0x45, 0x78]; // navy, slightly lighter at the top
const BOTTOM = [0x12, 0x26, 0x48];
const GLYPH = [0xff, 0xff, 0xff];

// --- geometry, in units of the icon size (0..1) ---
const INSET = 0.055;
const CORNER = 0.2;

function roundedRectDistance(x, y) {
  const half = 0.5 - INSET;
  const qx = Math.abs(x - 0.5) - (half - CORNER);
  const qy = Math.abs(y - 0.5) - (half - CORNER);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - CORNER;
}

// The "§": an upper hook, a middle ring and a lower hook (the upper turned by 180 degrees).
// Glyph units: height H of the icon, centred; x is widened a little for a book-face shape.
const H = 0.68;
const WIDEN = 1.22;
const R_HOOK = 0.135;
const OFFSET = 0.25;
const R_RING = OFFSET - R_HOOK;
const HALF_STROKE = 0.043;
const deg = (d) => (d * Math.PI) / 180;

function arcDistance(px, py, cx, cy, r, from, to) {
  const dx = px - cx;
  const dy = py - cy;
  let a = Math.atan2(dy, dx);
  while (a < from) a += 2 * Math.PI;
  if (a <= to) return Math.abs(Math.hypot(dx, dy) - r);
  const end = (angle) => Math.hypot(px - (cx + r * Math.cos(angle)), py - (cy + r * Math.sin(angle)));
  return Math.min(end(from), end(to));
}

function glyphDistance(x, y) {
  const gx = (x - 0.5) / H / WIDEN;
  const gy = (y - 0.52) / H;
  const upper = arcDistance(gx, gy, 0, -OFFSET, R_HOOK, deg(90), deg(330));
  const ring = Math.abs(Math.hypot(gx, gy) - R_RING);
  const lower = arcDistance(gx, gy, 0, OFFSET, R_HOOK, deg(-90), deg(150));
  return Math.min(upper, ring, lower) - HALF_STROKE;
}

// --- rasterise ---
const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let bg = 0;
    let fg = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = (px + (sx + 0.5) / SAMPLES) / SIZE;
        const y = (py + (sy + 0.5) / SAMPLES) / SIZE;
        if (roundedRectDistance(x, y) <= 0) {
          bg++;
          if (glyphDistance(x, y) <= 0) fg++;
        }
      }
    }
    const n = SAMPLES * SAMPLES;
    const t = py / (SIZE - 1);
    const i = (py * SIZE + px) * 4;
    for (let c = 0; c < 3; c++) {
      const base = TOP[c] + (BOTTOM[c] - TOP[c]) * t;
      // Colour of the covered part only; alpha carries the shape's edge.
      const value = bg === 0 ? 0 : (base * (bg - fg) + GLYPH[c] * fg) / bg;
      pixels[i + c] = Math.round(value);
    }
    pixels[i + 3] = Math.round((255 * bg) / n);
  }
}

// --- PNG encoding (RGBA, 8 bit, no filter) ---
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, png);
console.log(`wrote ${OUT} (${SIZE}x${SIZE}, ${png.length} bytes)`);
