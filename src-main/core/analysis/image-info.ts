import { DocumentError, messages } from './errors';

export interface ImageSize {
  width: number;
  height: number;
}

/** Pixel size from the PNG, JPEG or TIFF header, without decoding the image (decompression bombs). */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47)
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let pos = 2;
    while (pos + 9 < b.length) {
      if (b[pos] !== 0xff) return undefined;
      const marker = b[pos + 1] ?? 0;
      const length = b.readUInt16BE(pos + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: b.readUInt16BE(pos + 5), width: b.readUInt16BE(pos + 7) };
      }
      pos += 2 + length;
    }
    return undefined;
  }
  const little = b.length >= 8 && b[0] === 0x49 && b[1] === 0x49;
  const big = b.length >= 8 && b[0] === 0x4d && b[1] === 0x4d;
  if (little || big) {
    const u16 = (at: number): number => (little ? b.readUInt16LE(at) : b.readUInt16BE(at));
    const u32 = (at: number): number => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
    const ifd = u32(4);
    if (ifd + 2 > b.length) return undefined;
    const count = u16(ifd);
    let width: number | undefined;
    let height: number | undefined;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (entry + 12 > b.length) break;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const value = type === 3 ? u16(entry + 8) : u32(entry + 8);
      if (tag === 256) width = value;
      if (tag === 257) height = value;
    }
    return width && height ? { width, height } : undefined;
  }
  return undefined;
}

export function checkImageSize(bytes: Uint8Array, maxPixels: number): ImageSize {
  const size = imageSize(bytes);
  if (!size || size.width < 1 || size.height < 1)
    throw new DocumentError('unsupported-type', messages.unsupported);
  if (size.width * size.height > maxPixels)
    throw new DocumentError('image-too-large', messages.imageTooLarge);
  return size;
}
