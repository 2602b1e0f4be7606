import fs from 'node:fs';
import path from 'node:path';
import { ensureRendererBuilt } from './build-renderer';
import { rendererOutDir, servedRendererDir } from './paths';

/** True when index.html and every script and stylesheet it references are present. */
function isComplete(dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return false;
  const html = fs.readFileSync(index, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1] ?? '');
  return refs.filter((ref) => !/^[a-z]+:/i.test(ref)).every((ref) => fs.existsSync(path.join(dir, ref)));
}

/**
 * Copies a complete renderer build to the directory the tests serve. Another process may be
 * rebuilding out/ at the same moment; an incomplete copy is retried after a fresh build.
 */
export function snapshotRenderer(options: { force?: boolean } = {}): string {
  for (let attempt = 1; attempt <= 3; attempt++) {
    ensureRendererBuilt({ force: options.force === true || attempt > 1 });
    const staging = `${servedRendererDir}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    try {
      fs.cpSync(rendererOutDir, staging, { recursive: true });
    } catch {
      continue;
    }
    if (isComplete(staging)) {
      fs.rmSync(servedRendererDir, { recursive: true, force: true });
      fs.renameSync(staging, servedRendererDir);
      return servedRendererDir;
    }
    fs.rmSync(staging, { recursive: true, force: true });
  }
  throw new Error(`Could not take a complete copy of ${rendererOutDir}; is another build running in a loop?`);
}

/** What the page is served from: the snapshot when globalSetup made one, otherwise out/renderer. */
export const rendererDirToServe = (): string =>
  fs.existsSync(path.join(servedRendererDir, 'index.html')) ? servedRendererDir : rendererOutDir;
