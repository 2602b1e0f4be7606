import type { Rng } from './random';

export const firstNames = [
  'Anna',
  'Lena',
  'Sophie',
  'Marie',
  'Julia',
  'Laura',
  'Katharina',
  'Sabine',
  'Petra',
  'Ursula',
  'Monika',
  'Jürgen',
  'Klaus',
  'Thomas',
  'Andreas',
  'Stefan',
  'Michael',
  'Markus',
  'Tobias',
  'Lukas',
  'Jonas',
  'Felix',
  'Hans-Peter',
  'Karl-Heinz',
  'Özlem',
  'Ayşe',
  'Mehmet',
  'Dragan',
  'Agnieszka',
  'Björn',
  'Søren',
  'Jörg',
  'Ute',
  'Günter',
  'Bärbel',
  'Grete',
  'Henrik',
  'Till',
  'Emil',
  'Mia',
  'Lea',
  'Noah',
  'Elias',
  'Ida',
  'Frieda',
];
export const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Schmitz',
  'Krause',
  'Meier',
  'Lehmann',
  'Köhler',
  'Herrmann',
  'König',
  'Walter',
  'Mayer',
  'Huber',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Yılmaz',
  'Kowalski',
  'Nowak',
  'Öztürk',
  'Groß',
  'Weiß',
  'Jäger',
  'Voß',
  'Böhm',
  'von Arnim',
  'Müller-Lüdenscheidt',
];
const trades = [
  'Bäckerei',
  'Metzgerei',
  'Autohaus',
  'Malerbetrieb',
  'Elektro',
  'Zahnarztpraxis',
  'Architekturbüro',
  'Optik',
  'Schreinerei',
  'Gasthaus',
  'Reisebüro',
  'Immobilien',
  'Software',
  'Logistik',
  'Consulting',
  'Druckerei',
];
const legalForms = [
  'GmbH',
  'GmbH & Co. KG',
  'AG',
  'e.K.',
  'OHG',
  'KG',
  'UG (haftungsbeschränkt)',
  'GbR',
  'eG',
  'e.V.',
];
const streetStems = [
  'Haupt',
  'Bahnhof',
  'Schiller',
  'Goethe',
  'Lessing',
  'Mozart',
  'Linden',
  'Garten',
  'Kirch',
  'Berliner',
  'Friedrich-Ebert-',
  'Kaiser-Wilhelm-',
  'Am Markt',
  'Im Winkel',
  'Zur Mühle',
  'Auf der Höhe',
  'An der Alten Post',
];
const streetKinds = ['straße', 'str.', 'weg', 'allee', 'platz', 'ring', 'gasse'];
export const titles = ['Dr.', 'Prof. Dr.', 'Dipl.-Ing.', 'Dipl.-Kfm.'];

export interface Person {
  kind: 'person';
  anrede: 'Herrn' | 'Frau';
  title?: string;
  firstName: string;
  lastName: string;
  name: string;
}

export interface Company {
  kind: 'company';
  name: string;
}

export type Party = Person | Company;

export function person(rng: Rng): Person {
  const firstName = rng.pick(firstNames);
  const lastName = rng.pick(lastNames);
  return {
    kind: 'person',
    anrede: rng.chance(0.5) ? 'Herrn' : 'Frau',
    title: rng.chance(0.15) ? rng.pick(titles) : undefined,
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
  };
}

export function company(rng: Rng): Company {
  const last = rng.pick(lastNames);
  const trade = rng.pick(trades);
  const form = rng.pick(legalForms);
  const name = rng.chance(0.5)
    ? `${trade} ${last} ${form}`
    : rng.chance(0.5)
      ? `${last} ${trade} ${form}`
      : `${last} & ${rng.pick(lastNames)} ${form}`;
  return { kind: 'company', name };
}

export function street(rng: Rng): string {
  const stem = rng.pick(streetStems);
  const house = `${rng.int(1, 180)}${rng.chance(0.15) ? rng.pick(['a', 'b', 'c']) : ''}`;
  if (/^(Am|Im|Zur|Auf|An) /.test(stem)) return `${stem} ${house}`;
  const kind = rng.pick(streetKinds);
  const joined = stem.endsWith('-')
    ? `${stem}${kind === 'str.' ? 'Str.' : kind.charAt(0).toUpperCase() + kind.slice(1)}`
    : `${stem}${kind}`;
  return `${joined} ${house}`;
}
