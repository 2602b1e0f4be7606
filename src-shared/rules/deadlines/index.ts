export type {
  DeadlineError,
  DeadlineErrorCode,
  DeadlineResult,
  DeadlineStep,
  DeadlineStepCode,
  IsoDate,
} from './types';
export { success } from './types';

export type { CalendarDate, Weekday } from './calendar-date';
export {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isLeapYear,
  lastDayOfMonth,
  maxIsoDate,
  parseIsoDate,
  toIsoDate,
  weekdayOf,
  yearOf,
} from './calendar-date';
export {
  cardinalDe,
  formatDateDe,
  formatDateWithWeekdayDe,
  formatEuroDe,
  monthNameDe,
  weekdayNameDe,
} from './german-format';

export type { Land } from './lands';
export { isLand, landNames, lands } from './lands';

export type { MunicipalHoliday } from './holiday-config';
export { municipalHolidays, publicStatusOverrides } from './holiday-config';
export type { HolidayOptions, PublicHoliday } from './holidays';
export { isPublicHoliday, municipalHolidaysOf, publicHolidayOn, publicHolidaysOf } from './holidays';

export type { NonWorkingDay, ShiftOptions, ShiftResult, ShiftSubject } from './working-day';
export { isWorkingDay, nonWorkingDay, shiftToWorkingDay } from './working-day';

export type { PeriodLength, PeriodUnit } from './bgb-period';
export { formatPeriodLengthDe, periodEnd } from './bgb-period';

export type { BekanntgabeInput, BekanntgabeMethod, BekanntgabeResult } from './bekanntgabe';
export { bekanntgabe, bekanntgabeMethods, lastDayOfThreeDayFiction } from './bekanntgabe';

export type { EinspruchsfristInput, EinspruchsfristResult } from './einspruchsfrist';
export { einspruchsfrist } from './einspruchsfrist';

export type { FilingDeadlineInput, FilingDeadlineResult, FilingRuleSet } from './filing-deadline';
export { filingDeadline } from './filing-deadline';
export type { FilingDeadlineRow } from './filing-transitional';
export { knownFilingYears, supportedTaxYears, transitionalFilingDeadlines } from './filing-transitional';

export type { Quarter, TaxPeriod } from './tax-period';
export { formatPeriod, parsePeriod, periodLabelDe, periodLastDay, periodStart } from './tax-period';

export type { DauerfristAntragInput, UstVaInput, UstVaPeriodicity, UstVaResult } from './ustva';
export { dauerfristAntragDeadline, ustVaDeadline, ustVaPeriodicity } from './ustva';

export type {
  LohnsteuerAnmeldungInput,
  LohnsteuerAnmeldungResult,
  LohnsteuerPeriodicity,
} from './lohnsteuer';
export { lohnsteuerAnmeldungDeadline, lohnsteuerPeriodicity } from './lohnsteuer';

export type { RecurringTaxDate, RecurringTaxDateKind, RecurringTaxDatesInput } from './recurring-tax-dates';
export { recurringTaxDates } from './recurring-tax-dates';

export type { LawyerDeadlineInput, LawyerDeadlineKind, LawyerDeadlineResult } from './lawyer-deadlines';
export { lawyerDeadline, lawyerDeadlineKinds, lawyerDeadlineRules } from './lawyer-deadlines';

export { maxSupportedYear, minSupportedYear } from './validation';
