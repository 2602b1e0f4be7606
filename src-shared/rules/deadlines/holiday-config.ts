import type { Land } from './lands';

/**
 * State codes as date-holidays spells them. They coincide with ours today; the explicit map makes a
 * renamed code in a future date-holidays release fail in the tests instead of silently yielding
 * "no holidays".
 */
export const dateHolidaysState: Readonly<Record<Land, string>> = {
  BW: 'BW',
  BY: 'BY',
  BE: 'BE',
  BB: 'BB',
  HB: 'HB',
  HH: 'HH',
  HE: 'HE',
  MV: 'MV',
  NI: 'NI',
  NW: 'NW',
  RP: 'RP',
  SL: 'SL',
  SN: 'SN',
  ST: 'ST',
  SH: 'SH',
  TH: 'TH',
};

/** Holidays that are law only in some municipalities of a Land; off unless the user marks them. */
export const municipalHolidays = ['fronleichnam', 'mariae-himmelfahrt', 'augsburger-friedensfest'] as const;
export type MunicipalHoliday = (typeof municipalHolidays)[number];

interface MunicipalHolidaySource {
  readonly land: Land;
  /** A date-holidays region of that Land in which the day is typed 'public'. */
  readonly region: string;
  /** The date-holidays rule key of the day, to pick exactly this day out of the region's list. */
  readonly rule: string;
}

/*
 * Where date-holidays keeps each municipal holiday. The region is only a vehicle to obtain the date
 * (and its name) from date-holidays; which municipality the user's office is in is the user's choice.
 * Fronleichnam in BW, BY, HE, NW, RP, SL and Mariä Himmelfahrt in SL are statewide and need no entry.
 */
export const municipalHolidaySources: Readonly<Record<MunicipalHoliday, readonly MunicipalHolidaySource[]>> =
  {
    fronleichnam: [
      { land: 'SN', region: 'BZ', rule: 'easter 60' },
      { land: 'TH', region: 'EIC', rule: 'easter 60' },
    ],
    'mariae-himmelfahrt': [{ land: 'BY', region: 'KATH', rule: '08-15' }],
    'augsburger-friedensfest': [{ land: 'BY', region: 'A', rule: '08-08' }],
  };

interface PublicStatusOverride {
  /** date-holidays rule key the override applies to. */
  readonly rule: string;
  readonly lands: readonly Land[];
  /** Whether the day is a statewide public holiday in that year, replacing date-holidays' type. */
  readonly isPublicIn: (year: number) => boolean;
  readonly reason: string;
}

/*
 * Corrections where date-holidays' typing disagrees with the domain doc (§ 5.4). Everything else is
 * handled by the generic rule "only type 'public' counts", which already drops, among others:
 * Gründonnerstag and Reformationstag in BW ('school'), Buß- und Bettag in BY ('school'), Mariä
 * Himmelfahrt in BY and Fronleichnam in SN/TH at state level ('observance'), Allerheiligen outside
 * BW/BY/NW/RP/SL ('observance') and Heiligabend/Silvester ('bank'; not holidays per BGH 20.03.2018).
 */
export const publicStatusOverrides: readonly PublicStatusOverride[] = [
  {
    rule: 'wednesday before 11-23',
    lands: ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'ST', 'SH', 'TH'],
    // date-holidays types Buß- und Bettag as 'observance' (BY: 'school') in every year, but it was a
    // statewide holiday everywhere until it was abolished outside Sachsen from 1995 on.
    isPublicIn: (year) => year <= 1994,
    reason: 'Buß- und Bettag war bis einschließlich 1994 in allen Ländern gesetzlicher Feiertag.',
  },
];

/*
 * Deliberately not overridden: Berlin's one-off 17.06.2028 (date-holidays and python-holidays list it,
 * the doc marks it UNVERIFIED) is a Saturday, so it cannot change any deadline under § 108 Abs. 3 AO;
 * Ostersonntag/Pfingstsonntag in BB are Sundays for the same reason.
 */
