import type { LandCode } from '../land';
import { foldText } from './normalize';

export interface CourtMention {
  /** Court name as printed, e.g. "Finanzgericht Münster". */
  name: string;
  /** Länder the court serves; two for the joint Finanzgericht Berlin-Brandenburg. */
  lands: LandCode[];
  index: number;
  kind: 'finanzgericht' | 'bundesfinanzhof' | 'other';
}

/** Finanzgerichte by seat or by the Land adjective in their name (folded spelling). */
const finanzgerichte: readonly [RegExp, LandCode[]][] = [
  [/berlin-?brandenburg/, ['BE', 'BB']],
  [/baden-?wuerttemberg/, ['BW']],
  [/muenchen|nuernberg|bayer/, ['BY']],
  [/bremen|bremisch/, ['HB']],
  [/hamburg/, ['HH']],
  [/hessisch|kassel/, ['HE']],
  [/mecklenburg|greifswald/, ['MV']],
  [/niedersaechsisch|hannover/, ['NI']],
  [/muenster|koeln|duesseldorf/, ['NW']],
  [/rheinland-?pfalz|neustadt/, ['RP']],
  [/saarland|saarlaendisch|saarbruecken/, ['SL']],
  [/saechsisch|sachsen(?!-)|leipzig/, ['SN']],
  [/sachsen-?anhalt|dessau/, ['ST']],
  [/schleswig-?holstein|kiel/, ['SH']],
  [/thuering|gotha/, ['TH']],
];

/** Land adjectives and names that prefix or follow court and authority names. */
export const landWords: readonly [RegExp, LandCode][] = [
  [/baden-?wuerttemberg/, 'BW'],
  [/bayer(n|isch)/, 'BY'],
  [/berlin/, 'BE'],
  [/brandenburg/, 'BB'],
  [/brem(en|isch)/, 'HB'],
  [/hamburg/, 'HH'],
  [/hess(en|isch)/, 'HE'],
  [/mecklenburg/, 'MV'],
  [/niedersachsen|niedersaechsisch/, 'NI'],
  [/nordrhein-?westfal/, 'NW'],
  [/rheinland-?pfal/, 'RP'],
  [/saarland|saarlaendisch/, 'SL'],
  [/sachsen-?anhalt/, 'ST'],
  [/sachsen|saechsisch/, 'SN'],
  [/schleswig-?holstein/, 'SH'],
  [/thuering/, 'TH'],
];

const courtPattern =
  /\b((?:[A-ZÄÖÜ][\p{L}-]+\s+)?(?:Finanzgericht|Bundesfinanzhof|Amtsgericht|Landgericht|Oberlandesgericht|Verwaltungsgericht|Oberverwaltungsgericht|Sozialgericht|Arbeitsgericht|Landesarbeitsgericht|Registergericht|FG)\b(?:\s+(?:des\s+Landes\s+|des\s+|der\s+)?[A-ZÄÖÜ][\p{L}-]+(?:\s+(?:an der|am|im|in der)\s+[A-ZÄÖÜ][\p{L}-]+)?)?)/giu;

/** Court mentions with their Land(s); other courts get the Land from `cityLand` (e.g. via the Finanzamt directory). */
export function findCourts(text: string, cityLand?: (city: string) => LandCode | undefined): CourtMention[] {
  const mentions: CourtMention[] = [];
  for (const m of text.matchAll(courtPattern)) {
    const name = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    const folded = foldText(name);
    if (/bundesfinanzhof/.test(folded)) {
      mentions.push({ name, lands: [], index: m.index, kind: 'bundesfinanzhof' });
      continue;
    }
    if (/finanzgericht|^fg\b|\bfg\b/.test(folded)) {
      const entry = finanzgerichte.find(([regex]) => regex.test(folded));
      mentions.push({ name, lands: entry ? [...entry[1]] : [], index: m.index, kind: 'finanzgericht' });
      continue;
    }
    const adjective = landWords.find(([regex]) => regex.test(folded));
    const city = name.split(/\s+/).slice(1).join(' ');
    const land = adjective?.[1] ?? (city !== '' ? cityLand?.(city) : undefined);
    mentions.push({ name, lands: land ? [land] : [], index: m.index, kind: 'other' });
  }
  return mentions;
}
