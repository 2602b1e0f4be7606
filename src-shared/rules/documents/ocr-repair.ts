import { ocrDigitConfusions, ocrLetterDigits } from './normalize';

export type RepairKind = 'none' | 'letters' | 'digit';

export interface RepairResult {
  /** The repaired string (same length and layout as the input). */
  value: string;
  kind: RepairKind;
}

const letterOptions = (char: string): readonly string[] | undefined => ocrLetterDigits[char];

/**
 * Reads a number that OCR may have garbled. Letters in digit positions are replaced by the digits they are
 * typically confused with; if a letter has several readings, every combination is validated and the result
 * is accepted only if exactly one validates. A digit string that fails validation is tried with single
 * digit-for-digit confusions (3/8, 5/6, 1/7 ...), again accepted only if exactly one candidate validates.
 * `separators` are characters kept as they are (spaces, slashes).
 */
export function repairNumber(
  raw: string,
  isValid: (candidate: string) => boolean,
  opts: { separators?: RegExp; allowDigitSwap?: boolean; maxLetters?: number } = {},
): RepairResult | undefined {
  const separators = opts.separators ?? /[\s/.-]/;
  const chars = [...raw];
  const letterPositions = chars
    .map((char, index) => ({ char, index }))
    .filter(({ char }) => !/\d/.test(char) && !separators.test(char));
  if (letterPositions.length > (opts.maxLetters ?? 3)) return undefined;
  if (letterPositions.some(({ char }) => letterOptions(char) === undefined)) return undefined;

  let candidates: string[][] = [chars];
  for (const { char, index } of letterPositions) {
    const options = letterOptions(char) ?? [];
    candidates = candidates.flatMap((candidate) =>
      options.map((digit) => {
        const copy = [...candidate];
        copy[index] = digit;
        return copy;
      }),
    );
  }
  const joined = [...new Set(candidates.map((candidate) => candidate.join('')))];
  const valid = joined.filter(isValid);
  if (valid.length === 1 && valid[0] !== undefined) {
    return { value: valid[0], kind: letterPositions.length > 0 ? 'letters' : 'none' };
  }
  if (valid.length > 1 || opts.allowDigitSwap === false) return undefined;
  if (joined.length !== 1 || joined[0] === undefined) return undefined;

  const base = [...joined[0]];
  const swaps = new Set<string>();
  base.forEach((char, index) => {
    for (const alternative of ocrDigitConfusions[char] ?? []) {
      const copy = [...base];
      copy[index] = alternative;
      const candidate = copy.join('');
      if (isValid(candidate)) swaps.add(candidate);
    }
  });
  const [only] = swaps;
  if (swaps.size === 1 && only !== undefined) return { value: only, kind: 'digit' };
  return undefined;
}

/** All single digit-for-digit OCR confusions of a number that pass a validity check. */
export function digitSwapCandidates(value: string, isValid: (candidate: string) => boolean): string[] {
  const base = [...value];
  const out = new Set<string>();
  base.forEach((char, index) => {
    for (const alternative of ocrDigitConfusions[char] ?? []) {
      const copy = [...base];
      copy[index] = alternative;
      const candidate = copy.join('');
      if (isValid(candidate)) out.add(candidate);
    }
  });
  return [...out];
}
