import { transliterateGerman } from '../../../../src-shared/clients/text';

// A number as typed from a letter: optional country letters (DE…), digits and separators, e.g.
// `181/815/08155`, `181 815 08155`, `12 345 678 903`, `DE 136 695 976`, `DE89 3704 0044 …`.
const identifierLike = /^[A-Za-z]{0,2}[\d\s/.-]*\d[\d\s/.-]*$/;
const wordSplit = /[^\p{L}\p{N}]+/u;

const prefixTerm = (token: string): string => `"${token}"*`;

function wordTerm(word: string): string {
  const lower = word.toLowerCase();
  const transliterated = transliterateGerman(lower);
  // `müller` also finds the stored spelling `Mueller`; the tokenizer folds `müller` to `muller` itself.
  return transliterated === lower
    ? prefixTerm(lower)
    : `(${prefixTerm(lower)} OR ${prefixTerm(transliterated)})`;
}

function chunkTerms(chunk: string): string[] {
  if (identifierLike.test(chunk)) return [prefixTerm(chunk.replace(/[^A-Za-z0-9]/g, '').toLowerCase())];
  return chunk
    .split(wordSplit)
    .filter((word) => word !== '')
    .map(wordTerm);
}

/**
 * FTS5 MATCH expression for what the user typed: every word is a prefix (search as you type), all
 * words must match. A query that is a number as a whole (`181 815 08155`) is searched as one
 * identifier with its separators removed. Null when nothing searchable was typed.
 */
export function buildFtsQuery(input: string): string | null {
  const query = input.trim().slice(0, 200);
  if (query === '') return null;
  const terms = identifierLike.test(query) ? chunkTerms(query) : query.split(/\s+/).flatMap(chunkTerms);
  return terms.length === 0 ? null : terms.join(' AND ');
}
