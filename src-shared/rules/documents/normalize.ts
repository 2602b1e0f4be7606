const foldedLetters: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ı: 'i',
  ł: 'l',
  đ: 'd',
};

const nonAscii = /[\u0080-\uffff]/;

function foldUncached(text: string): string {
  const lower = text.toLowerCase();
  // ASCII needs none of the letter, diacritic and dash rules.
  if (!nonAscii.test(lower)) return singleSpaced(lower);
  const letters = lower.replace(/[äöüßæœøıłđ]/g, (char) => foldedLetters[char] ?? char);
  // German text is ASCII once its umlauts are folded; decomposing it again would change nothing.
  const plain = !nonAscii.test(letters)
    ? letters
    : letters
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2010-\u2015\u2212]/g, '-');
  return singleSpaced(plain);
}

/** Whitespace other than spaces (tabs, line breaks, exotic spaces). */
const otherSpace = /[^\S ]/;

/**
 * `text.replace(/\s+/g, ' ').trim()`, skipping the replace (the costly part) when it would change nothing.
 * With spaces as the only whitespace, only runs of two or more change: they alone are replaced.
 */
function singleSpaced(text: string): string {
  if (otherSpace.test(text)) return text.replace(/\s+/g, ' ').trim();
  return (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
}

// Every extractor folds (and repairs) the same lines and cells again; both are pure, so each text is
// processed once per document.
const cacheLimit = 20_000;
const caches: Map<unknown, unknown>[] = [];

export function cachedPerText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** A map emptied with the text caches, i.e. holding one document's entries. */
export function perDocumentMap<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  caches.push(map);
  return map;
}

/** Starts fresh text caches (once per analysed document, so they hold that document's texts only). */
export function clearTextCaches(): void {
  for (const cache of caches) cache.clear();
}

const foldCached = cachedPerText(foldUncached);

/**
 * Text normalisation for matching: German umlauts fold to ae/oe/ue/ss so that "Müller", "Mueller"
 * and OCR's "Muller" compare close; other diacritics are dropped.
 */
export function foldText(text: string): string {
  return foldCached(text);
}

/** Folded text reduced to letters, digits and single spaces. */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const exoticPunctuation =
  /[\u2010-\u2015\u2212\u00a0\u2000-\u200b\u202f\u205f\u3000\u201e\u201c\u201d\u201a\u2018\u2019]/;

/** Typographic dashes, non-breaking and other exotic spaces become their ASCII forms. */
export function normalizePunctuation(text: string): string {
  // Most pages hold none of these characters: one test instead of four replaces.
  if (!exoticPunctuation.test(text)) return text;
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u201e\u201c\u201d]/g, '"')
    .replace(/[\u201a\u2018\u2019]/g, "'");
}

export function collapseSpaces(text: string): string {
  return singleSpaced(text);
}

/**
 * Letters OCR typically reads instead of digits. Used only inside tokens that are mostly digits, so
 * ordinary words are never touched.
 */
const letterAsDigit: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  Q: '0',
  D: '0',
  U: '0',
  l: '1',
  I: '1',
  i: '1',
  '|': '1',
  '!': '1',
  ']': '1',
  Z: '2',
  z: '2',
  S: '5',
  s: '5',
  $: '5',
  B: '8',
  G: '6',
  b: '6',
  g: '9',
  q: '9',
  T: '7',
  A: '4',
};

export const ocrLetterDigits: Readonly<Record<string, readonly string[]>> = {
  O: ['0'],
  o: ['0'],
  Q: ['0'],
  D: ['0'],
  U: ['0'],
  l: ['1'],
  I: ['1'],
  i: ['1'],
  '|': ['1'],
  '!': ['1'],
  ']': ['1'],
  Z: ['2', '7'],
  z: ['2'],
  S: ['5', '8'],
  s: ['5'],
  $: ['5', '8'],
  B: ['8', '3'],
  G: ['6', '0'],
  b: ['6'],
  g: ['9'],
  q: ['9'],
  T: ['7'],
  A: ['4'],
};

/** Digits OCR confuses with each other; used only to repair numbers whose check digit fails. */
export const ocrDigitConfusions: Readonly<Record<string, readonly string[]>> = {
  '0': ['8', '6', '9'],
  '1': ['7', '4'],
  '2': ['7'],
  '3': ['8', '5', '9'],
  '4': ['1'],
  '5': ['6', '3', '8'],
  '6': ['5', '8', '0'],
  '7': ['1', '2'],
  '8': ['3', '6', '0', '9'],
  '9': ['8', '0', '3'],
};

const digitish = /[0-9OoQDUlIi|!\]ZzSs$BGbgqTA]/;

/**
 * Replaces OCR letter-for-digit confusions inside number-like tokens: a letter is replaced only when it
 * sits between digits or digit separators and the token is mostly digits ("DEO8 6800" → "DE08 6800",
 * "1O.O3.2025" → "10.03.2025"). Returns the repaired text and whether anything changed.
 */
function repairUncached(text: string): Readonly<{ text: string; changed: boolean }> {
  let changed = false;
  const repaired = text.replace(
    /[0-9OoQDUlIi|!\]ZzSs$BGbgqTA][0-9OoQDUlIi|!\]ZzSs$BGbgqTA./,-]*/g,
    (token) => {
      const core = token.replace(/[./,-]/g, '');
      const digits = core.replace(/\D/g, '').length;
      if (digits < 2 || digits < core.length * 0.6 || digits === core.length) return token;
      let out = '';
      for (let i = 0; i < token.length; i++) {
        const char = token[i] ?? '';
        const mapped = letterAsDigit[char];
        const prev = token[i - 1] ?? '';
        const next = token[i + 1] ?? '';
        const nearDigit = /[\d./,-]/.test(prev) || /[\d./,-]/.test(next) || digitish.test(next);
        if (mapped !== undefined && nearDigit) {
          out += mapped;
          changed = true;
        } else out += char;
      }
      return out;
    },
  );
  return { text: repaired, changed };
}

const repairCached = cachedPerText(repairUncached);

/**
 * Replaces OCR letter-for-digit confusions inside number-like tokens (see repairUncached). The result is
 * shared between callers with the same text: read it, do not change it.
 */
export function repairDigitTokens(text: string): Readonly<{ text: string; changed: boolean }> {
  return repairCached(text);
}

/** Keeps text bounded for regular expressions: very long lines are cut into pieces at spaces. */
export function wrapLongLine(line: string, max = 600): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ +/, '');
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
