import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = 'finanzaemter.json';

/**
 * The shipped `resources/` folder. The packaged app keeps it next to `drizzle/` (both are
 * extraResources), so it is looked for beside the migrations folder first, then by walking up from
 * this module (source tree, bundle, CLI) as findMigrationsDir does. RSK_RESOURCES_DIR overrides both.
 */
export function findResourcesDir(
  migrationsDir?: string,
  start = path.dirname(fileURLToPath(import.meta.url)),
): string {
  const override = process.env['RSK_RESOURCES_DIR'];
  if (override && fs.existsSync(path.join(override, MARKER))) return path.resolve(override);
  if (migrationsDir) {
    const beside = path.join(path.dirname(migrationsDir), 'resources');
    if (fs.existsSync(path.join(beside, MARKER))) return beside;
  }
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, MARKER))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No resources/ folder with ${MARKER} found above ${start}`);
    dir = parent;
  }
}
