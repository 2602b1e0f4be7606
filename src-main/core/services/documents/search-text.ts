/**
 * What the document index stores and queries with: the text as is plus ae/oe/ue/ss spellings, so
 * "mueller", "muller" and "Müller" all find "Müller" (the tokenizer removes the diacritics itself).
 */
export function foldForSearch(text: string): string {
  const spelled = text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss');
  return spelled === text ? text : `${text}\n${spelled}`;
}
