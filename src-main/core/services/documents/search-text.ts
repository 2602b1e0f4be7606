import { transliterateGerman } from '../../../../src-shared/clients/text';

const needsTransliteration = /[äöüßı]/i;

/**
 * What the document index stores: the text as is plus its ae/oe/ue/ss spelling, so "mueller",
 * "muller" and "Müller" all find "Müller" (the tokenizer removes the diacritics itself), the same
 * transliteration the client index uses.
 */
export function foldForSearch(text: string): string {
  return needsTransliteration.test(text) ? `${text}\n${transliterateGerman(text)}` : text;
}
