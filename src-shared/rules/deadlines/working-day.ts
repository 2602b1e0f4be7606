import { addDays, weekdayOf } from './calendar-date';
import { formatDateDe, formatDateWithWeekdayDe } from './german-format';
import { publicHolidayOn } from './holidays';
import type { HolidayOptions, PublicHoliday } from './holidays';
import { landNames } from './lands';
import type { Land } from './lands';
import { success } from './types';
import type { DeadlineResult, DeadlineStep, IsoDate } from './types';
import { checkDate, checkHolidayOptions, checkLand, firstError, rejected } from './validation';

export interface NonWorkingDay {
  readonly date: IsoDate;
  readonly weekend?: 'saturday' | 'sunday';
  readonly holiday?: PublicHoliday;
}

/** What is being moved; only changes the wording of the explanation. */
export type ShiftSubject = 'fristende' | 'bekanntgabe' | 'termin';

export interface ShiftOptions extends HolidayOptions {
  /** Norm that orders the shift; '§ 108 Abs. 3 AO' unless a court or civil-law period is computed. */
  readonly legalBasis?: string;
  readonly subject?: ShiftSubject;
  /** Why this Land's calendar is used, appended to the explanation (e.g. "Sitz des Finanzamts"). */
  readonly calendarNote?: string;
}

export interface ShiftResult {
  readonly date: IsoDate;
  readonly shifted: boolean;
  readonly skipped: readonly NonWorkingDay[];
  readonly steps: readonly DeadlineStep[];
}

export const nonWorkingDay = (
  date: IsoDate,
  land: Land,
  options?: HolidayOptions,
): NonWorkingDay | undefined => {
  const weekday = weekdayOf(date);
  const weekend = weekday === 6 ? 'saturday' : weekday === 0 ? 'sunday' : undefined;
  const holiday = publicHolidayOn(date, land, options);
  if (!weekend && !holiday) return undefined;
  return { date, ...(weekend ? { weekend } : {}), ...(holiday ? { holiday } : {}) };
};

export const isWorkingDay = (date: IsoDate, land: Land, options?: HolidayOptions): boolean =>
  nonWorkingDay(date, land, options) === undefined;

const describeHoliday = (holiday: PublicHoliday, land: Land): string =>
  holiday.scope === 'municipal'
    ? `örtlicher Feiertag (${holiday.name}, ${landNames[land]})`
    : `gesetzlicher Feiertag in ${landNames[land]} (${holiday.name})`;

const describeNonWorkingDay = (day: NonWorkingDay, land: Land): string => {
  const parts: string[] = [];
  if (day.weekend) parts.push(day.weekend === 'saturday' ? 'Samstag' : 'Sonntag');
  if (day.holiday) parts.push(describeHoliday(day.holiday, land));
  return `${formatDateDe(day.date)}: ${parts.join(' und ')}`;
};

const subjectText: Readonly<Record<ShiftSubject, { noun: string; consequence: (date: string) => string }>> = {
  fristende: {
    noun: 'Das rechnerische Fristende',
    consequence: (date) => `Die Frist endet daher mit Ablauf des nächsten Werktags, ${date}.`,
  },
  bekanntgabe: {
    noun: 'Der rechnerische Bekanntgabetag',
    consequence: (date) => `Die Bekanntgabe gilt daher erst am nächsten Werktag, ${date}, als bewirkt.`,
  },
  termin: {
    noun: 'Der Termin',
    consequence: (date) => `Er verschiebt sich daher auf den nächsten Werktag, ${date}.`,
  },
};

const maxShiftDays = 14;

/** Unvalidated core, for callers that have already checked their input. */
export const shiftCore = (date: IsoDate, land: Land, options: ShiftOptions = {}): ShiftResult => {
  const legalBasis = options.legalBasis ?? '§ 108 Abs. 3 AO';
  const subject = subjectText[options.subject ?? 'fristende'];
  const note = options.calendarNote ? ` Maßgeblich sind die Feiertage in ${options.calendarNote}.` : '';
  const skipped: NonWorkingDay[] = [];
  let current = date;
  for (let i = 0; i < maxShiftDays; i++) {
    const blocked = nonWorkingDay(current, land, options);
    if (!blocked) break;
    skipped.push(blocked);
    current = addDays(current, 1);
  }
  if (skipped.length === 0) {
    return {
      date,
      shifted: false,
      skipped,
      steps: [
        {
          code: 'no-shift',
          legalBasis,
          explanation:
            `${formatDateWithWeekdayDe(date)} ist kein Samstag, Sonntag oder gesetzlicher Feiertag in ` +
            `${landNames[land]}; keine Verschiebung.${note}`,
          date,
        },
      ],
    };
  }
  return {
    date: current,
    shifted: true,
    skipped,
    steps: [
      {
        code: 'shift',
        legalBasis,
        explanation:
          `${subject.noun} fällt auf einen Samstag, Sonntag oder gesetzlichen Feiertag (` +
          `${skipped.map((day) => describeNonWorkingDay(day, land)).join('; ')}). ` +
          `${subject.consequence(formatDateWithWeekdayDe(current))}${note}`,
        date: current,
      },
    ],
  };
};

/** § 108 Abs. 3 AO: a deadline ending on a Saturday, Sunday or public holiday ends on the next Werktag. */
export const shiftToWorkingDay = (
  date: IsoDate,
  land: Land,
  options: ShiftOptions = {},
): DeadlineResult<ShiftResult> => {
  const invalid = firstError(
    checkDate(date, 'date', 'Datum'),
    checkLand(land, 'land', 'Bundesland'),
    checkHolidayOptions(options, 'municipalHolidays'),
  );
  return invalid ? rejected(invalid) : success(shiftCore(date, land, options));
};
