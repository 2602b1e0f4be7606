import { fileTypeFromBuffer } from 'file-type';
import { DocumentError, messages } from './errors';

export type FileKind = 'pdf' | 'docx' | 'txt' | 'png' | 'jpeg' | 'tiff';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, i) => bytes[offset + i] === byte);

/** Executable formats by magic number: ELF, PE/MZ, Mach-O (incl. fat binaries), shell scripts. */
export function isExecutable(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(bytes, [0x4d, 0x5a]) ||
    startsWith(bytes, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(bytes, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(bytes, [0x23, 0x21])
  );
}

/** `%PDF-` may follow some junk bytes; readers accept it within the first kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** DTDs and entity declarations enable XXE and entity-expansion attacks; such XML is never parsed. */
export function hasXmlDoctype(text: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(text);
}

/** Plain text: no NUL bytes and few control characters in the first 64 KiB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control <= sample.length * 0.01;
}

/**
 * The file's real type from its content; the name and extension are never trusted. Executables and
 * unknown binaries are refused.
 */
export async function detectFileKind(bytes: Uint8Array): Promise<FileKind> {
  if (bytes.length === 0) throw new DocumentError('empty-file', messages.empty);
  if (isExecutable(bytes)) throw new DocumentError('executable', messages.executable);
  if (isPdf(bytes)) return 'pdf';
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    switch (detected.ext) {
      case 'docx':
        return 'docx';
      case 'png':
        return 'png';
      case 'jpg':
        return 'jpeg';
      case 'tif':
        return 'tiff';
      case 'exe':
      case 'elf':
      case 'macho':
      case 'class':
      case 'dmg':
      case 'msi':
      case 'apk':
      case 'deb':
      case 'rpm':
        throw new DocumentError('executable', messages.executable);
      case 'zip':
        // Some Word files are only recognised as ZIP; the DOCX reader checks for word/document.xml.
        return 'docx';
      case 'xml':
      case 'svg':
        if (hasXmlDoctype(Buffer.from(bytes.subarray(0, 65536)).toString('utf8'))) {
          throw new DocumentError('xml-entities', messages.xmlEntities);
        }
        throw new DocumentError('unsupported-type', messages.unsupported);
      default:
        // Weak signatures (e.g. MPEG-TS: a 'G' every 188 bytes) also match ordinary text.
        if (!looksLikeText(bytes)) throw new DocumentError('unsupported-type', messages.unsupported);
    }
  }
  if (looksLikeText(bytes)) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').trimStart();
    if (head.startsWith('<?xml') || head.startsWith('<!DOCTYPE')) {
      if (hasXmlDoctype(Buffer.from(bytes.subarray(0, 65536)).toString('utf8'))) {
        throw new DocumentError('xml-entities', messages.xmlEntities);
      }
      throw new DocumentError('unsupported-type', messages.unsupported);
    }
    return 'txt';
  }
  throw new DocumentError('unsupported-type', messages.unsupported);
}
