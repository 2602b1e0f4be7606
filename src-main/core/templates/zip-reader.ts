import { inflateRawSync } from 'node:zlib';
import { templateFileError } from './template-errors';

// Limits far above any real letter template (a few hundred KB) but small enough that a manipulated
// archive cannot exhaust memory. They are checked on the declared sizes before anything is inflated,
// and inflation itself is capped at the declared size, so a header that lies cannot get around them.
export const zipLimits = {
  maxArchiveBytes: 25 * 1024 * 1024,
  maxEntries: 1000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  /** Compression ratio above which a large entry counts as a bomb (XML reaches 10–30). */
  maxRatio: 100,
  ratioCheckFromBytes: 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const corrupt = (why: string) =>
  templateFileError(
    'corrupt',
    'Die Datei ist beschädigt oder kein vollständiges ZIP-Archiv. Word-Dateien (.docx) sind ZIP-Archive; bitte die Vorlage in Word neu speichern.',
    why,
  );

const megabytes = (bytes: number): string =>
  (bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 });

function bomb(why: string, declared: number, fileSize: number) {
  return templateFileError(
    'zip-bomb',
    `Die Datei wird nicht verarbeitet: Entpackt wäre sie ${megabytes(declared)} MB groß (Dateigröße ${megabytes(fileSize)} MB). ` +
      'Das ist für eine Briefvorlage unplausibel und deutet auf eine manipulierte Datei („ZIP-Bombe“) hin.',
    why,
  );
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw corrupt('no end of central directory');
}

/** Reads the central directory and checks counts, sizes and ratios before anything is inflated. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw corrupt('too short');
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64 is only needed for archives far beyond our limits.
    throw bomb('zip64 archive', Number.POSITIVE_INFINITY, bytes.length);
  }
  if (count > zipLimits.maxEntries) {
    throw templateFileError(
      'zip-bomb',
      `Die Datei enthält ${count} Einträge; eine Word-Vorlage hat meist weniger als 50. Die Datei wird nicht verarbeitet.`,
      `too many entries: ${count}`,
    );
  }
  if (offset + size > eocd) throw corrupt('central directory outside the archive');

  const entries: ZipEntry[] = [];
  let total = 0;
  let position = offset;
  for (let i = 0; i < count; i++) {
    if (position + 46 > eocd || bytes.readUInt32LE(position) !== 0x02014b50)
      throw corrupt('bad central directory entry');
    const nameLength = bytes.readUInt16LE(position + 28);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(position + 8),
      method: bytes.readUInt16LE(position + 10),
      compressedSize: bytes.readUInt32LE(position + 20),
      uncompressedSize: bytes.readUInt32LE(position + 24),
      localHeaderOffset: bytes.readUInt32LE(position + 42),
      name: bytes.toString('utf8', position + 46, position + 46 + nameLength),
    };
    position += 46 + nameLength + bytes.readUInt16LE(position + 30) + bytes.readUInt16LE(position + 32);
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) {
      throw bomb('zip64 entry', Number.POSITIVE_INFINITY, bytes.length);
    }
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (
      entry.uncompressedSize > zipLimits.maxEntryBytes ||
      total > zipLimits.maxTotalBytes ||
      (entry.uncompressedSize > zipLimits.ratioCheckFromBytes && ratio > zipLimits.maxRatio)
    ) {
      throw bomb(
        `entry ${entry.name}: ${entry.uncompressedSize} bytes, ratio ${ratio.toFixed(0)}`,
        total,
        bytes.length,
      );
    }
    entries.push(entry);
  }
  return entries;
}

/** The entry's bytes; inflation stops at the declared size, so a lying header cannot inflate more. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
    throw corrupt(`bad local header ${entry.name}`);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`entry ${entry.name} outside the archive`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw corrupt(`stored entry ${entry.name} size mismatch`);
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw corrupt(`compression method ${entry.method} in ${entry.name}`);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError) {
      throw bomb(
        `entry ${entry.name} inflates beyond its declared size`,
        entry.uncompressedSize,
        bytes.length,
      );
    }
    throw corrupt(`entry ${entry.name} does not inflate: ${String(error)}`);
  }
  if (inflated.length !== entry.uncompressedSize) throw corrupt(`entry ${entry.name} size mismatch`);
  return inflated;
}
