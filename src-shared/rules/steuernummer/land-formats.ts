import type { LandCode } from '../land';

export type CheckDigitProcedure =
  'elfer' | 'elfer-hb-hh' | 'elfer-ni-berlin-b' | 'elfer-berlin-a' | 'elfer-nw' | 'zweier' | 'elfer-rp';

export interface SteuernummerFormat {
  land: LandCode;
  /** Leading BUFA digits that encode the Land; the rest of the BUFA is the regional F part. */
  stateDigits: string;
  /**
   * BUFA prefix that identifies the Land. Longer than stateDigits where several Länder share a state
   * digit (3 = BB/ST/SN, 4 = MV/TH, 1 = SL) and the first F digit tells them apart.
   */
  landKey: string;
  /** Printed layout: F/B/U/P are digit slots, `0` a literal zero (HE), anything else a separator. */
  pattern: string;
  /** Further group layouts seen on letters, used only to guess the Land of unlabelled input. */
  altLayouts?: readonly (readonly number[])[];
  /** 'berlin' picks variant A or B per BUFA and Bezirk (ELSTER doc ch. 7.2). */
  procedure: CheckDigitProcedure | 'berlin';
  /** Länder of the "bayerischer Programmierverbund" where the Bezirksnummer must be at least 100. */
  programmierverbund: boolean;
  /** Official ELSTER help example in the printed form. */
  example: string;
}

const formats: readonly SteuernummerFormat[] = [
  {
    land: 'BW',
    stateDigits: '28',
    landKey: '28',
    pattern: 'FFBBB/UUUUP',
    procedure: 'zweier',
    programmierverbund: false,
    example: '93815/08152',
  },
  {
    land: 'BY',
    stateDigits: '9',
    landKey: '9',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '181/815/08155',
  },
  {
    land: 'BE',
    stateDigits: '11',
    landKey: '11',
    pattern: 'FF/BBB/UUUUP',
    procedure: 'berlin',
    programmierverbund: false,
    example: '21/815/08150',
  },
  {
    land: 'BB',
    stateDigits: '3',
    landKey: '30',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '048/815/08155',
  },
  {
    land: 'HB',
    stateDigits: '24',
    landKey: '24',
    pattern: 'FF BBB UUUUP',
    procedure: 'elfer-hb-hh',
    programmierverbund: false,
    example: '75 815 08152',
  },
  {
    land: 'HH',
    stateDigits: '22',
    landKey: '22',
    pattern: 'FF/BBB/UUUUP',
    procedure: 'elfer-hb-hh',
    programmierverbund: false,
    example: '02/815/08156',
  },
  {
    land: 'HE',
    stateDigits: '26',
    landKey: '26',
    pattern: '0FF BBB UUUUP',
    procedure: 'zweier',
    programmierverbund: false,
    example: '013 815 08153',
  },
  {
    land: 'MV',
    stateDigits: '4',
    landKey: '40',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '079/815/08151',
  },
  {
    land: 'NI',
    stateDigits: '23',
    landKey: '23',
    pattern: 'FF/BBB/UUUUP',
    procedure: 'elfer-ni-berlin-b',
    programmierverbund: false,
    example: '24/815/08151',
  },
  {
    land: 'NW',
    stateDigits: '5',
    landKey: '5',
    pattern: 'FFF/BBBB/UUUP',
    procedure: 'elfer-nw',
    programmierverbund: false,
    example: '133/8150/8159',
  },
  {
    land: 'RP',
    stateDigits: '27',
    landKey: '27',
    pattern: 'FF/BBB/UUUU/P',
    altLayouts: [[2, 3, 5]],
    procedure: 'elfer-rp',
    programmierverbund: false,
    example: '22/815/0815/4',
  },
  {
    land: 'SL',
    stateDigits: '1',
    landKey: '10',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '010/815/08182',
  },
  {
    land: 'SN',
    stateDigits: '3',
    landKey: '32',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '201/123/12340',
  },
  {
    land: 'ST',
    stateDigits: '3',
    landKey: '31',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '101/815/08154',
  },
  {
    land: 'SH',
    stateDigits: '21',
    landKey: '21',
    pattern: 'FF BBB UUUUP',
    procedure: 'zweier',
    programmierverbund: false,
    example: '29 815 08158',
  },
  {
    land: 'TH',
    stateDigits: '4',
    landKey: '41',
    pattern: 'FFF/BBB/UUUUP',
    procedure: 'elfer',
    programmierverbund: true,
    example: '151/815/08156',
  },
];

export const steuernummerFormats: Readonly<Record<LandCode, SteuernummerFormat>> = Object.fromEntries(
  formats.map((format) => [format.land, format]),
) as Record<LandCode, SteuernummerFormat>;

const countSlots = (pattern: string, slot: string): number => [...pattern].filter((c) => c === slot).length;

/** Number of digits of the printed (regional) form: 10 or 11. */
export const regionalLength = (format: SteuernummerFormat): number => digitSlots(format.pattern).length;

export const bezirkLength = (format: SteuernummerFormat): number => countSlots(format.pattern, 'B');

/** Digit-group lengths of the printed form, e.g. [5, 5] for BW. */
export function printedLayouts(format: SteuernummerFormat): number[][] {
  const main = format.pattern.split(/[^0FBUP]+/).map((group) => group.length);
  return [main, ...(format.altLayouts ?? []).map((layout) => [...layout])];
}

export function digitSlots(pattern: string): string {
  return pattern.replace(/[^0FBUP]/g, '');
}

/** Land whose BUFA prefix the number (BUFA, 12- or 13-digit form) starts with. */
export function landFromBufa(bufaOrNumber: string): LandCode | undefined {
  if (!/^\d{4}/.test(bufaOrNumber)) return undefined;
  return formats.find((format) => bufaOrNumber.startsWith(format.landKey))?.land;
}
