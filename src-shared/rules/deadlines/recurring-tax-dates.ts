import { lastDayOfMonth, toIsoDate } from './calendar-date';
import { formatDateWithWeekdayDe } from './german-format';
import type { HolidayOptions } from './holidays';
import { landNames } from './lands';
import type { Land } from './lands';
import { success } from './types';
import type { DeadlineResult, DeadlineStep, IsoDate } from './types';
import {
  checkHolidayOptions,
  checkLand,
  checkYear,
  firstError,
  maxSupportedYear,
  minSupportedYear,
  rejected,
} from './validation';
import { shiftCore } from './working-day';

export type RecurringTaxDateKind =
  'est-kst-vorauszahlung' | 'gewst-vorauszahlung' | 'grundsteuer' | 'lohnsteuerbescheinigung';

export interface RecurringTaxDate {
  readonly kind: RecurringTaxDateKind;
  /** German label for lists and calendars. */
  readonly label: string;
  readonly legalBasis: string;
  readonly unshiftedFristende: IsoDate;
  readonly fristende: IsoDate;
  readonly steps: readonly DeadlineStep[];
}

interface RecurringRule {
  readonly kind: RecurringTaxDateKind;
  readonly label: string;
  readonly legalBasis: string;
  readonly dates: (year: number) => readonly IsoDate[];
  readonly explanation: string;
  /** Whose holidays count: GewSt and Grundsteuer are paid to the Gemeinde. */
  readonly place: string;
}

const fixedDays = (monthDays: readonly (readonly [number, number])[]) => (year: number) =>
  monthDays.map(([month, day]) => toIsoDate({ year, month, day }));

const rules: readonly RecurringRule[] = [
  {
    kind: 'est-kst-vorauszahlung',
    label: 'Einkommensteuer-/Körperschaftsteuer-Vorauszahlung',
    legalBasis: '§ 37 Abs. 1 EStG; § 31 Abs. 1 KStG',
    dates: fixedDays([
      [3, 10],
      [6, 10],
      [9, 10],
      [12, 10],
    ]),
    explanation:
      'Vorauszahlungen auf die Einkommen- und Körperschaftsteuer sind am 10.03., 10.06., 10.09. und 10.12. fällig.',
    place: 'Sitz des Finanzamts',
  },
  {
    kind: 'gewst-vorauszahlung',
    label: 'Gewerbesteuer-Vorauszahlung',
    legalBasis: '§ 19 Abs. 1 GewStG',
    dates: fixedDays([
      [2, 15],
      [5, 15],
      [8, 15],
      [11, 15],
    ]),
    explanation: 'Gewerbesteuer-Vorauszahlungen sind am 15.02., 15.05., 15.08. und 15.11. fällig.',
    place: 'Sitz der Gemeinde',
  },
  {
    kind: 'grundsteuer',
    label: 'Grundsteuer',
    legalBasis: '§ 28 Abs. 1 GrStG',
    dates: fixedDays([
      [2, 15],
      [5, 15],
      [8, 15],
      [11, 15],
    ]),
    explanation:
      'Die Grundsteuer ist zu je einem Viertel am 15.02., 15.05., 15.08. und 15.11. fällig. Bei ' +
      'Kleinbeträgen kann die Gemeinde abweichende Termine bestimmen (§ 28 Abs. 2 GrStG); maßgeblich ist ' +
      'dann der Grundsteuerbescheid.',
    place: 'Sitz der Gemeinde',
  },
  {
    kind: 'lohnsteuerbescheinigung',
    label: 'Elektronische Lohnsteuerbescheinigung (Vorjahr)',
    legalBasis: '§ 41b Abs. 1 EStG',
    dates: (year) => [lastDayOfMonth(year, 2)],
    explanation:
      'Die elektronische Lohnsteuerbescheinigung für das Vorjahr ist bis zum letzten Tag des Monats Februar ' +
      'zu übermitteln.',
    place: 'Sitz des Betriebsstättenfinanzamts',
  },
];

export interface RecurringTaxDatesInput {
  readonly year: number;
  readonly land: Land;
  readonly kinds?: readonly RecurringTaxDateKind[];
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

/** Fixed annual tax dates of a year (§ 5.9 of the domain doc), each shifted per § 108 Abs. 3 AO, sorted. */
export const recurringTaxDates = (
  input: RecurringTaxDatesInput,
): DeadlineResult<readonly RecurringTaxDate[]> => {
  const invalid = firstError(
    checkYear(input.year, 'year', 'Jahr', minSupportedYear, maxSupportedYear),
    checkLand(input.land, 'land', 'Bundesland'),
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  if (invalid) return rejected(invalid);
  const wanted = input.kinds;
  const result: RecurringTaxDate[] = [];
  for (const rule of rules) {
    if (wanted && !wanted.includes(rule.kind)) continue;
    for (const date of rule.dates(input.year)) {
      const shift = shiftCore(date, input.land, {
        subject: 'termin',
        municipalHolidays: input.municipalHolidays,
        calendarNote: `${landNames[input.land]} (${rule.place})`,
      });
      const start: DeadlineStep = {
        code: 'rule',
        legalBasis: rule.legalBasis,
        explanation: `${rule.explanation} Termin: ${formatDateWithWeekdayDe(date)}.`,
        date,
      };
      result.push({
        kind: rule.kind,
        label: rule.label,
        legalBasis: rule.legalBasis,
        unshiftedFristende: date,
        fristende: shift.date,
        steps: [start, ...shift.steps],
      });
    }
  }
  return success(result.sort((a, b) => (a.fristende < b.fristende ? -1 : a.fristende > b.fristende ? 1 : 0)));
};
