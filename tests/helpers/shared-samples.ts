import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above tests/helpers). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared sample corpus next to the repository (../shared/samples), if present. */
export function sharedSamplesDir(): string | undefined {
  const dir = path.resolve(repoRoot, '..', 'shared', 'samples');
  if (fs.existsSync(path.join(dir, 'truth.json'))) return dir;
  console.warn(`[tests] ${dir} not found: sample-based tests are skipped.`);
  return undefined;
}
