import { AppError } from '../../../src-shared/errors/app-error';
import { addDays, addMonths, formatDateDe } from '../../../src-shared/rules/deadlines';

export interface DateRangeRule {
  field: string;
  /** German label with article, e.g. "Die Frist". */
  label: string;
  yearsBack: number;
  /** How far ahead a date may lie: whole years, or days for dates that cannot be in the future. */
  ahead: { years: number } | { days: number };
}

const refuse = (rule: DateRangeRule, date: string, bound: string, text: string) =>
  new AppError(
    'validation',
    `${rule.label} (${formatDateDe(date)}) liegt ${text}. Bitte prüfen Sie das Datum.`,
    `${rule.field} ${date} outside bound ${bound}`,
    { field: rule.field, code: 'date_out_of_range' },
  );

/** Refuses dates far from today: they are typing errors (2062 for 2026), never real Fristen. */
export function assertDateNearToday(date: string, today: string, rule: DateRangeRule): void {
  const earliest = addMonths(today, -12 * rule.yearsBack).date;
  if (date < earliest) {
    throw refuse(rule, date, earliest, `mehr als ${rule.yearsBack} Jahre in der Vergangenheit`);
  }
  const latest =
    'years' in rule.ahead ? addMonths(today, 12 * rule.ahead.years).date : addDays(today, rule.ahead.days);
  if (date > latest) {
    const text =
      'years' in rule.ahead
        ? `mehr als ${rule.ahead.years} Jahre in der Zukunft`
        : `zu weit in der Zukunft (höchstens ${rule.ahead.days} Tage nach heute)`;
    throw refuse(rule, date, latest, text);
  }
}
