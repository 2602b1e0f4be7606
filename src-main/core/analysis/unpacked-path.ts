import fs from 'node:fs';
import path from 'node:path';

const ASAR = `${path.sep}app.asar${path.sep}`;
const UNPACKED = `${path.sep}app.asar.unpacked${path.sep}`;

/**
 * In the packaged app, code and node_modules live in app.asar, but files that worker threads and
 * tesseract's wasm core open by path are unpacked beside it (electron-builder.yml asarUnpack): point
 * to the unpacked copy when there is one. Outside a package the path is returned unchanged.
 */
export function unpackedPath(file: string): string {
  if (!file.includes(ASAR)) return file;
  const unpacked = file.replace(ASAR, UNPACKED);
  return fs.existsSync(unpacked) ? unpacked : file;
}
