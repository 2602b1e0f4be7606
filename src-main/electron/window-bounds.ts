import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

/** How much of the title bar must lie on a display for the user to grab it. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_TITLE_WIDTH = 120;

const finite = z.number().finite();
const windowStateSchema = z.object({
  bounds: z.object({
    x: finite,
    y: finite,
    width: finite.positive(),
    height: finite.positive(),
  }),
  maximized: z.boolean().default(false),
});

/** Reads the saved JSON leniently: anything malformed means "no saved state". */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { bounds, maximized } = parsed.data;
  return {
    bounds: {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    },
    maximized,
  };
}

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

/**
 * A window counts as visible when enough of its title bar lies on one display's work area:
 * a monitor that was unplugged, or a window pushed above the top edge, would otherwise leave
 * the user with a window they cannot see or move.
 */
export function isVisibleOnDisplays(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  const needWidth = Math.min(MIN_VISIBLE_TITLE_WIDTH, bounds.width);
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= needWidth && o.height >= TITLE_BAR_HEIGHT / 2 && bounds.y >= area.y;
  });
}

export interface InitialWindowBounds {
  /** x and y are absent when the window should be centred by the window manager. */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

const clampSize = (width: number, height: number, area: Rect): { width: number; height: number } => ({
  width: Math.max(MIN_WINDOW_SIZE.width, Math.min(width, area.width)),
  height: Math.max(MIN_WINDOW_SIZE.height, Math.min(height, area.height)),
});

/** Saved position and size if still on a visible display; otherwise a default size, centred. */
export function initialWindowBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): InitialWindowBounds {
  if (saved && isVisibleOnDisplays(saved.bounds, workAreas)) {
    return {
      bounds: {
        x: saved.bounds.x,
        y: saved.bounds.y,
        width: Math.max(MIN_WINDOW_SIZE.width, saved.bounds.width),
        height: Math.max(MIN_WINDOW_SIZE.height, saved.bounds.height),
      },
      maximized: saved.maximized,
    };
  }
  return {
    bounds: clampSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primaryWorkArea),
    maximized: saved?.maximized ?? false,
  };
}
