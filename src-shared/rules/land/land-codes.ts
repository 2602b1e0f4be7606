/** ISO 3166-2:DE suffixes, in the order used by the tax administration's own tables. */
export const landCodes = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

export type LandCode = (typeof landCodes)[number];

export const landNames: Readonly<Record<LandCode, string>> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

export function isLandCode(value: string): value is LandCode {
  return (landCodes as readonly string[]).includes(value);
}

const foldName = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');

const landByFoldedName = new Map<string, LandCode>(
  landCodes.flatMap((code) => [
    [foldName(landNames[code]), code],
    [foldName(code), code],
    // "DE-BY" is the full ISO 3166-2 form some imports carry.
    [foldName(`DE-${code}`), code],
  ]),
);

/** Accepts a code ("by", "DE-BY") or a German name ("Thüringen", "Thueringen"). */
export function parseLand(value: string): LandCode | undefined {
  return landByFoldedName.get(foldName(value));
}
