/** Document types of the incoming-mail taxonomy; every analysed document gets exactly one. */
export const docTypes = [
  'est_bescheid',
  'ust_bescheid',
  'gewst_bescheid',
  'kst_bescheid',
  'vorauszahlung_bescheid',
  'lohnsteuerbescheinigung',
  'pruefungsanordnung',
  'mahnung',
  'rechnung',
  'kontoauszug',
  'spendenbescheinigung',
  'vollmacht',
  'vertrag',
  'gericht',
  'sonstiges',
] as const;

export type DocType = (typeof docTypes)[number];

export const docTypeLabels: Readonly<Record<DocType, string>> = {
  est_bescheid: 'Einkommensteuerbescheid',
  ust_bescheid: 'Umsatzsteuerbescheid',
  gewst_bescheid: 'Gewerbesteuer(mess)bescheid',
  kst_bescheid: 'Körperschaftsteuerbescheid',
  vorauszahlung_bescheid: 'Vorauszahlungsbescheid',
  lohnsteuerbescheinigung: 'Lohnsteuerbescheinigung',
  pruefungsanordnung: 'Prüfungsanordnung',
  mahnung: 'Mahnung',
  rechnung: 'Rechnung',
  kontoauszug: 'Kontoauszug',
  spendenbescheinigung: 'Zuwendungsbestätigung',
  vollmacht: 'Vollmacht',
  vertrag: 'Vertrag',
  gericht: 'Gerichtsentscheidung',
  sonstiges: 'Sonstiges',
};

export const isDocType = (value: string): value is DocType => (docTypes as readonly string[]).includes(value);

/** Types that carry a Rechtsbehelfsbelehrung with a one-month Einspruchsfrist (§ 355 AO). */
export const typesWithEinspruchsfrist: ReadonlySet<DocType> = new Set<DocType>([
  'est_bescheid',
  'ust_bescheid',
  'gewst_bescheid',
  'kst_bescheid',
  'vorauszahlung_bescheid',
  'pruefungsanordnung',
]);

/** Types issued by a public authority, whose Land is recorded. */
export const authorityTypes: ReadonlySet<DocType> = new Set<DocType>([
  ...typesWithEinspruchsfrist,
  'gericht',
]);

export const bescheidTypes: ReadonlySet<DocType> = new Set<DocType>([
  'est_bescheid',
  'ust_bescheid',
  'gewst_bescheid',
  'kst_bescheid',
  'vorauszahlung_bescheid',
]);
