import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rendererOutDir = path.join(repoRoot, 'out', 'renderer');
/** Build products of the harness itself; .tmp is ignored by git. */
export const harnessCacheDir = path.join(repoRoot, '.tmp', 'e2e');
/** A private copy of out/renderer the tests serve, so a concurrent `electron-vite build` cannot pull files away mid-test. */
export const servedRendererDir = path.join(harnessCacheDir, 'renderer');
export const installApiEntry = path.join(repoRoot, 'tests', 'e2e', 'harness', 'install-api.ts');
export const installApiBundle = path.join(harnessCacheDir, 'install-api.js');
