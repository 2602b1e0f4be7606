import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Decodes a text file: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else the encoding
 * chardet names among the ones German offices produce (Windows-1252, ISO-8859-1/15), else Windows-1252.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  if (isValidUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'UTF-8' };
  const guess = chardet.detect(buffer.subarray(0, 65536));
  const encoding =
    guess && /^(ISO-8859-1|ISO-8859-15|windows-1252|windows-1250)$/i.test(guess) ? guess : 'windows-1252';
  return { text: iconv.decode(buffer, encoding), encoding };
}

function isValidUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}
