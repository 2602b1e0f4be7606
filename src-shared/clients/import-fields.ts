/** Target fields of a client CSV import, in the column order of the export. */
export const importFields = [
  'clientNumber',
  'kind',
  'salutation',
  'title',
  'firstName',
  'lastName',
  'companyName',
  'legalForm',
  'street',
  'postalCode',
  'city',
  'email',
  'phone',
  'steuernummer',
  'steuerId',
  'ustIdNr',
  'finanzamt',
  'birthDate',
  'iban',
  // Beyond the usual office export: written by our export so a round trip keeps them.
  'status',
  'birthName',
  'mobile',
  'wIdNr',
  'registerCourt',
  'registerNumber',
  'bic',
  'accountHolder',
  'country',
  'tags',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Column headers as an office export writes them (and as ours does). */
export const importFieldLabels: Readonly<Record<ImportField, string>> = {
  clientNumber: 'Mandantennummer',
  kind: 'Typ',
  salutation: 'Anrede',
  title: 'Titel',
  firstName: 'Vorname',
  lastName: 'Nachname',
  companyName: 'Firma',
  legalForm: 'Rechtsform',
  street: 'Straße',
  postalCode: 'PLZ',
  city: 'Ort',
  email: 'E-Mail',
  phone: 'Telefon',
  steuernummer: 'Steuernummer',
  steuerId: 'Steuer-ID',
  ustIdNr: 'USt-IdNr',
  finanzamt: 'Finanzamt',
  birthDate: 'Geburtsdatum',
  iban: 'IBAN',
  status: 'Status',
  birthName: 'Geburtsname',
  mobile: 'Mobil',
  wIdNr: 'W-IdNr',
  registerCourt: 'Registergericht',
  registerNumber: 'Registernummer',
  bic: 'BIC',
  accountHolder: 'Kontoinhaber',
  country: 'Land',
  tags: 'Merkmale',
  notes: 'Notizen',
};

/** The 19 columns of the usual office export; the rest are optional extras. */
export const standardImportFieldCount = 19;

// Other spellings seen in exports (German and English), compared after folding.
const synonyms: Readonly<Record<ImportField, readonly string[]>> = {
  clientNumber: [
    'mandantennr',
    'mandant',
    'mandantnr',
    'nr',
    'nummer',
    'clientnumber',
    'clientno',
    'number',
    'id',
  ],
  kind: ['art', 'mandantentyp', 'kind', 'type', 'clienttype'],
  salutation: ['salutation', 'anredeform'],
  title: ['title', 'akademischergrad', 'titelvor'],
  firstName: ['firstname', 'givenname', 'vornamen'],
  lastName: ['name', 'lastname', 'surname', 'familienname', 'familyname'],
  companyName: ['company', 'companyname', 'firmenname', 'unternehmen', 'firmierung', 'organisation'],
  legalForm: ['legalform', 'unternehmensform', 'gesellschaftsform'],
  street: ['strasse', 'street', 'strassehausnummer', 'anschrift', 'adresse', 'address', 'hausanschrift'],
  postalCode: ['postleitzahl', 'zip', 'zipcode', 'postalcode', 'postcode'],
  city: ['stadt', 'wohnort', 'city', 'town', 'sitz'],
  email: ['email', 'mail', 'emailadresse', 'emailaddress'],
  phone: ['tel', 'telefonnummer', 'phone', 'phonenumber', 'telephone'],
  steuernummer: ['stnr', 'steuernr', 'taxnumber', 'taxno'],
  steuerId: [
    'steuerid',
    'idnr',
    'steueridnr',
    'identifikationsnummer',
    'steueridentifikationsnummer',
    'taxid',
  ],
  ustIdNr: [
    'ustid',
    'ustidnr',
    'umsatzsteuerid',
    'umsatzsteueridentifikationsnummer',
    'vatid',
    'vatnumber',
    'vat',
  ],
  finanzamt: ['fa', 'taxoffice', 'bufa', 'finanzamtsnummer'],
  birthDate: ['geboren', 'gebdatum', 'geburtstag', 'birthdate', 'dateofbirth', 'dob'],
  iban: ['iban', 'bankverbindung', 'konto'],
  status: ['status', 'mandantenstatus'],
  birthName: ['birthname', 'geborene'],
  mobile: ['handy', 'mobiltelefon', 'mobilnummer', 'mobile', 'mobilephone', 'cell'],
  wIdNr: ['widnr', 'wirtschaftsidentifikationsnummer', 'wirtschaftsid'],
  registerCourt: ['registercourt', 'amtsgericht'],
  registerNumber: ['registernumber', 'handelsregisternummer', 'handelsregister', 'hrnummer', 'hrb'],
  bic: ['bic', 'swift', 'swiftcode'],
  accountHolder: ['accountholder', 'kontoinhaberin', 'inhaber'],
  country: ['staat', 'country', 'landcode'],
  tags: ['tags', 'schlagworte', 'kategorien', 'gruppen'],
  notes: ['notiz', 'bemerkung', 'bemerkungen', 'notes', 'kommentar'],
};

export const foldHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');

const fieldByFolded = new Map<string, ImportField>();
for (const field of importFields) {
  for (const name of [importFieldLabels[field], field, ...synonyms[field]]) {
    fieldByFolded.set(foldHeader(name), field);
  }
}

/** The field a column header stands for; each field is suggested for one column at most. */
export function suggestImportMapping(headers: readonly string[]): Record<string, ImportField | null> {
  const used = new Set<ImportField>();
  const mapping: Record<string, ImportField | null> = {};
  for (const header of headers) {
    const field = fieldByFolded.get(foldHeader(header));
    if (field && !used.has(field)) {
      used.add(field);
      mapping[header] = field;
    } else mapping[header] = null;
  }
  return mapping;
}
