import type { LandCode } from '../../../../src-shared/rules/land';

/** A small, fictitious but realistic German office: names, legal forms and cities across the Länder. */
export interface DemoBerater {
  name: string;
  profession: string;
  beraterNumber?: string;
  kammer?: string;
  email?: string;
  phone?: string;
}

export interface DemoClient {
  kind: 'person' | 'company';
  firstName?: string;
  lastName?: string;
  companyName?: string;
  city: string;
  status?: 'aktiv' | 'inaktiv' | 'ehemalig';
  berater: number;
  /** Land of the Finanzamt (the client's seat). */
  land: LandCode;
  ustva?: 'monatlich' | 'vierteljaehrlich';
  dauerfrist?: boolean;
  /** Annual returns the office prepares: codes of the order type catalogue. */
  returns?: string[];
}

/** The Kanzlei of the demo: Düsseldorf, so Nordrhein-Westfalen's holidays apply to it. */
export const demoOffice = {
  name: 'Vogt Hoffmann & Partner Steuerberatungsgesellschaft mbB',
  street: 'Kaiserstraße 41',
  postalCode: '40479',
  city: 'Düsseldorf',
  land: 'NW',
  phone: '0211 4912 30-0',
  fax: '0211 4912 30-99',
  email: 'kanzlei@vogt-hoffmann.example',
  website: 'www.vogt-hoffmann.example',
  kammer: 'Steuerberaterkammer Düsseldorf',
  bankName: 'Beispielbank Düsseldorf',
  // The textbook example IBAN: valid check digits, belongs to nobody.
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  letterFooter:
    'Vogt Hoffmann & Partner Steuerberatungsgesellschaft mbB · Sitz Düsseldorf · ' +
    'Partnerschaftsregister AG Essen PR 0000 (fiktiv)',
} as const;

/** Demo logins share one password; it is printed by `rsk seed --demo` and documented as demo only. */
export const DEMO_PASSWORD = 'Demo-Kanzlei-2026';

export interface DemoUser {
  username: string;
  displayName: string;
  role: 'berater' | 'mitarbeiter' | 'readonly';
  /** Index into demoBerater to link, if any. */
  berater?: number;
}

export const demoUsers: DemoUser[] = [
  { username: 'mhoffmann', displayName: 'Martin Hoffmann', role: 'berater', berater: 1 },
  { username: 'jrichter', displayName: 'Jonas Richter', role: 'mitarbeiter', berater: 3 },
  { username: 'lsommer', displayName: 'Lea Sommer', role: 'readonly' },
];

export const demoBerater: DemoBerater[] = [
  {
    name: 'Dr. Katharina Vogt',
    profession: 'Steuerberaterin',
    beraterNumber: '41234',
    kammer: 'Steuerberaterkammer Düsseldorf',
    email: 'k.vogt@vogt-hoffmann.example',
    phone: '0211 4912 30-11',
  },
  {
    name: 'Martin Hoffmann',
    profession: 'Steuerberater, Wirtschaftsprüfer',
    beraterNumber: '41877',
    kammer: 'Steuerberaterkammer Düsseldorf',
    email: 'm.hoffmann@vogt-hoffmann.example',
    phone: '0211 4912 30-12',
  },
  {
    name: 'Selin Aydın',
    profession: 'Rechtsanwältin, Fachanwältin für Steuerrecht',
    kammer: 'Rechtsanwaltskammer Düsseldorf',
    email: 's.aydin@vogt-hoffmann.example',
    phone: '0211 4912 30-13',
  },
  {
    name: 'Jonas Richter',
    profession: 'Steuerfachangestellter',
    email: 'j.richter@vogt-hoffmann.example',
    phone: '0211 4912 30-20',
  },
];

