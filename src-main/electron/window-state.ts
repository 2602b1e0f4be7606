import fs from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow } from 'electron';
import {
  initialWindowBounds,
  parseWindowState,
  type InitialWindowBounds,
  type WindowState,
} from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';

function readState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Needs the app to be ready (screen module). */
export function restoreWindowBounds(file: string): InitialWindowBounds {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return initialWindowBounds(readState(file), workAreas, screen.getPrimaryDisplay().workArea);
}

function writeState(file: string, state: WindowState): void {
  // Write then rename, so a crash mid-write never leaves half a JSON file behind.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  fs.renameSync(tmp, file);
}

/** Saves size, position and maximized state when the window closes. */
export function trackWindowState(win: BrowserWindow, file: string, onError: (error: unknown) => void): void {
  win.on('close', () => {
    try {
      // Normal bounds: the size to return to when un-maximizing, not the maximized size.
      writeState(file, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      onError(error);
    }
  });
}
