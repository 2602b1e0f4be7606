import fs from 'node:fs';
import { build } from 'esbuild';
import { installApiBundle, installApiEntry } from './paths';

/** Bundles install-api.ts (with buildApi, the contracts and zod) into one init script. */
export async function buildInstallApiBundle(): Promise<string> {
  await build({
    entryPoints: [installApiEntry],
    outfile: installApiBundle,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  return installApiBundle;
}

/** The init script's source; built on demand when globalSetup did not run (single-file runs, scripts). */
export async function readInstallApiBundle(): Promise<string> {
  if (!fs.existsSync(installApiBundle)) await buildInstallApiBundle();
  return fs.readFileSync(installApiBundle, 'utf8');
}
