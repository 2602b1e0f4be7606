export const retentionCategories = [
  'buecher',
  'buchungsbeleg',
  'geschaeftsbrief',
  'stb-handakte',
  'ra-handakte',
  'wp-handakte',
] as const;

export type RetentionCategory = (typeof retentionCategories)[number];

export interface RetentionRule {
  readonly label: string;
  readonly years: number;
  readonly legalBasis: string;
  /** German phrase for the triggering event in the start step. */
  readonly trigger: string;
  readonly startBasis: string;
}

const documentTrigger =
  'in dem das Dokument entstanden, eingegangen oder abgesandt bzw. die letzte Eintragung gemacht wurde';

export const retentionRules: Readonly<Record<RetentionCategory, RetentionRule>> = {
  buecher: {
    label: 'Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse, Lageberichte, Eröffnungsbilanz',
    years: 10,
    legalBasis: '§ 147 Abs. 1 Nr. 1, 4a, Abs. 3 AO; § 257 Abs. 1 Nr. 1, Abs. 4 HGB',
    trigger: documentTrigger,
    startBasis: '§ 147 Abs. 4 AO; § 257 Abs. 5 HGB',
  },
  buchungsbeleg: {
    label: 'Buchungsbelege (einschließlich Rechnungen)',
    years: 8,
    legalBasis: '§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 257 Abs. 1 Nr. 4, Abs. 4 HGB; § 14b Abs. 1 UStG',
    trigger: documentTrigger,
    startBasis: '§ 147 Abs. 4 AO; § 257 Abs. 5 HGB',
  },
  geschaeftsbrief: {
    label: 'Handels- und Geschäftsbriefe, sonstige steuerlich bedeutsame Unterlagen',
    years: 6,
    legalBasis: '§ 147 Abs. 1 Nr. 2, 3, 5, Abs. 3 AO; § 257 Abs. 1 Nr. 2, 3, Abs. 4 HGB',
    trigger: documentTrigger,
    startBasis: '§ 147 Abs. 4 AO; § 257 Abs. 5 HGB',
  },
  'stb-handakte': {
    label: 'Handakte Steuerberater',
    years: 10,
    legalBasis: '§ 66 Abs. 1 StBerG',
    trigger: 'in dem der Auftrag beendet wurde',
    startBasis: '§ 66 Abs. 1 StBerG',
  },
  'ra-handakte': {
    label: 'Handakte Rechtsanwalt',
    years: 6,
    legalBasis: '§ 50 Abs. 1 BRAO',
    trigger: 'in dem der Auftrag beendet wurde',
    startBasis: '§ 50 Abs. 1 BRAO',
  },
  'wp-handakte': {
    label: 'Handakte Wirtschaftsprüfer',
    years: 10,
    legalBasis: '§ 51b WPO',
    trigger: 'in dem der Auftrag beendet wurde',
    startBasis: '§ 51b WPO',
  },
};

/** Buchungsbelege: 10 → 8 years by BEG IV for all periods not yet expired on this day. */
export const begIvEffectiveDate = '2025-01-01';
export const buchungsbelegYearsBeforeBegIv = 10;
