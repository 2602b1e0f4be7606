import { formatEuroDe } from './german-format';
import type { HolidayOptions } from './holidays';
import { landNames } from './lands';
import type { Land } from './lands';
import { schonfristHint, tenthDayAfterPeriod } from './period-due-date';
import { parsePeriod } from './tax-period';
import type { TaxPeriod } from './tax-period';
import { success } from './types';
import type { DeadlineResult, DeadlineStep, IsoDate } from './types';
import {
  checkHolidayOptions,
  checkLand,
  checkYear,
  firstError,
  maxSupportedYear,
  minSupportedYear,
  problem,
  rejected,
} from './validation';
import { shiftCore } from './working-day';

export interface LohnsteuerAnmeldungInput {
  /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY' (annual filers). */
  readonly period: string | TaxPeriod;
  /** Land of the Betriebsstätten-Finanzamt. */
  readonly land: Land;
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

export interface LohnsteuerAnmeldungResult {
  readonly period: TaxPeriod;
  readonly fristende: IsoDate;
  readonly unshiftedFristende: IsoDate;
  readonly steps: readonly DeadlineStep[];
}

/** Due date of a Lohnsteuer-Anmeldung and the payment (§ 41a Abs. 1 EStG); there is no Dauerfristverlängerung. */
export const lohnsteuerAnmeldungDeadline = (
  input: LohnsteuerAnmeldungInput,
): DeadlineResult<LohnsteuerAnmeldungResult> => {
  const parsed = typeof input.period === 'string' ? parsePeriod(input.period) : success(input.period);
  if (!parsed.ok) return parsed;
  const period = parsed.value;
  const invalid = firstError(
    checkYear(period.year, 'period', 'Jahr', minSupportedYear, maxSupportedYear - 1),
    checkLand(input.land, 'land', 'Bundesland des Finanzamts'),
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  if (invalid) return rejected(invalid);

  const base = tenthDayAfterPeriod(period, 'Lohnsteuer-Anmeldungszeitraum', '§ 41a Abs. 1, 2 EStG');
  const shift = shiftCore(base.date, input.land, {
    municipalHolidays: input.municipalHolidays,
    calendarNote: `${landNames[input.land]} (Sitz des Betriebsstättenfinanzamts)`,
  });
  const noExtension: DeadlineStep = {
    code: 'hint',
    legalBasis: '§ 41a Abs. 1 EStG',
    explanation: 'Für die Lohnsteuer-Anmeldung gibt es keine Dauerfristverlängerung.',
    date: shift.date,
  };
  return success({
    period,
    fristende: shift.date,
    unshiftedFristende: base.date,
    steps: [...base.steps, ...shift.steps, noExtension, schonfristHint(shift.date)],
  });
};

export interface LohnsteuerPeriodicity {
  readonly anmeldungszeitraum: 'month' | 'quarter' | 'year';
  readonly legalBasis: string;
  readonly explanation: string;
}

/** Lohnsteuer-Anmeldungszeitraum from the previous year's Lohnsteuer (§ 41a Abs. 2 EStG). */
export const lohnsteuerPeriodicity = (input: {
  readonly previousYearLohnsteuer: number;
}): DeadlineResult<LohnsteuerPeriodicity> => {
  const amount = input.previousYearLohnsteuer;
  if (!Number.isFinite(amount) || amount < 0) {
    return rejected(
      problem('invalid-input', 'Lohnsteuer des Vorjahres: keine gültige Zahl.', 'previousYearLohnsteuer'),
    );
  }
  const annualisation =
    ' Hat die Betriebsstätte im Vorjahr nicht während des ganzen Jahres bestanden, ist die Lohnsteuer auf ' +
    'einen Jahresbetrag hochzurechnen; bei Neueröffnung gilt die Lohnsteuer des ersten vollen Monats × 12.';
  const [anmeldungszeitraum, text]: readonly ['month' | 'quarter' | 'year', string] =
    amount > 5000
      ? ['month', `mehr als ${formatEuroDe(5000)}: Anmeldungszeitraum ist der Kalendermonat.`]
      : amount > 1080
        ? [
            'quarter',
            `mehr als ${formatEuroDe(1080)}, aber nicht mehr als ${formatEuroDe(5000)}: Anmeldungszeitraum ist ` +
              'das Kalendervierteljahr.',
          ]
        : [
            'year',
            `nicht mehr als ${formatEuroDe(1080)}: Anmeldungszeitraum ist das Kalenderjahr (Abgabe bis 10.01. ` +
              'des Folgejahres).',
          ];
  return success({
    anmeldungszeitraum,
    legalBasis: '§ 41a Abs. 2 EStG',
    explanation: `Die Lohnsteuer des Vorjahres betrug ${text}${annualisation}`,
  });
};
