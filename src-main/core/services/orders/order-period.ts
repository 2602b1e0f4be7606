import { AppError } from '../../../../src-shared/errors/app-error';
import type { OrderPeriodKind } from '../../../../src-shared/orders/order-catalogue';
import {
  formatPeriod,
  monthNameDe,
  parsePeriod,
  type TaxPeriod,
} from '../../../../src-shared/rules/deadlines';

export interface PeriodColumns {
  periodYear: number | null;
  periodMonth: number | null;
  periodQuarter: number | null;
}

export const noPeriod: PeriodColumns = { periodYear: null, periodMonth: null, periodQuarter: null };

export const periodToColumns = (period: TaxPeriod | null): PeriodColumns =>
  !period
    ? noPeriod
    : {
        periodYear: period.year,
        periodMonth: period.kind === 'month' ? period.month : null,
        periodQuarter: period.kind === 'quarter' ? period.quarter : null,
      };

export function periodFromColumns(row: PeriodColumns): TaxPeriod | null {
  if (row.periodYear === null) return null;
  if (row.periodMonth !== null) return { kind: 'month', year: row.periodYear, month: row.periodMonth };
  if (row.periodQuarter !== null && row.periodQuarter >= 1 && row.periodQuarter <= 4) {
    return { kind: 'quarter', year: row.periodYear, quarter: row.periodQuarter as 1 | 2 | 3 | 4 };
  }
  return { kind: 'year', year: row.periodYear };
}

/** 'Dezember 2026', '4. Quartal 2026', '2026' (a Veranlagungsjahr needs no "Kalenderjahr"). */
export function periodLabel(period: TaxPeriod): string {
  switch (period.kind) {
    case 'month':
      return `${monthNameDe(period.month)} ${period.year}`;
    case 'quarter':
      return `${period.quarter}. Quartal ${period.year}`;
    case 'year':
      return String(period.year);
  }
}

export const periodText = (row: PeriodColumns): string | null => {
  const period = periodFromColumns(row);
  return period ? formatPeriod(period) : null;
};

/** How far from today a period may lie; further is a typing error, not work of this office. */
export const PERIOD_YEARS_BACK = 10;
export const PERIOD_YEARS_AHEAD = 2;

/** Parses '2026-12', '2026-Q4' or '2026' and refuses periods far from today (German messages). */
export function parseOrderPeriod(text: string, today: string, field = 'period'): TaxPeriod {
  const parsed = parsePeriod(text);
  if (!parsed.ok) {
    throw new AppError('validation', parsed.error.message, `Invalid period ${text}`, {
      field,
      code: parsed.error.code,
    });
  }
  const year = Number(today.slice(0, 4));
  const period = parsed.value;
  if (period.year < year - PERIOD_YEARS_BACK || period.year > year + PERIOD_YEARS_AHEAD) {
    throw new AppError(
      'validation',
      `Der Zeitraum ${formatPeriod(period)} liegt zu weit ${period.year < year ? 'in der Vergangenheit' : 'in der Zukunft'} ` +
        `(erlaubt sind die Jahre ${year - PERIOD_YEARS_BACK} bis ${year + PERIOD_YEARS_AHEAD}).`,
      `Period ${text} out of range`,
      { field, code: 'period_out_of_range' },
    );
  }
  return period;
}

/** The period an order of this type needs: Veranlagungsjahr, month or quarter, or none. */
export function assertPeriodFits(kind: OrderPeriodKind, typeName: string, period: TaxPeriod | null): void {
  const fail = (message: string) =>
    new AppError('validation', message, `Period does not fit type ${typeName}`, {
      field: 'period',
      code: 'period_mismatch',
    });
  if (kind === 'jahr' && period?.kind !== 'year') {
    throw fail(`Für „${typeName}“ geben Sie bitte das Veranlagungsjahr an (z. B. 2026).`);
  }
  if (kind === 'monat_oder_quartal' && period?.kind !== 'month' && period?.kind !== 'quarter') {
    throw fail(
      `Für „${typeName}“ geben Sie bitte einen Monat oder ein Quartal an (z. B. 2026-12 oder 2026-Q4).`,
    );
  }
}
