import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh directory per test, removed afterwards by the caller's cleanup. */
export function makeTempDir(prefix = 'rsk-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
