// Calendar arithmetic (adding days, months, weekdays) lives in ../deadlines; this module only turns
// German date input into ISO strings and back.
export { fromIsoDate, isoWeekday, isValidDate } from './calendar';
export type { YearMonthDay } from './calendar';
export {
  expandTwoDigitYear,
  formatGermanDate,
  formatGermanDateLong,
  germanMonthNames,
  germanWeekdayNames,
  parseGermanDate,
} from './german-dates';
export type { GermanDateErrorCode, GermanDateOptions, GermanDateResult } from './german-dates';
