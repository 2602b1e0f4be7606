export const registerTypes = ['HRA', 'HRB', 'GnR', 'PR', 'VR', 'GsR'] as const;
/** GsR (Gesellschaftsregister) is the common, not an officially confirmed, abbreviation. */
export type RegisterType = (typeof registerTypes)[number];

export const registerTypeNames: Readonly<Record<RegisterType, string>> = {
  HRA: 'Handelsregister Abteilung A',
  HRB: 'Handelsregister Abteilung B',
  GnR: 'Genossenschaftsregister',
  PR: 'Partnerschaftsregister',
  VR: 'Vereinsregister',
  GsR: 'Gesellschaftsregister',
};

/** How a party is addressed and which fields the UI asks for. */
export type PartyKind = 'person' | 'company' | 'organisation';

export type LegalFormGroup =
  'natural-person' | 'partnership' | 'corporation' | 'other' | 'public-law' | 'foreign';

/** Level at which income is taxed; undefined where it depends on the case (public law, trusts). */
export type TaxRegime = 'income-tax' | 'partnership-assessment' | 'corporate-tax';

export interface LegalForm {
  code: string;
  /** German name. */
  name: string;
  /** Mandatory or customary suffix, e.g. `GmbH`; undefined for forms without one. */
  abbreviation?: string;
  kind: PartyKind;
  group: LegalFormGroup;
  /** Register the form is entered in; undefined where there is none (or it is optional, GbR). */
  register?: RegisterType;
  taxRegime?: TaxRegime;
  /** Spellings recognised in company names, besides the abbreviation; longest-first matching. */
  nameMarkers: readonly string[];
  note?: string;
}

