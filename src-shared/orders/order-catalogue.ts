/** Which period an order of a type refers to (column order_types.period_kind). */
export const orderPeriodKinds = ['jahr', 'monat_oder_quartal', 'keiner'] as const;
export type OrderPeriodKind = (typeof orderPeriodKinds)[number];

export const orderPeriodKindLabels: Readonly<Record<OrderPeriodKind, string>> = {
  jahr: 'Veranlagungsjahr',
  monat_oder_quartal: 'Monat oder Quartal',
  keiner: 'ohne Zeitraum',
};

/** How the core computes the Frist of an order of this type; types without a rule get a manual Frist. */
export type OrderDeadlineRule = 'ustva' | 'jahreserklaerung' | 'einspruch';

export interface DefaultOrderType {
  readonly code: string;
  readonly name: string;
  readonly periodKind: OrderPeriodKind;
  readonly deadlineRule: OrderDeadlineRule | null;
}

/*
 * The catalogue seeded on first start. Codes are fixed identifiers (renaming a type keeps its code),
 * so the deadline rule hangs on the code; custom types the office adds have no rule.
 * Jahresabschluss has no § 149 AO Frist of its own (its Offenlegung under § 325 HGB is not modelled).
 */
export const defaultOrderTypes: readonly DefaultOrderType[] = [
  { code: 'est', name: 'Einkommensteuererklärung', periodKind: 'jahr', deadlineRule: 'jahreserklaerung' },
  { code: 'kst', name: 'Körperschaftsteuererklärung', periodKind: 'jahr', deadlineRule: 'jahreserklaerung' },
  { code: 'gewst', name: 'Gewerbesteuererklärung', periodKind: 'jahr', deadlineRule: 'jahreserklaerung' },
  { code: 'ust', name: 'Umsatzsteuererklärung', periodKind: 'jahr', deadlineRule: 'jahreserklaerung' },
  {
    code: 'ustva',
    name: 'Umsatzsteuer-Voranmeldung',
    periodKind: 'monat_oder_quartal',
    deadlineRule: 'ustva',
  },
  { code: 'lohn', name: 'Lohnbuchhaltung', periodKind: 'monat_oder_quartal', deadlineRule: null },
  { code: 'fibu', name: 'Finanzbuchhaltung', periodKind: 'monat_oder_quartal', deadlineRule: null },
  { code: 'jahresabschluss', name: 'Jahresabschluss', periodKind: 'jahr', deadlineRule: null },
  { code: 'einspruch', name: 'Einspruch', periodKind: 'keiner', deadlineRule: 'einspruch' },
  // Created from the Posteingang for a Steuerbescheid: the Frist is its Einspruchsfrist; the
  // Veranlagungsjahr is stored when the Bescheid names one, but not required.
  {
    code: 'bescheid_pruefen',
    name: 'Bescheid prüfen',
    periodKind: 'keiner',
    deadlineRule: 'einspruch',
  },
  { code: 'betriebspruefung', name: 'Betriebsprüfung', periodKind: 'keiner', deadlineRule: null },
  { code: 'beratung', name: 'Beratung', periodKind: 'keiner', deadlineRule: null },
  { code: 'sonstiges', name: 'Sonstiges', periodKind: 'keiner', deadlineRule: null },
];

export const deadlineRuleOf = (code: string): OrderDeadlineRule | null =>
  defaultOrderTypes.find((t) => t.code === code)?.deadlineRule ?? null;

export const USTVA_TYPE_CODE = 'ustva';
export const BESCHEID_PRUEFEN_TYPE_CODE = 'bescheid_pruefen';
