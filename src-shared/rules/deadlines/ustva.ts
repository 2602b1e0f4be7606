import { addMonths } from './calendar-date';
import { formatDateWithWeekdayDe, formatEuroDe } from './german-format';
import type { HolidayOptions } from './holidays';
import { landNames } from './lands';
import type { Land } from './lands';
import { schonfristHint, tenthDayAfterPeriod } from './period-due-date';
import { parsePeriod } from './tax-period';
import type { TaxPeriod } from './tax-period';
import { success } from './types';
import type { DeadlineResult, DeadlineStep, IsoDate } from './types';
import {
  checkBoolean,
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

export interface UstVaInput {
  /** 'YYYY-MM' or 'YYYY-Qn' (or an already parsed period). */
  readonly period: string | TaxPeriod;
  /** Land of the Finanzamt. */
  readonly land: Land;
  readonly dauerfristverlaengerung: boolean;
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

export interface UstVaResult {
  readonly period: TaxPeriod;
  readonly fristende: IsoDate;
  readonly unshiftedFristende: IsoDate;
  readonly steps: readonly DeadlineStep[];
}

const resolvePeriod = (period: string | TaxPeriod): DeadlineResult<TaxPeriod> =>
  typeof period === 'string' ? parsePeriod(period) : success(period);

const ustVaCore = (period: TaxPeriod, input: Omit<UstVaInput, 'period'>): UstVaResult => {
  const base = tenthDayAfterPeriod(period, 'Voranmeldungszeitraum', '§ 18 Abs. 1, 2 UStG');
  const steps: DeadlineStep[] = [...base.steps];
  let unshifted = base.date;
  if (input.dauerfristverlaengerung) {
    // The 10th plus one month is always the 10th again, so § 188 Abs. 3 BGB never bites here.
    unshifted = addMonths(base.date, 1).date;
    steps.push({
      code: 'extension',
      legalBasis:
        period.kind === 'month' ? '§ 18 Abs. 6 UStG; § 46 UStDV; § 47 UStDV' : '§ 18 Abs. 6 UStG; § 46 UStDV',
      explanation:
        'Dauerfristverlängerung: Abgabe- und Zahlungsfrist verlängern sich um einen Monat: ' +
        `${formatDateWithWeekdayDe(unshifted)}.` +
        (period.kind === 'month'
          ? ' Bei monatlicher Abgabe setzt sie eine Sondervorauszahlung von einem Elftel der Vorauszahlungen ' +
            'des Vorjahres voraus, die mit der Voranmeldung für Dezember verrechnet wird.'
          : ''),
      date: unshifted,
    });
  }
  const shift = shiftCore(unshifted, input.land, {
    municipalHolidays: input.municipalHolidays,
    calendarNote: `${landNames[input.land]} (Sitz des Finanzamts)`,
  });
  steps.push(...shift.steps, schonfristHint(shift.date));
  return { period, fristende: shift.date, unshiftedFristende: unshifted, steps };
};

/** Due date of a Umsatzsteuer-Voranmeldung and its Vorauszahlung (§ 18 UStG, §§ 46–48 UStDV). */
export const ustVaDeadline = (input: UstVaInput): DeadlineResult<UstVaResult> => {
  const parsed = resolvePeriod(input.period);
  if (!parsed.ok) return parsed;
  const invalid = firstError(
    parsed.value.kind === 'year'
      ? problem(
          'invalid-period',
          'Voranmeldungszeitraum ist ein Monat oder ein Quartal (z. B. 2026-01 oder 2026-Q1); für das ' +
            'Kalenderjahr wird eine Jahreserklärung abgegeben.',
          'period',
        )
      : undefined,
    checkYear(parsed.value.year, 'period', 'Jahr', minSupportedYear, maxSupportedYear - 1),
    checkLand(input.land, 'land', 'Bundesland des Finanzamts'),
    checkBoolean(input.dauerfristverlaengerung, 'dauerfristverlaengerung', 'Dauerfristverlängerung'),
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  return invalid ? rejected(invalid) : success(ustVaCore(parsed.value, input));
};

export interface DauerfristAntragInput {
  readonly year: number;
  readonly land: Land;
  readonly voranmeldungszeitraum: 'month' | 'quarter';
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

/**
 * Last day to apply for Dauerfristverlängerung: the due date of the first Voranmeldung it should cover,
 * i.e. 10.02. for monthly and 10.04. for quarterly filers (shifted per § 108 Abs. 3 AO).
 */
export const dauerfristAntragDeadline = (
  input: DauerfristAntragInput,
): DeadlineResult<{ readonly fristende: IsoDate; readonly steps: readonly DeadlineStep[] }> => {
  const invalid = firstError(
    checkYear(input.year, 'year', 'Jahr', minSupportedYear, maxSupportedYear - 1),
    checkLand(input.land, 'land', 'Bundesland des Finanzamts'),
    input.voranmeldungszeitraum === 'month' || input.voranmeldungszeitraum === 'quarter'
      ? undefined
      : problem(
          'invalid-input',
          'Voranmeldungszeitraum muss Monat oder Quartal sein.',
          'voranmeldungszeitraum',
        ),
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  if (invalid) return rejected(invalid);
  const firstPeriod: TaxPeriod =
    input.voranmeldungszeitraum === 'month'
      ? { kind: 'month', year: input.year, month: 1 }
      : { kind: 'quarter', year: input.year, quarter: 1 };
  const due = ustVaCore(firstPeriod, { ...input, dauerfristverlaengerung: false });
  const rule: DeadlineStep = {
    code: 'rule',
    legalBasis: '§ 48 Abs. 1 UStDV',
    explanation:
      'Der Antrag auf Dauerfristverlängerung ist bis zu dem Zeitpunkt zu stellen, an dem die erste ' +
      'Voranmeldung, für die sie gelten soll, abzugeben ist' +
      (input.voranmeldungszeitraum === 'month'
        ? ' (Januar; zugleich ist die Sondervorauszahlung anzumelden und zu entrichten, § 47 UStDV).'
        : ' (1. Quartal).') +
      ' Eine gewährte Dauerfristverlängerung gilt fort, bis sie widerrufen oder der Antrag zurückgenommen wird.',
    date: due.fristende,
  };
  const steps = due.steps.filter((step) => step.code !== 'hint');
  return success({ fristende: due.fristende, steps: [...steps, rule] });
};

export interface UstVaPeriodicity {
  readonly voranmeldungszeitraum: 'month' | 'quarter';
  /** The Finanzamt may waive Voranmeldungen altogether (§ 18 Abs. 2 UStG). */
  readonly exemptionPossible: boolean;
  readonly legalBasis: string;
  readonly explanation: string;
}

/** Voranmeldungszeitraum from the previous year's tax (§ 18 Abs. 2 UStG; thresholds raised for 2025). */
export const ustVaPeriodicity = (input: {
  readonly year: number;
  readonly previousYearTax: number;
}): DeadlineResult<UstVaPeriodicity> => {
  const invalid = firstError(
    checkYear(input.year, 'year', 'Jahr', minSupportedYear, maxSupportedYear),
    Number.isFinite(input.previousYearTax)
      ? undefined
      : problem('invalid-input', 'Steuer des Vorjahres: keine gültige Zahl.', 'previousYearTax'),
  );
  if (invalid) return rejected(invalid);
  const monthlyAbove = input.year <= 2024 ? 7500 : 9000;
  const exemptUpTo = input.year <= 2024 ? 1000 : 2000;
  const tax = input.previousYearTax;
  const founderHint =
    ' Bei Neugründungen (2021–2026) ist statt der Vorjahressteuer die voraussichtliche, auf ein Jahr ' +
    'hochgerechnete Steuer des laufenden Jahres maßgeblich.';
  if (tax > monthlyAbove) {
    return success({
      voranmeldungszeitraum: 'month',
      exemptionPossible: false,
      legalBasis: '§ 18 Abs. 2 UStG',
      explanation: `Die Steuer des Vorjahres übersteigt ${formatEuroDe(monthlyAbove)}: Voranmeldungszeitraum ist der Kalendermonat.${founderHint}`,
    });
  }
  return success({
    voranmeldungszeitraum: 'quarter',
    exemptionPossible: tax <= exemptUpTo,
    legalBasis: '§ 18 Abs. 2 UStG',
    explanation:
      `Die Steuer des Vorjahres übersteigt ${formatEuroDe(monthlyAbove)} nicht: Voranmeldungszeitraum ist das ` +
      'Kalendervierteljahr.' +
      (tax <= exemptUpTo
        ? ` Da sie ${formatEuroDe(exemptUpTo)} nicht übersteigt, kann das Finanzamt von der Abgabe der ` +
          'Voranmeldungen befreien.'
        : '') +
      (tax < 0
        ? ' Bei einem Vorsteuerüberschuss im Vorjahr kann statt des Quartals der Kalendermonat gewählt ' +
          'werden, wenn der Überschuss die Schwelle des § 18 Abs. 2a UStG übersteigt.'
        : '') +
      founderHint,
  });
};
