import { describe, expect, it } from 'vitest';
import { inkBounds } from '../../src-main/core/analysis/ink-bounds';

/** A white 8-bit grey page with a PGM-like header of `offset` bytes. */
function page(width: number, height: number, offset = 15): Uint8Array {
  return new Uint8Array(offset + width * height).fill(255);
}

function ink(pixels: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number, offset = 15) {
  for (let y = y0; y < y1; y++) pixels.fill(0, offset + y * width + x0, offset + y * width + x1);
}

describe('ink bounds of a scanned page', () => {
  it('finds the printed area with a margin and ignores single specks of dust', () => {
    const pixels = page(1000, 1400);
    ink(pixels, 1000, 150, 200, 850, 1100);
    ink(pixels, 1000, 20, 20, 22, 22); // dust in the corner: 2×2 pixels
    ink(pixels, 1000, 980, 1380, 981, 1381);
    expect(inkBounds(pixels, 15, 1000, 1400, 10)).toEqual({ left: 140, top: 190, width: 720, height: 920 });
  });

  it('keeps the whole page when the ink nearly fills it, and gives nothing for a blank page', () => {
    const full = page(400, 500);
    ink(full, 400, 5, 5, 395, 495);
    expect(inkBounds(full, 15, 400, 500)).toBeUndefined();
    expect(inkBounds(page(400, 500), 15, 400, 500)).toBeUndefined();
  });

  it('stays inside the image when the ink touches its edges', () => {
    const pixels = page(600, 800);
    ink(pixels, 600, 0, 0, 200, 300);
    expect(inkBounds(pixels, 15, 600, 800, 50)).toEqual({ left: 0, top: 0, width: 250, height: 350 });
  });
});
