export const clientKinds = ['person', 'company'] as const;
export type ClientKind = (typeof clientKinds)[number];

export const clientKindLabels: Readonly<Record<ClientKind, string>> = {
  person: 'natürliche Person',
  company: 'Unternehmen/Organisation',
};

export const clientStatuses = ['aktiv', 'inaktiv', 'ehemalig'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const clientStatusLabels: Readonly<Record<ClientStatus, string>> = {
  aktiv: 'aktiv',
  inaktiv: 'inaktiv',
  ehemalig: 'ehemalig',
};

/** The same values as the salutation rules' Anrede, so letters can be built without mapping. */
export const salutations = ['herr', 'frau', 'divers', 'keine-angabe'] as const;
export type Salutation = (typeof salutations)[number];

export const salutationLabels: Readonly<Record<Salutation, string>> = {
  herr: 'Herr',
  frau: 'Frau',
  divers: 'divers',
  'keine-angabe': 'keine Angabe',
};

/** Offered in the form; any other title is accepted as typed. */
export const commonTitles = [
  'Dr.',
  'Prof.',
  'Prof. Dr.',
  'Dr. med.',
  'Dr. med. dent.',
  'Dr. jur.',
  'Dr. rer. nat.',
  'Dipl.-Ing.',
  'Dipl.-Kfm.',
  'Dipl.-Kffr.',
  'Dipl.-Vw.',
] as const;

/** What a Steuernummer is used for; a client may hold one per tax type or business. */
export const taxNumberTypes = [
  'allgemein',
  'est',
  'ust',
  'gewst',
  'kst',
  'lst',
  'feststellung',
  'grundsteuer',
  'sonstige',
] as const;
export type TaxNumberType = (typeof taxNumberTypes)[number];

export const taxNumberTypeLabels: Readonly<Record<TaxNumberType, string>> = {
  allgemein: 'Allgemein',
  est: 'Einkommensteuer',
  ust: 'Umsatzsteuer',
  gewst: 'Gewerbesteuer',
  kst: 'Körperschaftsteuer',
  lst: 'Lohnsteuer',
  feststellung: 'Gesonderte und einheitliche Feststellung',
  grundsteuer: 'Grundsteuer',
  sonstige: 'Sonstige',
};

export const clientSortFields = [
  'clientNumber',
  'displayName',
  'city',
  'postalCode',
  'status',
  'createdAt',
] as const;
export type ClientSortField = (typeof clientSortFields)[number];
