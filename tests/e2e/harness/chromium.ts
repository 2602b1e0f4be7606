import fs from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';

/** Debian's Chromium runs as root in containers only with these; the rest keep it quiet and offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The system Chromium (`npx playwright install` cannot download on these machines):
 * $CHROMIUM_PATH, then Debian's paths, then a browser Playwright may have installed itself.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own registered: only the system paths count.
  }
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install it with `apt-get install -y chromium` ' +
      `or set CHROMIUM_PATH. Looked at: ${candidates.join(', ')}`,
  );
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true };
}

export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions());
