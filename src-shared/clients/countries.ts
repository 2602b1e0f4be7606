/**
 * Countries a German office's clients typically live in, as ISO 3166-1 alpha-2 codes with the German
 * name that DIN 5008 wants on foreign address blocks. Other codes are accepted as typed.
 */
export const countryNames: Readonly<Record<string, string>> = {
  DE: 'Deutschland',
  AT: 'Österreich',
  CH: 'Schweiz',
  LI: 'Liechtenstein',
  NL: 'Niederlande',
  BE: 'Belgien',
  LU: 'Luxemburg',
  FR: 'Frankreich',
  DK: 'Dänemark',
  PL: 'Polen',
  CZ: 'Tschechien',
  IT: 'Italien',
  ES: 'Spanien',
  PT: 'Portugal',
  GB: 'Vereinigtes Königreich',
  IE: 'Irland',
  SE: 'Schweden',
  NO: 'Norwegen',
  FI: 'Finnland',
  GR: 'Griechenland',
  HR: 'Kroatien',
  HU: 'Ungarn',
  RO: 'Rumänien',
  BG: 'Bulgarien',
  SK: 'Slowakei',
  SI: 'Slowenien',
  TR: 'Türkei',
  US: 'Vereinigte Staaten',
  CA: 'Kanada',
};

const fold = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/[^a-z]/g, '');

const aliases: Readonly<Record<string, string>> = {
  d: 'DE',
  deu: 'DE',
  germany: 'DE',
  brd: 'DE',
  bundesrepublikdeutschland: 'DE',
  a: 'AT',
  aut: 'AT',
  austria: 'AT',
  ch: 'CH',
  schweiz: 'CH',
  switzerland: 'CH',
  nl: 'NL',
  holland: 'NL',
  netherlands: 'NL',
  grossbritannien: 'GB',
  england: 'GB',
  uk: 'GB',
  usa: 'US',
};

const byName = new Map<string, string>([
  ...Object.entries(countryNames).map(([code, name]) => [fold(name), code] as const),
  ...Object.entries(aliases),
]);

/** ISO code for `DE`, `Deutschland`, `Österreich`, `AUT` …; undefined when unknown. */
export function parseCountry(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  return byName.get(fold(text));
}

export const countryName = (code: string): string => countryNames[code] ?? code;
