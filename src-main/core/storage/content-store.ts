import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface StoredContent {
  sha256: string;
  size: number;
  /** False when identical bytes were already stored (nothing was written). */
  written: boolean;
}

export interface ContentStore {
  /** Stores the bytes unchanged under their sha256; idempotent. */
  put(bytes: Uint8Array): StoredContent;
  read(sha256: string): Buffer;
  has(sha256: string): boolean;
  /** Absolute path of stored content, e.g. to open it in the system's word processor. */
  pathOf(sha256: string): string;
}

const HASH = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed file store: documents/<first two hex>/<sha256>. Files are written to a temporary
 * name in the same directory, flushed and renamed, so a crash never leaves a half-written document
 * under a valid hash. The database row is written after the file (a file without a row is harmless,
 * a row without its file would lose data).
 */
export function createContentStore(rootDir: string): ContentStore {
  const pathOf = (sha256: string): string => {
    if (!HASH.test(sha256)) throw new Error(`Invalid content hash: ${sha256}`);
    return path.join(rootDir, sha256.slice(0, 2), sha256);
  };
  return {
    put(bytes) {
      const sha256 = sha256Of(bytes);
      const target = pathOf(sha256);
      if (fs.existsSync(target) && fs.statSync(target).size === bytes.byteLength) {
        return { sha256, size: bytes.byteLength, written: false };
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      const fd = fs.openSync(tmp, 'w', 0o600);
      try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, target);
      return { sha256, size: bytes.byteLength, written: true };
    },
    read(sha256) {
      return fs.readFileSync(pathOf(sha256));
    },
    has(sha256) {
      return fs.existsSync(pathOf(sha256));
    },
    pathOf,
  };
}
