import { addDays, addMonths, parseIsoDate } from './calendar-date';
import { cardinalDe, formatDateWithWeekdayDe } from './german-format';
import type { DeadlineStep, IsoDate } from './types';

export type PeriodUnit = 'days' | 'weeks' | 'months' | 'years';

export interface PeriodLength {
  readonly unit: PeriodUnit;
  readonly amount: number;
}

const unitWords: Readonly<Record<PeriodUnit, { one: string; many: string }>> = {
  days: { one: 'einen Tag', many: 'Tage' },
  weeks: { one: 'eine Woche', many: 'Wochen' },
  months: { one: 'einen Monat', many: 'Monate' },
  years: { one: 'ein Jahr', many: 'Jahre' },
};

/** 'einen Monat', 'zwei Wochen', … in the accusative, as in "beträgt einen Monat". */
export const formatPeriodLengthDe = ({ unit, amount }: PeriodLength): string =>
  amount === 1 ? unitWords[unit].one : `${cardinalDe(amount)} ${unitWords[unit].many}`;

/**
 * End of a period that starts with an event during a day (§ 187 Abs. 1 BGB: the event day is not
 * counted), per § 188 Abs. 1–3 BGB. Returns whether § 188 Abs. 3 (short month) applied.
 */
export const periodEnd = (eventDay: IsoDate, length: PeriodLength): { date: IsoDate; clamped: boolean } => {
  switch (length.unit) {
    case 'days':
      return { date: addDays(eventDay, length.amount), clamped: false };
    case 'weeks':
      return { date: addDays(eventDay, 7 * length.amount), clamped: false };
    case 'months':
      return addMonths(eventDay, length.amount);
    case 'years':
      return addMonths(eventDay, 12 * length.amount);
  }
};

export interface PeriodStepInput {
  readonly eventDay: IsoDate;
  readonly length: PeriodLength;
  /** Subject of the German sentence, e.g. 'Die Einspruchsfrist'. */
  readonly name: string;
  /** Genitive phrase for the event, e.g. 'der Bekanntgabe'. */
  readonly event: string;
  /** Norm that sets the period, e.g. '§ 355 Abs. 1 Satz 1 AO'. */
  readonly periodBasis: string;
  /** Norm that refers to the BGB, e.g. '§ 108 Abs. 1 AO' or '§ 222 Abs. 1 ZPO'. */
  readonly computationBasis: string;
  /** Extra sentence placed before the computation, e.g. why the long period applies. */
  readonly preface?: string;
}

const endRule = (input: PeriodStepInput, clamped: boolean): string => {
  const { day } = parseIsoDate(input.eventDay) ?? { day: 0 };
  switch (input.length.unit) {
    case 'days':
      return 'die Frist endet mit Ablauf ihres letzten Tages (§ 188 Abs. 1 BGB)';
    case 'weeks':
      return (
        'die Frist endet mit Ablauf des Tages der letzten Woche, der durch seine Benennung dem Tag ' +
        `${input.event} entspricht (§ 188 Abs. 2 BGB)`
      );
    case 'months':
    case 'years':
      return clamped
        ? `im letzten Monat der Frist fehlt der ${day}. Tag, daher endet sie mit Ablauf des letzten Tages ` +
            'dieses Monats (§ 188 Abs. 3 BGB)'
        : 'die Frist endet mit Ablauf des Tages des letzten Monats, der durch seine Zahl dem Tag ' +
            `${input.event} entspricht (§ 188 Abs. 2 BGB)`;
  }
};

/** Computes a BGB period and explains it; the result is the unshifted end (before § 108 Abs. 3 AO etc.). */
export const periodStep = (input: PeriodStepInput): { date: IsoDate; step: DeadlineStep } => {
  const { date, clamped } = periodEnd(input.eventDay, input.length);
  const bgbNorms =
    input.length.unit === 'days'
      ? '§ 187 Abs. 1 BGB, § 188 Abs. 1 BGB'
      : `§ 187 Abs. 1 BGB, § 188 Abs. ${clamped ? '3' : '2'} BGB`;
  const explanation =
    `${input.preface ? `${input.preface} ` : ''}${input.name} beträgt ${formatPeriodLengthDe(input.length)} ` +
    `(${input.periodBasis}). Der Tag ${input.event} (${formatDateWithWeekdayDe(input.eventDay)}) wird nicht ` +
    `mitgerechnet (§ 187 Abs. 1 BGB); ${endRule(input, clamped)}: ${formatDateWithWeekdayDe(date)}.`;
  return {
    date,
    step: {
      code: 'period',
      legalBasis: `${input.periodBasis}; ${input.computationBasis} i. V. m. ${bgbNorms}`,
      explanation,
      date,
    },
  };
};
