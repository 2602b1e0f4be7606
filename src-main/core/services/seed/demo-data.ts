/** A small, fictitious but realistic German office: names, legal forms and cities across the Länder. */
export interface DemoBerater {
  name: string;
  profession: string;
}

export interface DemoClient {
  kind: 'person' | 'company';
  firstName?: string;
  lastName?: string;
  companyName?: string;
  city: string;
  status?: 'aktiv' | 'inaktiv' | 'ehemalig';
  berater: number;
}

export const demoBerater: DemoBerater[] = [
  { name: 'Dr. Katharina Vogt', profession: 'Steuerberaterin' },
  { name: 'Martin Hoffmann', profession: 'Steuerberater, Wirtschaftsprüfer' },
  { name: 'Selin Aydın', profession: 'Rechtsanwältin, Fachanwältin für Steuerrecht' },
  { name: 'Jonas Richter', profession: 'Steuerfachangestellter' },
];

export const demoClients: DemoClient[] = [
  { kind: 'person', firstName: 'Anna', lastName: 'Müller', city: 'München', berater: 0 },
  { kind: 'person', firstName: 'Jürgen', lastName: 'Schäfer', city: 'Köln', berater: 1 },
  { kind: 'person', firstName: 'Özlem', lastName: 'Yıldırım', city: 'Berlin', berater: 2 },
  { kind: 'person', firstName: 'Hans-Peter', lastName: 'Weiß', city: 'Stuttgart', berater: 0 },
  { kind: 'person', firstName: 'Marie', lastName: 'Großmann', city: 'Leipzig', berater: 3 },
  { kind: 'person', firstName: 'Kim', lastName: 'Weber', city: 'Hamburg', berater: 1 },
  { kind: 'person', firstName: 'Friedrich', lastName: 'von Bülow', city: 'Schwerin', berater: 0 },
  { kind: 'person', firstName: 'Lena', lastName: 'Krüger', city: 'Hannover', berater: 3 },
  { kind: 'person', firstName: 'Thomas', lastName: 'Becker', city: 'Frankfurt am Main', berater: 1 },
  {
    kind: 'person',
    firstName: 'Sabine',
    lastName: 'Schmitz',
    city: 'Düsseldorf',
    berater: 2,
    status: 'inaktiv',
  },
  { kind: 'person', firstName: 'Mehmet', lastName: 'Demir', city: 'Bremen', berater: 3 },
  { kind: 'person', firstName: 'Ursula', lastName: 'Fuchs', city: 'Erfurt', berater: 0, status: 'ehemalig' },
  { kind: 'person', firstName: 'Paul', lastName: 'Zimmermann', city: 'Mainz', berater: 1 },
  { kind: 'person', firstName: 'Greta', lastName: 'Lorenz', city: 'Saarbrücken', berater: 2 },
  { kind: 'person', firstName: 'Tobias', lastName: 'Hartmann', city: 'Kiel', berater: 3 },
  { kind: 'person', firstName: 'Claudia', lastName: 'Neumann', city: 'Magdeburg', berater: 0 },
  { kind: 'person', firstName: 'Andrzej', lastName: 'Kowalski', city: 'Potsdam', berater: 1 },
  { kind: 'company', companyName: 'Bäckerei Schröder GmbH', city: 'Augsburg', berater: 0 },
  { kind: 'company', companyName: 'Elektro Wagner e.K.', city: 'Dresden', berater: 3 },
  { kind: 'company', companyName: 'Nordlicht Software UG (haftungsbeschränkt)', city: 'Hamburg', berater: 1 },
  {
    kind: 'company',
    companyName: 'Praxis Dr. Lehmann & Partner mbB',
    city: 'Freiburg im Breisgau',
    berater: 2,
  },
  { kind: 'company', companyName: 'Rheinblick Immobilien GmbH & Co. KG', city: 'Bonn', berater: 1 },
  {
    kind: 'company',
    companyName: 'Sportverein Grün-Weiß Ostend e.V.',
    city: 'Frankfurt am Main',
    berater: 0,
  },
  { kind: 'company', companyName: 'Schneider & Koch GbR', city: 'Nürnberg', berater: 3 },
  { kind: 'company', companyName: 'Alpenmilch Genossenschaft eG', city: 'Kempten (Allgäu)', berater: 0 },
  { kind: 'company', companyName: 'Hanse Logistik AG', city: 'Bremen', berater: 1 },
  { kind: 'company', companyName: 'Weingut Keller OHG', city: 'Neustadt an der Weinstraße', berater: 2 },
  { kind: 'company', companyName: 'Stiftung Lesefreude', city: 'Rostock', berater: 0 },
  { kind: 'company', companyName: 'Malerbetrieb Braun KG', city: 'Kassel', berater: 3 },
  {
    kind: 'company',
    companyName: 'Café Sonnenschein Inh. Petra Wolf',
    city: 'Halle (Saale)',
    berater: 2,
    status: 'inaktiv',
  },
];
