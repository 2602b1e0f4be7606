import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src-main/core';
import { makeTempDir } from './temp-dir';

/** Starts real cores on real SQLite files in temp dirs; everything is closed and removed after each test. */
export function useCores() {
  const open: Core[] = [];
  const dirs: (() => void)[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
    dirs.splice(0).forEach((cleanup) => cleanup());
  });
  return {
    tempDir(): string {
      const { dir, cleanup } = makeTempDir();
      dirs.push(cleanup);
      return dir;
    },
    async start(options: Partial<CoreOptions> & { dataDir: string }): Promise<Core> {
      const core = await createCore({ logLevel: 'silent', ...options });
      open.push(core);
      return core;
    },
  };
}

export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}
