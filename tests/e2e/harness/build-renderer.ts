import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rendererOutDir, repoRoot } from './paths';

const sourceRoots = [
  'src-renderer',
  'src-shared',
  'electron.vite.config.ts',
  'postcss.config.cjs',
  'package.json',
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function rendererIsStale(): boolean {
  const built = path.join(rendererOutDir, 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return sourceRoots.some((root) => newestMtime(path.join(repoRoot, root)) > builtAt);
}

/** Runs `electron-vite build` when out/renderer is missing or older than its sources (or when forced). */
export function ensureRendererBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): void {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.force && !rendererIsStale()) return;
  log('[e2e] building the app (electron-vite build) …');
  const cli = path.join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  try {
    execFileSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
  } catch (error) {
    throw new Error('electron-vite build failed; the browser tests need out/renderer.', { cause: error });
  }
  if (!fs.existsSync(path.join(rendererOutDir, 'index.html'))) {
    throw new Error(`electron-vite build did not produce ${rendererOutDir}/index.html`);
  }
}
