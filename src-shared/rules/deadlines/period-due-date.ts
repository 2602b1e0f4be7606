import { addDays } from './calendar-date';
import { formatDateWithWeekdayDe } from './german-format';
import { periodLabelDe, periodLastDay } from './tax-period';
import type { TaxPeriod } from './tax-period';
import type { DeadlineStep, IsoDate } from './types';

/**
 * "Bis zum 10. Tag nach Ablauf des Zeitraums": the end of the period is counted from, and since every
 * period ends on a month's last day, the result is always the 10th of the following month.
 */
export const tenthDayAfterPeriod = (
  period: TaxPeriod,
  periodName: string,
  periodBasis: string,
): { date: IsoDate; steps: readonly DeadlineStep[] } => {
  const lastDay = periodLastDay(period);
  const date = addDays(lastDay, 10);
  return {
    date,
    steps: [
      {
        code: 'start',
        legalBasis: periodBasis,
        explanation: `${periodName} ${periodLabelDe(period)} endet am ${formatDateWithWeekdayDe(lastDay)}.`,
        date: lastDay,
      },
      {
        code: 'period',
        legalBasis: periodBasis,
        explanation:
          `Abgabe und Zahlung sind bis zum 10. Tag nach Ablauf des ${periodName}s fällig ` +
          `(§ 108 Abs. 1 AO i. V. m. §§ 187 Abs. 1, 188 Abs. 1 BGB): ${formatDateWithWeekdayDe(date)}.`,
        date,
      },
    ],
  };
};

export const schonfristHint = (date: IsoDate): DeadlineStep => ({
  code: 'hint',
  legalBasis: '§ 240 Abs. 3 AO',
  explanation:
    'Bei Zahlung durch Überweisung oder Lastschrift wird bei einer Säumnis bis zu drei Tagen kein ' +
    'Säumniszuschlag erhoben (nicht bei Bar- oder Scheckzahlung; ein Scheck gilt erst drei Tage nach Eingang ' +
    'als entrichtet). Die Abgabefrist verlängert diese Schonfrist nicht.',
  date,
});
