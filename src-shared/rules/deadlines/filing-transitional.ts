import type { IsoDate } from './types';

/** The four columns of the filing-deadline table (AEAO zu § 149 Nr. 1). */
export interface FilingDeadlineRow {
  readonly notAdvised?: IsoDate;
  readonly notAdvisedLuf?: IsoDate;
  readonly advised?: IsoDate;
  readonly advisedLuf?: IsoDate;
}

/*
 * Extended deadlines of the Corona/Ukraine years (Art. 97 § 36 EGAO; AEAO zu § 149 Nr. 1, BMF
 * 23.06.2022, BStBl I S. 938). Stored as the statutory day *before* § 108 Abs. 3 AO, so that the
 * footnoted variants ("02.11.2021 where 01.11. is a holiday", "03.11.2025 where 31.10. is a holiday")
 * follow from the Land's calendar instead of being hard-coded. A missing cell means the regular rule.
 */
export const transitionalFilingDeadlines: Readonly<Record<number, FilingDeadlineRow>> = {
  2019: { advised: '2021-08-31', advisedLuf: '2021-12-31' },
  2020: {
    notAdvised: '2021-10-31',
    notAdvisedLuf: '2022-04-30',
    advised: '2022-08-31',
    advisedLuf: '2023-01-31',
  },
  2021: {
    notAdvised: '2022-10-31',
    notAdvisedLuf: '2023-04-30',
    advised: '2023-08-31',
    advisedLuf: '2024-01-31',
  },
  2022: {
    notAdvised: '2023-09-30',
    notAdvisedLuf: '2024-03-31',
    advised: '2024-07-31',
    advisedLuf: '2024-12-31',
  },
  2023: {
    notAdvised: '2024-08-31',
    notAdvisedLuf: '2025-02-28',
    advised: '2025-05-31',
    advisedLuf: '2025-10-31',
  },
  2024: { advised: '2026-04-30', advisedLuf: '2026-09-30' },
};

/** Years for which the domain doc gives checked dates (transitional table and the regular rows after it). */
export const knownFilingYears = { from: 2019, to: 2027 } as const;

/** First Besteuerungszeitraum of today's § 149 Abs. 2, 3 AO (Gesetz zur Modernisierung des Besteuerungsverfahrens). */
export const firstYearOfCurrentFilingRule = 2018;

export const supportedTaxYears = { from: 2000, to: 2100 } as const;
