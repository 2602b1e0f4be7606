import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  initialWindowBounds,
  isVisibleOnDisplays,
  parseWindowState,
  type Rect,
} from '../../../src-main/electron/window-bounds';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a saved state and rounds fractional pixels', () => {
    expect(
      parseWindowState({ bounds: { x: 10.4, y: 20, width: 1200.6, height: 800 }, maximized: true }),
    ).toEqual({
      bounds: { x: 10, y: 20, width: 1201, height: 800 },
      maximized: true,
    });
  });

  it.each([null, 'x', {}, { bounds: { x: 0, y: 0, width: 0, height: 800 } }, { bounds: { x: 'a' } }])(
    'treats %j as no saved state',
    (raw) => {
      expect(parseWindowState(raw)).toBeNull();
    },
  );

  it('defaults maximized to false', () => {
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 1000, height: 700 } })?.maximized).toBe(false);
  });
});

describe('isVisibleOnDisplays', () => {
  it('accepts a window on the primary or a second display', () => {
    expect(isVisibleOnDisplays({ x: 100, y: 100, width: 1200, height: 800 }, [primary])).toBe(true);
    expect(isVisibleOnDisplays({ x: 2200, y: 50, width: 1200, height: 800 }, [primary, rightMonitor])).toBe(
      true,
    );
  });

  it('rejects a window left on a monitor that is gone', () => {
    expect(isVisibleOnDisplays({ x: 2200, y: 50, width: 1200, height: 800 }, [primary])).toBe(false);
  });

  it('rejects a window whose title bar is above the screen or nearly off its side', () => {
    expect(isVisibleOnDisplays({ x: 100, y: -200, width: 1200, height: 800 }, [primary])).toBe(false);
    expect(isVisibleOnDisplays({ x: 1850, y: 100, width: 1200, height: 800 }, [primary])).toBe(false);
    expect(isVisibleOnDisplays({ x: -1150, y: 100, width: 1200, height: 800 }, [primary])).toBe(false);
  });

  it('accepts a window partly off screen while enough title bar remains', () => {
    expect(isVisibleOnDisplays({ x: 1700, y: 100, width: 1200, height: 800 }, [primary])).toBe(true);
    expect(isVisibleOnDisplays({ x: 100, y: 900, width: 1200, height: 800 }, [primary])).toBe(true);
  });
});

describe('initialWindowBounds', () => {
  it('restores a visible saved window', () => {
    const saved = { bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: true };
    expect(initialWindowBounds(saved, [primary], primary)).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('never restores below the minimum size', () => {
    const saved = { bounds: { x: 50, y: 60, width: 300, height: 200 }, maximized: false };
    expect(initialWindowBounds(saved, [primary], primary).bounds).toEqual({
      x: 50,
      y: 60,
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
  });

  it('centres a default-sized window when nothing is saved or the saved place is invisible', () => {
    expect(initialWindowBounds(null, [primary], primary)).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
    const lost = { bounds: { x: 3000, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(initialWindowBounds(lost, [primary], primary)).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximized: true,
    });
  });

  it('fits the default size onto a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(initialWindowBounds(null, [small], small).bounds).toEqual({ width: 1024, height: 700 });
  });
});