const forms = [
  {
    code: 'privatperson',
    name: 'Privatperson / Arbeitnehmer',
    kind: 'person',
    group: 'natural-person',
    taxRegime: 'income-tax',
    nameMarkers: [],
  },
  {
    code: 'freiberufler',
    name: 'Freiberufler / Kleingewerbetreibender (nicht eingetragen)',
    kind: 'person',
    group: 'natural-person',
    taxRegime: 'income-tax',
    nameMarkers: [],
    note: 'Tritt unter eigenem Vor- und Nachnamen auf.',
  },
  {
    code: 'ek',
    name: 'Eingetragener Kaufmann / Eingetragene Kauffrau',
    abbreviation: 'e.K.',
    kind: 'company',
    group: 'natural-person',
    register: 'HRA',
    taxRegime: 'income-tax',
    nameMarkers: ['e.Kfm.', 'e.Kfr.', 'eingetragener Kaufmann', 'eingetragene Kauffrau'],
  },
  {
    code: 'gbr',
    name: 'Gesellschaft bürgerlichen Rechts',
    abbreviation: 'GbR',
    kind: 'company',
    group: 'partnership',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['Gesellschaft bürgerlichen Rechts'],
    note: 'Eintragung freiwillig; eingetragen als eGbR.',
  },
  {
    code: 'egbr',
    name: 'eingetragene Gesellschaft bürgerlichen Rechts',
    abbreviation: 'eGbR',
    kind: 'company',
    group: 'partnership',
    register: 'GsR',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['eingetragene Gesellschaft bürgerlichen Rechts'],
    note: 'Zusatz ist nach Eintragung Pflicht (§ 707a Abs. 2 BGB); Stellung im Namen frei.',
  },
  {
    code: 'ohg',
    name: 'Offene Handelsgesellschaft',
    abbreviation: 'OHG',
    kind: 'company',
    group: 'partnership',
    register: 'HRA',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['oHG', 'offene Handelsgesellschaft'],
  },
  {
    code: 'kg',
    name: 'Kommanditgesellschaft',
    abbreviation: 'KG',
    kind: 'company',
    group: 'partnership',
    register: 'HRA',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['Kommanditgesellschaft'],
  },
  {
    code: 'gmbh-co-kg',
    name: 'GmbH & Co. KG',
    abbreviation: 'GmbH & Co. KG',
    kind: 'company',
    group: 'partnership',
    register: 'HRA',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['GmbH & Co KG'],
  },
  {
    code: 'ug-co-kg',
    name: 'UG (haftungsbeschränkt) & Co. KG',
    abbreviation: 'UG (haftungsbeschränkt) & Co. KG',
    kind: 'company',
    group: 'partnership',
    register: 'HRA',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['UG & Co. KG'],
  },
  {
    code: 'ag-co-kg',
    name: 'AG & Co. KG',
    abbreviation: 'AG & Co. KG',
    kind: 'company',
    group: 'partnership',
    register: 'HRA',
    taxRegime: 'partnership-assessment',
    nameMarkers: [],
  },
  {
    code: 'partg',
    name: 'Partnerschaftsgesellschaft',
    abbreviation: 'PartG',
    kind: 'company',
    group: 'partnership',
    register: 'PR',
    taxRegime: 'partnership-assessment',
    nameMarkers: ['Partnerschaftsgesellschaft', 'Partnerschaft', 'und Partner', '& Partner'],
    note: 'Freie Berufe (StB, RA, WP, Ärzte).',
  },
  {
    code: 'partg-mbb',
    name: 'Partnerschaftsgesellschaft mit beschränkter Berufshaftung',
    abbreviation: 'PartG mbB',
    kind: 'company',
    group: 'partnership',
    register: 'PR',
    taxRegime: 'partnership-assessment',
    nameMarkers: [
      'mbB',
      'Partnerschaft mbB',
      'Partnerschaftsgesellschaft mbB',
      'Partnerschaftsgesellschaft mit beschränkter Berufshaftung',
    ],
    note: '§ 8 Abs. 4 PartGG.',
  },
  {
    code: 'ewiv',
    name: 'Europäische wirtschaftliche Interessenvereinigung',
    abbreviation: 'EWIV',
    kind: 'company',
    group: 'partnership',
    register: 'HRA',
    taxRegime: 'partnership-assessment',
    nameMarkers: [],
  },
  {
    code: 'gmbh',
    name: 'Gesellschaft mit beschränkter Haftung',
    abbreviation: 'GmbH',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Gesellschaft mit beschränkter Haftung', 'mbH'],
  },
  {
    code: 'ggmbh',
    name: 'gemeinnützige GmbH',
    abbreviation: 'gGmbH',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['gemeinnützige GmbH', 'gemeinnützige Gesellschaft mit beschränkter Haftung'],
  },
  {
    code: 'ug',
    name: 'Unternehmergesellschaft (haftungsbeschränkt)',
    abbreviation: 'UG (haftungsbeschränkt)',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Unternehmergesellschaft (haftungsbeschränkt)', 'UG'],
    note: '„haftungsbeschränkt“ darf nicht abgekürzt werden (§ 5a GmbHG).',
  },
  {
    code: 'ag',
    name: 'Aktiengesellschaft',
    abbreviation: 'AG',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Aktiengesellschaft'],
  },
  {
    code: 'se',
    name: 'Societas Europaea (Europäische Gesellschaft)',
    abbreviation: 'SE',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Societas Europaea'],
  },
  {
    code: 'kgaa',
    name: 'Kommanditgesellschaft auf Aktien',
    abbreviation: 'KGaA',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Kommanditgesellschaft auf Aktien'],
  },
  {
    code: 'gmbh-co-kgaa',
    name: 'GmbH & Co. KGaA',
    abbreviation: 'GmbH & Co. KGaA',
    kind: 'company',
    group: 'corporation',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: [],
  },
  {
    code: 'vvag',
    name: 'Versicherungsverein auf Gegenseitigkeit',
    abbreviation: 'VVaG',
    kind: 'company',
    group: 'other',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Versicherungsverein auf Gegenseitigkeit'],
  },
  {
    code: 'eg',
    name: 'eingetragene Genossenschaft',
    abbreviation: 'eG',
    kind: 'company',
    group: 'other',
    register: 'GnR',
    taxRegime: 'corporate-tax',
    nameMarkers: ['e.G.', 'eingetragene Genossenschaft'],
  },
  {
    code: 'ev',
    name: 'eingetragener Verein',
    abbreviation: 'e.V.',
    kind: 'organisation',
    group: 'other',
    register: 'VR',
    taxRegime: 'corporate-tax',
    nameMarkers: ['eingetragener Verein'],
  },
  {
    code: 'stiftung',
    name: 'rechtsfähige Stiftung bürgerlichen Rechts',
    abbreviation: 'e.S.',
    kind: 'organisation',
    group: 'other',
    taxRegime: 'corporate-tax',
    nameMarkers: ['eingetragene Stiftung', 'Stiftung bürgerlichen Rechts', 'Stiftung'],
    note: 'Stiftungsregister beim Bundesamt für Justiz voraussichtlich ab 01.01.2028 (Zusatz „e.S.“); bis dahin Vertretungsbescheinigung der Stiftungsbehörde.',
  },
  {
    code: 'treuhandstiftung',
    name: 'Treuhandstiftung (nicht rechtsfähig)',
    kind: 'organisation',
    group: 'other',
    nameMarkers: ['Treuhandstiftung'],
  },
  {
    code: 'kdoer',
    name: 'Körperschaft des öffentlichen Rechts',
    abbreviation: 'KdöR',
    kind: 'organisation',
    group: 'public-law',
    nameMarkers: ['Körperschaft des öffentlichen Rechts'],
    note: 'Betriebe gewerblicher Art können im HRA eingetragen sein.',
  },
  {
    code: 'aoer',
    name: 'Anstalt des öffentlichen Rechts',
    abbreviation: 'AöR',
    kind: 'organisation',
    group: 'public-law',
    nameMarkers: ['Anstalt des öffentlichen Rechts'],
  },
  {
    code: 'auslaendisch',
    name: 'Ausländische Rechtsform (z. B. Ltd., B.V., S.à r.l.)',
    kind: 'company',
    group: 'foreign',
    register: 'HRB',
    taxRegime: 'corporate-tax',
    nameMarkers: ['Ltd.', 'Limited', 'B.V.', 'S.à r.l.', 'SARL', 'LLC', 'Inc.', 'plc'],
    note: 'Eintragung der deutschen Zweigniederlassung im HRB.',
  },
] as const satisfies readonly LegalForm[];

export type LegalFormCode = (typeof forms)[number]['code'];

export type CataloguedLegalForm = LegalForm & { code: LegalFormCode };

export const legalForms: readonly CataloguedLegalForm[] = forms;

export function getLegalForm(code: string): CataloguedLegalForm | undefined {
  return legalForms.find((form) => form.code === code);
}
