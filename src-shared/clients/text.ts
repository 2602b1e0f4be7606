// Control characters (from pasted or imported text; they would end up in letters) or whitespace that
// is not a single inner space. Built from a string: ESLint's no-control-regex is about accidents.
const controls = '[\\u0000-\\u001f\\u007f]';
const untidy = new RegExp(`${controls}|\\s\\s|^\\s|\\s$|[^\\S ]`);
const controlRuns = new RegExp(`${controls}+`, 'g');
const controlsButNewline = /[^\P{Cc}\n]/gu;

/** Trimmed text with inner whitespace runs collapsed; null for empty input. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!untidy.test(value)) return value;
  const text = value.replace(controlRuns, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Multi-line text (notes): keeps line breaks, drops other control characters. */
export function cleanMultiline(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\r\n?/g, '\n').replace(controlsButNewline, '').trim();
  return text === '' ? null : text;
}

const foldedChars: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  ı: 'i',
  ä: 'a',
  ö: 'o',
  ü: 'u',
};

const foldChar = (ch: string): string =>
  foldedChars[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * Case- and umlaut-insensitive key for German sorting (DIN 5007-1: Ä sorts with A, ß as ss) and for
 * comparing names: diacritics removed, letters lower-cased, punctuation kept as a space.
 */
export function germanSortKey(value: string | null | undefined): string {
  if (!value) return '';
  let text = value.toLowerCase();
  // Only non-ASCII characters need folding; an import sorts 50,000 names.
  if (/[^ -~]/.test(text)) text = text.replace(/[^ -~]/g, foldChar);
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** German transliteration (ä → ae, ß → ss …) for spellings without umlauts, e.g. `Mueller`. */
export function transliterateGerman(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i');
}
