import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AppError } from '../../../../../src-shared/errors/app-error';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Encodings offered in the import dialog; any other name iconv-lite knows is accepted too. */
export const importEncodings = [
  'utf-8',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'utf-16le',
  'utf-16be',
] as const;

const labels: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (ANSI)',
  'iso-8859-1': 'ISO-8859-1',
  'iso-8859-15': 'ISO-8859-15',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

export interface DecodedText {
  text: string;
  encoding: string;
  encodingLabel: string;
  hasBom: boolean;
}

const fail = (userMessage: string, message: string, code: string) =>
  new AppError('validation', userMessage, message, { code, field: 'bytes' });

const SAMPLE = 64 * 1024;

/** UTF-16 without BOM shows as every other byte being zero; other zero bytes mean binary data. */
function zeroBytePattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'binary' | undefined {
  const n = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return undefined;
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.02) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.02) return 'utf-16be';
  return 'binary';
}

/** Control characters other than tab and line breaks are a sign of a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > Math.max(2, n * 0.005);
}

/** The text when the bytes are valid UTF-8 (a leading BOM is dropped, as iconv-lite does), else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function normalizeEncodingName(name: string): string {
  const key = name.trim().toLowerCase().replace(/_/g, '-');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8-bom': 'utf-8',
    ansi: 'windows-1252',
    cp1252: 'windows-1252',
    win1252: 'windows-1252',
    latin1: 'iso-8859-1',
    'latin-1': 'iso-8859-1',
    latin9: 'iso-8859-15',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
  };
  return aliases[key] ?? key;
}

/** The encoding chardet suggests for non-UTF-8 bytes; Western European files are read as Windows-1252. */
function guessSingleByte(bytes: Uint8Array): string {
  const guess = chardet.analyse(bytes.subarray(0, SAMPLE))[0];
  const name = guess ? normalizeEncodingName(guess.name) : 'windows-1252';
  if (name === 'iso-8859-15') return name;
  // Windows-1252 is a superset of ISO-8859-1 for printable text and what German office software writes.
  if (name.startsWith('iso-8859-1') || name === 'windows-1252' || !guess || guess.confidence < 60) {
    return 'windows-1252';
  }
  return iconv.encodingExists(name) ? name : 'windows-1252';
}

/**
 * Detects the encoding (BOM, UTF-16 pattern, strict UTF-8, else chardet with Windows-1252 as the
 * default of German office exports) and decodes. A requested encoding overrides the detection.
 */
export function decodeImportBytes(bytes: Uint8Array, requested?: string | null): DecodedText {
  if (bytes.length === 0) throw fail('Die Datei ist leer.', 'Empty import file', 'import_empty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw fail(
      'Die Datei ist größer als 100 MB und kann nicht importiert werden. Bitte in mehrere Dateien aufteilen.',
      `Import file too large: ${bytes.length} bytes`,
      'import_too_large',
    );
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding: string;
  let hasBom = false;
  // Valid UTF-8 decodes the same with TextDecoder as with iconv-lite; the strict check already has it.
  let utf8: string | undefined;
  if (requested) {
    encoding = normalizeEncodingName(requested);
    if (!iconv.encodingExists(encoding)) {
      throw fail(
        `Die Zeichenkodierung „${requested}“ wird nicht unterstützt. Möglich sind z. B. ${importEncodings.map((e) => labels[e]).join(', ')}.`,
        `Unsupported encoding ${requested}`,
        'import_unknown_encoding',
      );
    }
  } else if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    encoding = 'utf-8';
    hasBom = true;
    utf8 = strictUtf8(buffer);
  } else if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    encoding = 'utf-16le';
    hasBom = true;
  } else if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    encoding = 'utf-16be';
    hasBom = true;
  } else {
    const zeros = zeroBytePattern(buffer);
    if (zeros === 'binary' || (zeros === undefined && looksBinary(buffer))) {
      throw fail(
        'Die Datei ist keine Textdatei (sie enthält Binärdaten). Bitte eine CSV-Datei wählen, z. B. aus Excel mit „Speichern unter → CSV“.',
        'Import file looks binary',
        'import_binary',
      );
    }
    if (zeros === undefined) utf8 = strictUtf8(buffer);
    encoding = zeros ?? (utf8 !== undefined ? 'utf-8' : guessSingleByte(buffer));
  }
  // iconv-lite strips a BOM of the encoding it decodes.
  const text = utf8 ?? iconv.decode(buffer, encoding);
  return { text, encoding, encodingLabel: labels[encoding] ?? encoding.toUpperCase(), hasBom };
}
