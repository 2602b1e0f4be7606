import { lastDayOfMonth } from './calendar-date';
import { formatDateWithWeekdayDe } from './german-format';
import type { HolidayOptions } from './holidays';
import { landNames } from './lands';
import type { Land } from './lands';
import {
  firstYearOfCurrentFilingRule,
  knownFilingYears,
  supportedTaxYears,
  transitionalFilingDeadlines,
} from './filing-transitional';
import type { FilingDeadlineRow } from './filing-transitional';
import { success } from './types';
import type { DeadlineResult, DeadlineStep, IsoDate } from './types';
import { checkBoolean, checkHolidayOptions, checkLand, checkYear, firstError, rejected } from './validation';
import { shiftCore } from './working-day';

export interface FilingDeadlineInput {
  readonly taxYear: number;
  /** Prepared by a Steuerberater or other person under §§ 3, 4 StBerG (§ 149 Abs. 3 AO). */
  readonly advised: boolean;
  /** Land of the Finanzamt, whose holidays decide the end. */
  readonly land: Land;
  /** Land- und Forstwirt with a Wirtschaftsjahr other than the calendar year (§ 149 Abs. 2 Satz 2 AO). */
  readonly lufAbweichendesWirtschaftsjahr?: boolean;
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

export type FilingRuleSet = 'transitional' | 'regular' | 'fallback';

export interface FilingDeadlineResult {
  readonly fristende: IsoDate;
  readonly unshiftedFristende: IsoDate;
  /** 'fallback': year outside the checked range, the current general rule was applied. */
  readonly ruleSet: FilingRuleSet;
  readonly steps: readonly DeadlineStep[];
}

type Column = keyof FilingDeadlineRow;

const columnOf = (advised: boolean, luf: boolean): Column =>
  advised ? (luf ? 'advisedLuf' : 'advised') : luf ? 'notAdvisedLuf' : 'notAdvised';

const regularRule = (taxYear: number, column: Column): { date: IsoDate; step: DeadlineStep } => {
  switch (column) {
    case 'notAdvised': {
      const date = `${taxYear + 1}-07-31`;
      return {
        date,
        step: {
          code: 'rule',
          legalBasis: '§ 149 Abs. 2 Satz 1 AO',
          explanation:
            'Ohne steuerliche Beratung ist die Erklärung spätestens sieben Monate nach Ablauf des ' +
            `Besteuerungszeitraums abzugeben: ${formatDateWithWeekdayDe(date)}.`,
          date,
        },
      };
    }
    case 'notAdvisedLuf': {
      // The statute counts from the end of the Wirtschaftsjahr begun in the tax year; without further
      // input we take the regular LuF year 01.07.–30.06., the only case the doc's table reflects.
      const date = `${taxYear + 2}-01-31`;
      return {
        date,
        step: {
          code: 'rule',
          legalBasis: '§ 149 Abs. 2 Satz 2 AO; § 4a Abs. 1 Satz 2 Nr. 1 EStG',
          explanation:
            'Land- und Forstwirte mit abweichendem Wirtschaftsjahr: die Frist endet nicht vor Ablauf des ' +
            'siebten Monats nach dem Schluss des im Besteuerungszeitraum begonnenen Wirtschaftsjahres. ' +
            `Beim regelmäßigen Wirtschaftsjahr 01.07.–30.06. endet dieses am 30.06.${taxYear + 1}, die Frist ` +
            `also am ${formatDateWithWeekdayDe(date)}. Bei einem anderen Wirtschaftsjahr bitte gesondert prüfen.`,
          date,
        },
      };
    }
    case 'advised': {
      const date = lastDayOfMonth(taxYear + 2, 2);
      return {
        date,
        step: {
          code: 'rule',
          legalBasis: '§ 149 Abs. 3 AO',
          explanation:
            'Bei Erstellung durch einen Steuerberater (oder eine andere nach §§ 3, 4 StBerG befugte Person) ' +
            'endet die Frist mit dem letzten Tag des Monats Februar des zweiten auf den ' +
            `Besteuerungszeitraum folgenden Kalenderjahres: ${formatDateWithWeekdayDe(date)}.`,
          date,
        },
      };
    }
    case 'advisedLuf': {
      const date = `${taxYear + 2}-07-31`;
      return {
        date,
        step: {
          code: 'rule',
          legalBasis: '§ 149 Abs. 3 AO i. V. m. § 149 Abs. 2 Satz 2 AO',
          explanation:
            'Beratene Land- und Forstwirte mit abweichendem Wirtschaftsjahr: Frist bis zum 31. Juli des ' +
            `zweiten auf den Besteuerungszeitraum folgenden Kalenderjahres: ${formatDateWithWeekdayDe(date)}.`,
          date,
        },
      };
    }
  }
};

const transitionalStep = (taxYear: number, date: IsoDate): DeadlineStep => ({
  code: 'rule',
  legalBasis: 'Art. 97 § 36 EGAO; AEAO zu § 149 Nr. 1',
  explanation:
    `Für den Besteuerungszeitraum ${taxYear} gilt die verlängerte Abgabefrist der Übergangsregelung ` +
    `(Corona-/Ukraine-Krise; BMF-Schreiben vom 23.06.2022, BStBl I S. 938): ${formatDateWithWeekdayDe(date)}.`,
  date,
});

const fallbackStep = (taxYear: number, date: IsoDate): DeadlineStep => ({
  code: 'fallback',
  legalBasis: '§ 149 Abs. 2, 3 AO',
  explanation:
    `Für den Besteuerungszeitraum ${taxYear} sind keine geprüften Abgabefristen hinterlegt ` +
    `(geprüft: ${knownFilingYears.from}–${knownFilingYears.to}); es wird die allgemeine Regel des § 149 AO ` +
    'in der derzeit geltenden Fassung angewandt.' +
    (taxYear < firstYearOfCurrentFilingRule
      ? ` Achtung: Für Besteuerungszeiträume vor ${firstYearOfCurrentFilingRule} galten andere Fristen ` +
        '(§ 149 Abs. 2 AO a. F. und Fristenerlasse); das Ergebnis ist daher nur ein Anhaltspunkt.'
      : ' Gesetzliche Änderungen oder Fristverlängerungen für dieses Jahr sind nicht berücksichtigt.'),
  date,
});

/** Abgabefrist for annual returns (§ 149 Abs. 2, 3 AO; transitional years per Art. 97 § 36 EGAO). */
export const filingDeadline = (input: FilingDeadlineInput): DeadlineResult<FilingDeadlineResult> => {
  const invalid = firstError(
    checkYear(input.taxYear, 'taxYear', 'Besteuerungszeitraum', supportedTaxYears.from, supportedTaxYears.to),
    checkBoolean(input.advised, 'advised', 'Steuerliche Beratung'),
    checkLand(input.land, 'land', 'Bundesland des Finanzamts'),
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  if (invalid) return rejected(invalid);

  const { taxYear } = input;
  const column = columnOf(input.advised, input.lufAbweichendesWirtschaftsjahr ?? false);
  const transitional = transitionalFilingDeadlines[taxYear]?.[column];
  const regular = regularRule(taxYear, column);
  const known = taxYear >= knownFilingYears.from && taxYear <= knownFilingYears.to;

  const steps: DeadlineStep[] = [];
  let ruleSet: FilingRuleSet;
  let unshifted: IsoDate;
  if (transitional !== undefined) {
    ruleSet = 'transitional';
    unshifted = transitional;
    steps.push(transitionalStep(taxYear, transitional));
  } else {
    ruleSet = known ? 'regular' : 'fallback';
    unshifted = regular.date;
    if (!known) steps.push(fallbackStep(taxYear, regular.date));
    steps.push(regular.step);
  }

  const shift = shiftCore(unshifted, input.land, {
    municipalHolidays: input.municipalHolidays,
    calendarNote: `${landNames[input.land]} (Sitz des Finanzamts)`,
  });
  steps.push(...shift.steps);
  if (input.advised) {
    steps.push({
      code: 'hint',
      legalBasis: '§ 109 Abs. 2 AO; § 149 Abs. 4 AO',
      explanation:
        'Eine Verlängerung über diese Frist hinaus ist nur möglich, wenn den Steuerpflichtigen kein ' +
        'Verschulden trifft. Das Finanzamt kann die Erklärung vorab mit kürzerer Frist anfordern.',
      date: shift.date,
    });
  }
  return success({ fristende: shift.date, unshiftedFristende: unshifted, ruleSet, steps });
};
