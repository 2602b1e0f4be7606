import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'not-zip' | 'zip64' | 'too-many-entries' | 'too-large' | 'bad-ratio' | 'corrupt';

export class ZipInspectionError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`ZIP inspection failed: ${problem}`);
  }
}

/** Reads the central directory without decompressing anything. */
export function readCentralDirectory(buffer: Buffer, maxEntries: number): ZipEntry[] {
  const searchStart = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= searchStart; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipInspectionError('not-zip');
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipInspectionError('zip64');
  if (count > maxEntries) throw new ZipInspectionError('too-many-entries');
  if (offset + size > buffer.length) throw new ZipInspectionError('corrupt');
  const entries: ZipEntry[] = [];
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buffer.length || buffer.readUInt32LE(pos) !== 0x02014b50)
      throw new ZipInspectionError('corrupt');
    const method = buffer.readUInt16LE(pos + 10);
    const compressedSize = buffer.readUInt32LE(pos + 20);
    const uncompressedSize = buffer.readUInt32LE(pos + 24);
    const nameLength = buffer.readUInt16LE(pos + 28);
    const extraLength = buffer.readUInt16LE(pos + 30);
    const commentLength = buffer.readUInt16LE(pos + 32);
    const localHeaderOffset = buffer.readUInt32LE(pos + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff)
      throw new ZipInspectionError('zip64');
    const name = buffer.toString('utf8', pos + 46, pos + 46 + nameLength);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Decompresses one entry with a hard output cap, so a lying central directory cannot make us inflate
 * more than `maxBytes`.
 */
export function inflateEntry(buffer: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50)
    throw new ZipInspectionError('corrupt');
  const nameLength = buffer.readUInt16LE(at + 26);
  const extraLength = buffer.readUInt16LE(at + 28);
  const start = at + 30 + nameLength + extraLength;
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipInspectionError('corrupt');
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipInspectionError('too-large');
    return data;
  }
  if (entry.method !== 8) throw new ZipInspectionError('corrupt');
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (
      code === 'ERR_BUFFER_TOO_LARGE' ||
      /maxOutputLength|Cannot create a Buffer larger/i.test(String(error))
    ) {
      throw new ZipInspectionError('too-large');
    }
    throw new ZipInspectionError('corrupt');
  }
}