export const demoClients: DemoClient[] = [
  {
    kind: 'person',
    firstName: 'Anna',
    lastName: 'Müller',
    city: 'München',
    berater: 0,
    land: 'BY',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Jürgen',
    lastName: 'Schäfer',
    city: 'Köln',
    berater: 1,
    land: 'NW',
    ustva: 'vierteljaehrlich',
    returns: ['est', 'ust'],
  },
  {
    kind: 'person',
    firstName: 'Özlem',
    lastName: 'Yıldırım',
    city: 'Berlin',
    berater: 2,
    land: 'BE',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Hans-Peter',
    lastName: 'Weiß',
    city: 'Stuttgart',
    berater: 0,
    land: 'BW',
    ustva: 'vierteljaehrlich',
    returns: ['est', 'ust', 'gewst'],
  },
  {
    kind: 'person',
    firstName: 'Marie',
    lastName: 'Großmann',
    city: 'Leipzig',
    berater: 3,
    land: 'SN',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Kim',
    lastName: 'Weber',
    city: 'Hamburg',
    berater: 1,
    land: 'HH',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Friedrich',
    lastName: 'von Bülow',
    city: 'Schwerin',
    berater: 0,
    land: 'MV',
    returns: ['est'],
  },
  { kind: 'person', firstName: 'Lena', lastName: 'Krüger', city: 'Hannover', berater: 3, land: 'NI' },
  {
    kind: 'person',
    firstName: 'Thomas',
    lastName: 'Becker',
    city: 'Frankfurt am Main',
    berater: 1,
    land: 'HE',
    ustva: 'monatlich',
    returns: ['est', 'ust', 'gewst'],
  },
  {
    kind: 'person',
    firstName: 'Sabine',
    lastName: 'Schmitz',
    city: 'Düsseldorf',
    berater: 2,
    status: 'inaktiv',
    land: 'NW',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Mehmet',
    lastName: 'Demir',
    city: 'Bremen',
    berater: 3,
    land: 'HB',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Ursula',
    lastName: 'Fuchs',
    city: 'Erfurt',
    berater: 0,
    status: 'ehemalig',
    land: 'TH',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Paul',
    lastName: 'Zimmermann',
    city: 'Mainz',
    berater: 1,
    land: 'RP',
    returns: ['est'],
  },
  { kind: 'person', firstName: 'Greta', lastName: 'Lorenz', city: 'Saarbrücken', berater: 2, land: 'SL' },
  {
    kind: 'person',
    firstName: 'Tobias',
    lastName: 'Hartmann',
    city: 'Kiel',
    berater: 3,
    land: 'SH',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Claudia',
    lastName: 'Neumann',
    city: 'Magdeburg',
    berater: 0,
    land: 'ST',
    returns: ['est'],
  },
  {
    kind: 'person',
    firstName: 'Andrzej',
    lastName: 'Kowalski',
    city: 'Potsdam',
    berater: 1,
    land: 'BB',
    returns: ['est'],
  },
  {
    kind: 'company',
    companyName: 'Bäckerei Schröder GmbH',
    city: 'Augsburg',
    berater: 0,
    land: 'BY',
    ustva: 'monatlich',
    dauerfrist: true,
    returns: ['kst', 'gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Elektro Wagner e.K.',
    city: 'Dresden',
    berater: 3,
    land: 'SN',
    ustva: 'monatlich',
    returns: ['est', 'gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Nordlicht Software UG (haftungsbeschränkt)',
    city: 'Hamburg',
    berater: 1,
    land: 'HH',
    ustva: 'vierteljaehrlich',
    returns: ['kst', 'gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Praxis Dr. Lehmann & Partner mbB',
    city: 'Freiburg im Breisgau',
    berater: 2,
    land: 'BW',
  },
  {
    kind: 'company',
    companyName: 'Rheinblick Immobilien GmbH & Co. KG',
    city: 'Bonn',
    berater: 1,
    land: 'NW',
    ustva: 'monatlich',
    dauerfrist: true,
    returns: ['gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Sportverein Grün-Weiß Ostend e.V.',
    city: 'Frankfurt am Main',
    berater: 0,
    land: 'HE',
  },
  {
    kind: 'company',
    companyName: 'Schneider & Koch GbR',
    city: 'Nürnberg',
    berater: 3,
    land: 'BY',
    ustva: 'vierteljaehrlich',
    returns: ['gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Alpenmilch Genossenschaft eG',
    city: 'Kempten (Allgäu)',
    berater: 0,
    land: 'BY',
    ustva: 'monatlich',
    returns: ['kst', 'gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Hanse Logistik AG',
    city: 'Bremen',
    berater: 1,
    land: 'HB',
    ustva: 'monatlich',
    dauerfrist: true,
    returns: ['kst', 'gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Weingut Keller OHG',
    city: 'Neustadt an der Weinstraße',
    berater: 2,
    land: 'RP',
    ustva: 'vierteljaehrlich',
    returns: ['gewst', 'ust'],
  },
  { kind: 'company', companyName: 'Stiftung Lesefreude', city: 'Rostock', berater: 0, land: 'MV' },
  {
    kind: 'company',
    companyName: 'Malerbetrieb Braun KG',
    city: 'Kassel',
    berater: 3,
    land: 'HE',
    ustva: 'monatlich',
    returns: ['gewst', 'ust'],
  },
  {
    kind: 'company',
    companyName: 'Café Sonnenschein Inh. Petra Wolf',
    city: 'Halle (Saale)',
    berater: 2,
    status: 'inaktiv',
    land: 'ST',
    ustva: 'vierteljaehrlich',
    returns: ['est', 'ust'],
  },
];

/**
 * Hand-made orders on top of the generated ones, relative to the day the seed runs, so the
 * dashboard always shows something overdue, something due this week and work in every column.
 * `client` indexes demoClients; `bescheidDaysAgo` computes an Einspruchsfrist through the engine.
 */
export interface DemoOrder {
  client: number;
  type: string;
  title: string;
  description?: string;
  priority?: 'niedrig' | 'normal' | 'hoch' | 'dringend';
  dueInDays?: number;
  dueNote?: string;
  bescheidDaysAgo?: number;
  ohneRechtsbehelfsbelehrung?: boolean;
  /** Taken in order from offen along the workflow. */
  path?: (
    'in_bearbeitung' | 'wartet_auf_mandant' | 'zur_pruefung' | 'erledigt' | 'abgerechnet' | 'storniert'
  )[];
  assignTo?: string;
}

export const demoOrders: DemoOrder[] = [
  {
    client: 0,
    type: 'einspruch',
    title: 'Einspruch gegen den Einkommensteuerbescheid',
    description: 'Werbungskosten für das häusliche Arbeitszimmer nicht anerkannt.',
    priority: 'dringend',
    bescheidDaysAgo: 50,
    path: ['in_bearbeitung'],
  },
  {
    client: 17,
    type: 'betriebspruefung',
    title: 'Betriebsprüfung: Kassenunterlagen nachreichen',
    priority: 'hoch',
    dueInDays: -3,
    dueNote: 'Frist laut Schreiben des Prüfers',
    path: ['in_bearbeitung', 'wartet_auf_mandant'],
    assignTo: 'jrichter',
  },
  {
    client: 8,
    type: 'beratung',
    title: 'Beratung Nachfolgeregelung',
    dueInDays: 2,
    dueNote: 'Besprechungstermin mit dem Mandanten',
    assignTo: 'mhoffmann',
  },
  {
    client: 19,
    type: 'jahresabschluss',
    title: 'Jahresabschluss Vorjahr',
    priority: 'hoch',
    dueInDays: 5,
    dueNote: 'Bankgespräch des Mandanten',
    path: ['in_bearbeitung', 'zur_pruefung'],
  },
  {
    client: 5,
    type: 'einspruch',
    title: 'Einspruch gegen den Einkommensteuerbescheid (ohne Rechtsbehelfsbelehrung)',
    bescheidDaysAgo: 20,
    ohneRechtsbehelfsbelehrung: true,
  },
  {
    client: 24,
    type: 'sonstiges',
    title: 'Antrag auf Herabsetzung der Vorauszahlungen',
    dueInDays: 12,
    dueNote: 'Mandant wünscht Bearbeitung vor Quartalsende',
    path: ['in_bearbeitung'],
  },
  {
    client: 2,
    type: 'beratung',
    title: 'Beratung Photovoltaikanlage',
    path: ['in_bearbeitung', 'zur_pruefung', 'erledigt'],
  },
  {
    client: 13,
    type: 'beratung',
    title: 'Beratung Schenkung an die Kinder',
    path: ['in_bearbeitung', 'zur_pruefung', 'erledigt', 'abgerechnet'],
  },
  { client: 6, type: 'sonstiges', title: 'Grundsteuererklärung (doppelt erfasst)', path: ['storniert'] },
];
