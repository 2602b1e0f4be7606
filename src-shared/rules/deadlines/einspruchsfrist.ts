import { bekanntgabeCore, bekanntgabeMethods } from './bekanntgabe';
import type { BekanntgabeMethod } from './bekanntgabe';
import { periodStep } from './bgb-period';
import { formatDateWithWeekdayDe } from './german-format';
import type { HolidayOptions } from './holidays';
import { landNames } from './lands';
import type { Land } from './lands';
import { success } from './types';
import type { DeadlineResult, DeadlineStep, IsoDate } from './types';
import {
  checkDate,
  checkHolidayOptions,
  checkLand,
  checkOptionalDate,
  firstError,
  problem,
  rejected,
} from './validation';
import { shiftCore } from './working-day';

export interface EinspruchsfristInput {
  /** Date printed on the Bescheid, taken as the day of Aufgabe zur Post (or transmission/Bereitstellung). */
  readonly bescheidDate: IsoDate;
  /** Seat of the Finanzamt: its holidays decide the end of the Einspruchsfrist. */
  readonly finanzamtLand: Land;
  /** Recipient's place, whose holidays move the Bekanntgabe; defaults to the Finanzamt's Land. */
  readonly recipientLand?: Land;
  /** false if the Rechtsbehelfsbelehrung is missing or wrong (§ 356 Abs. 2 AO: one year). */
  readonly mitRechtsbehelfsbelehrung?: boolean;
  readonly method?: BekanntgabeMethod;
  readonly actualReceipt?: IsoDate;
  readonly recipientMunicipalHolidays?: HolidayOptions['municipalHolidays'];
  readonly finanzamtMunicipalHolidays?: HolidayOptions['municipalHolidays'];
}

export interface EinspruchsfristResult {
  readonly bekanntgabe: IsoDate;
  readonly fristende: IsoDate;
  /** End of the month/year period before the § 108 Abs. 3 AO shift. */
  readonly unshiftedFristende: IsoDate;
  readonly period: 'month' | 'year';
  readonly steps: readonly DeadlineStep[];
}

/** Einspruchsfrist (§ 355 Abs. 1 AO; § 356 Abs. 2 AO without proper Rechtsbehelfsbelehrung). */
export const einspruchsfrist = (input: EinspruchsfristInput): DeadlineResult<EinspruchsfristResult> => {
  const invalid = firstError(
    checkDate(input.bescheidDate, 'bescheidDate', 'Bescheiddatum'),
    checkLand(input.finanzamtLand, 'finanzamtLand', 'Bundesland des Finanzamts'),
    input.recipientLand === undefined
      ? undefined
      : checkLand(input.recipientLand, 'recipientLand', 'Bundesland des Empfängers'),
    input.method === undefined || bekanntgabeMethods.includes(input.method)
      ? undefined
      : problem('invalid-input', `Unbekannte Bekanntgabeart „${String(input.method)}“.`, 'method'),
    checkOptionalDate(input.actualReceipt, 'actualReceipt', 'Tag des tatsächlichen Zugangs'),
    input.actualReceipt !== undefined && input.actualReceipt < input.bescheidDate
      ? problem('invalid-input', 'Der Zugang kann nicht vor dem Bescheiddatum liegen.', 'actualReceipt')
      : undefined,
    checkHolidayOptions(
      { municipalHolidays: input.recipientMunicipalHolidays },
      'recipientMunicipalHolidays',
    ),
    checkHolidayOptions(
      { municipalHolidays: input.finanzamtMunicipalHolidays },
      'finanzamtMunicipalHolidays',
    ),
  );
  if (invalid) return rejected(invalid);

  const recipientLand = input.recipientLand ?? input.finanzamtLand;
  const notice = bekanntgabeCore({
    postedOn: input.bescheidDate,
    recipientLand,
    method: input.method ?? 'post',
    actualReceipt: input.actualReceipt,
    municipalHolidays: input.recipientMunicipalHolidays,
  });
  const [first, ...rest] = notice.steps;
  const start: DeadlineStep = {
    code: 'start',
    legalBasis: first?.legalBasis ?? '§ 122 Abs. 2 Nr. 1 AO',
    explanation:
      `Bescheiddatum ${formatDateWithWeekdayDe(input.bescheidDate)}; es wird als Tag der Aufgabe zur Post ` +
      '(bzw. der Übermittlung oder Bereitstellung) angenommen. Wurde der Bescheid nachweislich später ' +
      'abgesandt, ist dieser Tag einzusetzen.',
    date: input.bescheidDate,
  };

  const withBelehrung = input.mitRechtsbehelfsbelehrung ?? true;
  const period = periodStep(
    withBelehrung
      ? {
          eventDay: notice.bekanntgabe,
          length: { unit: 'months', amount: 1 },
          name: 'Die Einspruchsfrist',
          event: 'der Bekanntgabe',
          periodBasis: '§ 355 Abs. 1 Satz 1 AO',
          computationBasis: '§ 108 Abs. 1 AO',
        }
      : {
          eventDay: notice.bekanntgabe,
          length: { unit: 'years', amount: 1 },
          name: 'Die Einspruchsfrist',
          event: 'der Bekanntgabe',
          periodBasis: '§ 356 Abs. 2 Satz 1 AO',
          computationBasis: '§ 108 Abs. 1 AO',
          preface:
            'Die Rechtsbehelfsbelehrung fehlt oder ist unrichtig; statt der Monatsfrist des § 355 Abs. 1 AO ' +
            'gilt die Jahresfrist.',
        },
  );
  const shift = shiftCore(period.date, input.finanzamtLand, {
    municipalHolidays: input.finanzamtMunicipalHolidays,
    calendarNote: `${landNames[input.finanzamtLand]} (Sitz des Finanzamts)`,
  });

  return success({
    bekanntgabe: notice.bekanntgabe,
    fristende: shift.date,
    unshiftedFristende: period.date,
    period: withBelehrung ? 'month' : 'year',
    steps: [start, ...rest, period.step, ...shift.steps],
  });
};
