import { periodEnd, periodStep } from './bgb-period';
import type { PeriodLength } from './bgb-period';
import { formatDateDe, formatDateWithWeekdayDe, weekdayNameDe } from './german-format';
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

export const lawyerDeadlineKinds = [
  'widerspruch-mahnbescheid',
  'einspruch-vollstreckungsbescheid',
  'einspruch-versaeumnisurteil',
  'verteidigungsanzeige',
  'berufung',
  'berufungsbegruendung',
  'revision',
  'sofortige-beschwerde',
  'klage-fg',
  'kuendigungsschutzklage',
  'arbg-widerspruch-mahnbescheid',
  'arbg-einspruch-vollstreckungsbescheid',
  'arbg-einspruch-versaeumnisurteil',
] as const;

export type LawyerDeadlineKind = (typeof lawyerDeadlineKinds)[number];

interface LawyerRule {
  /** Subject of the German explanation, e.g. 'Die Berufungsfrist'. */
  readonly periodName: string;
  readonly label: string;
  readonly length: PeriodLength;
  readonly periodBasis: string;
  /** Genitive phrase naming the triggering event. */
  readonly event: string;
  readonly notfrist: boolean;
  /** §§ 517, 520 Abs. 2, 548 ZPO: the period starts at the latest five months after Verkündung. */
  readonly latestStartAfterVerkuendung?: boolean;
  readonly procedure: 'zpo' | 'fgo' | 'arbgg' | 'kschg';
  readonly hint?: { readonly legalBasis: string; readonly text: string };
}

const weeks = (amount: number): PeriodLength => ({ unit: 'weeks', amount });
const months = (amount: number): PeriodLength => ({ unit: 'months', amount });

export const lawyerDeadlineRules: Readonly<Record<LawyerDeadlineKind, LawyerRule>> = {
  'widerspruch-mahnbescheid': {
    periodName: 'Die Widerspruchsfrist',
    label: 'Widerspruch gegen Mahnbescheid',
    length: weeks(2),
    periodBasis: '§ 692 Abs. 1 Nr. 3 ZPO',
    event: 'der Zustellung des Mahnbescheids',
    notfrist: false,
    procedure: 'zpo',
    hint: {
      legalBasis: '§ 694 Abs. 1 ZPO',
      text: 'Ein verspäteter Widerspruch ist noch zu berücksichtigen, solange der Vollstreckungsbescheid nicht verfügt ist.',
    },
  },
  'einspruch-vollstreckungsbescheid': {
    periodName: 'Die Einspruchsfrist',
    label: 'Einspruch gegen Vollstreckungsbescheid',
    length: weeks(2),
    periodBasis: '§ 700 Abs. 1, § 339 Abs. 1 ZPO',
    event: 'der Zustellung des Vollstreckungsbescheids',
    notfrist: true,
    procedure: 'zpo',
  },
  'einspruch-versaeumnisurteil': {
    periodName: 'Die Einspruchsfrist',
    label: 'Einspruch gegen Versäumnisurteil',
    length: weeks(2),
    periodBasis: '§ 339 Abs. 1 ZPO',
    event: 'der Zustellung des Versäumnisurteils',
    notfrist: true,
    procedure: 'zpo',
  },
  verteidigungsanzeige: {
    periodName: 'Die Frist zur Verteidigungsanzeige',
    label: 'Verteidigungsanzeige (schriftliches Vorverfahren)',
    length: weeks(2),
    periodBasis: '§ 276 Abs. 1 Satz 1 ZPO',
    event: 'der Zustellung der Klageschrift',
    notfrist: true,
    procedure: 'zpo',
  },
  berufung: {
    periodName: 'Die Berufungsfrist',
    label: 'Berufung',
    length: months(1),
    periodBasis: '§ 517 ZPO',
    event: 'der Zustellung des vollständigen Urteils',
    notfrist: true,
    latestStartAfterVerkuendung: true,
    procedure: 'zpo',
  },
  berufungsbegruendung: {
    periodName: 'Die Berufungsbegründungsfrist',
    label: 'Berufungsbegründung',
    length: months(2),
    periodBasis: '§ 520 Abs. 2 Satz 1 ZPO',
    event: 'der Zustellung des vollständigen Urteils',
    notfrist: false,
    latestStartAfterVerkuendung: true,
    procedure: 'zpo',
    hint: {
      legalBasis: '§ 520 Abs. 2 Satz 2, 3 ZPO',
      text: 'Die Begründungsfrist ist keine Notfrist; sie kann auf Antrag verlängert werden.',
    },
  },
  revision: {
    periodName: 'Die Revisionsfrist',
    label: 'Revision',
    length: months(1),
    periodBasis: '§ 548 ZPO',
    event: 'der Zustellung des vollständigen Berufungsurteils',
    notfrist: true,
    latestStartAfterVerkuendung: true,
    procedure: 'zpo',
  },
  'sofortige-beschwerde': {
    periodName: 'Die Beschwerdefrist',
    label: 'Sofortige Beschwerde',
    length: weeks(2),
    periodBasis: '§ 569 Abs. 1 Satz 1 ZPO',
    event: 'der Zustellung des Beschlusses',
    notfrist: true,
    procedure: 'zpo',
  },
  'klage-fg': {
    periodName: 'Die Klagefrist',
    label: 'Klage beim Finanzgericht',
    length: months(1),
    periodBasis: '§ 47 Abs. 1 FGO',
    event: 'der Bekanntgabe der Einspruchsentscheidung',
    notfrist: false,
    procedure: 'fgo',
    hint: {
      legalBasis: '§ 122 Abs. 2 AO',
      text: 'Bei Versand per Post gilt die Einspruchsentscheidung erst am vierten Tag nach Aufgabe zur Post als bekannt gegeben; dieses Datum ist als Ereignis einzusetzen.',
    },
  },
  kuendigungsschutzklage: {
    periodName: 'Die Klagefrist',
    label: 'Kündigungsschutzklage',
    length: weeks(3),
    periodBasis: '§ 4 Satz 1 KSchG',
    event: 'des Zugangs der schriftlichen Kündigung',
    notfrist: false,
    procedure: 'kschg',
    hint: {
      legalBasis: '§ 5 KSchG',
      text: 'Bei unverschuldeter Versäumung ist eine nachträgliche Zulassung der Klage möglich.',
    },
  },
  'arbg-widerspruch-mahnbescheid': {
    periodName: 'Die Widerspruchsfrist',
    label: 'Widerspruch gegen Mahnbescheid (Arbeitsgericht)',
    length: weeks(1),
    periodBasis: '§ 46a Abs. 3 ArbGG',
    event: 'der Zustellung des Mahnbescheids',
    notfrist: false,
    procedure: 'arbgg',
  },
  'arbg-einspruch-vollstreckungsbescheid': {
    periodName: 'Die Einspruchsfrist',
    label: 'Einspruch gegen Vollstreckungsbescheid (Arbeitsgericht)',
    length: weeks(1),
    periodBasis: '§ 46a Abs. 1 ArbGG i. V. m. § 700 Abs. 1 ZPO; § 59 Satz 1 ArbGG',
    event: 'der Zustellung des Vollstreckungsbescheids',
    notfrist: true,
    procedure: 'arbgg',
  },
  'arbg-einspruch-versaeumnisurteil': {
    periodName: 'Die Einspruchsfrist',
    label: 'Einspruch gegen Versäumnisurteil (Arbeitsgericht)',
    length: weeks(1),
    periodBasis: '§ 59 Satz 1 ArbGG',
    event: 'der Zustellung des Versäumnisurteils',
    notfrist: true,
    procedure: 'arbgg',
  },
};

const procedureBases: Readonly<Record<LawyerRule['procedure'], { computation: string; shift: string }>> = {
  zpo: { computation: '§ 222 Abs. 1 ZPO', shift: '§ 222 Abs. 2 ZPO' },
  fgo: {
    computation: '§ 54 Abs. 2 FGO i. V. m. § 222 Abs. 1 ZPO',
    shift: '§ 54 Abs. 2 FGO i. V. m. § 222 Abs. 2 ZPO',
  },
  arbgg: { computation: '§ 46 Abs. 2 ArbGG i. V. m. § 222 Abs. 1 ZPO', shift: '§ 222 Abs. 2 ZPO' },
  kschg: { computation: '§ 222 Abs. 1 ZPO', shift: '§ 222 Abs. 2 ZPO; § 193 BGB' },
};

export interface LawyerDeadlineInput {
  readonly kind: LawyerDeadlineKind;
  /**
   * Triggering event: Zustellung (ZPO, ArbGG), Bekanntgabe of the Einspruchsentscheidung (FGO) or
   * Zugang of the Kündigung (KSchG). For Berufung/Revision it may be omitted if only the Verkündung is known.
   */
  readonly eventDate?: IsoDate;
  /** Day the judgment was pronounced; needed for the five-month limit of §§ 517, 520, 548 ZPO. */
  readonly verkuendung?: IsoDate;
  /** Land of the court, whose holidays decide the end. */
  readonly land: Land;
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

export interface LawyerDeadlineResult {
  readonly kind: LawyerDeadlineKind;
  readonly label: string;
  readonly notfrist: boolean;
  readonly fristende: IsoDate;
  readonly unshiftedFristende: IsoDate;
  readonly steps: readonly DeadlineStep[];
}

/** Court and procedural deadlines for the law-office side (ZPO, FGO, ArbGG, KSchG). */
export const lawyerDeadline = (input: LawyerDeadlineInput): DeadlineResult<LawyerDeadlineResult> => {
  const rule = (lawyerDeadlineRules as Partial<Record<string, LawyerRule>>)[input.kind];
  if (!rule)
    return rejected(problem('invalid-input', `Unbekannte Fristart „${String(input.kind)}“.`, 'kind'));
  const fiveMonthRule = rule.latestStartAfterVerkuendung === true;
  const invalid = firstError(
    fiveMonthRule && input.eventDate === undefined && input.verkuendung === undefined
      ? problem('invalid-input', 'Zustellung oder Verkündung des Urteils angeben.', 'eventDate')
      : undefined,
    fiveMonthRule || input.eventDate !== undefined
      ? checkOptionalDate(input.eventDate, 'eventDate', 'Datum des fristauslösenden Ereignisses')
      : checkDate(input.eventDate, 'eventDate', 'Datum des fristauslösenden Ereignisses'),
    fiveMonthRule ? checkOptionalDate(input.verkuendung, 'verkuendung', 'Verkündungsdatum') : undefined,
    fiveMonthRule &&
      input.eventDate !== undefined &&
      input.verkuendung !== undefined &&
      input.eventDate < input.verkuendung
      ? problem('invalid-input', 'Die Zustellung kann nicht vor der Verkündung liegen.', 'eventDate')
      : undefined,
    checkLand(input.land, 'land', 'Bundesland des Gerichts'),
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  if (invalid) return rejected(invalid);

  const bases = procedureBases[rule.procedure];
  const steps: DeadlineStep[] = [];
  let eventDay: IsoDate;
  let event = rule.event;
  const fiveMonthMark =
    fiveMonthRule && input.verkuendung !== undefined
      ? periodEnd(input.verkuendung, { unit: 'months', amount: 5 }).date
      : undefined;
  if (fiveMonthMark !== undefined && (input.eventDate === undefined || input.eventDate > fiveMonthMark)) {
    // The five months are not a Frist with an end to be shifted; they only fix the latest start.
    eventDay = fiveMonthMark;
    event = 'des Ablaufs der Fünfmonatsfrist';
    steps.push({
      code: 'start',
      legalBasis: rule.periodBasis,
      explanation:
        `Verkündung am ${formatDateWithWeekdayDe(input.verkuendung ?? fiveMonthMark)}. ` +
        (input.eventDate === undefined
          ? 'Eine Zustellung des vollständigen Urteils ist nicht erfasst; '
          : `Die Zustellung am ${formatDateWithWeekdayDe(input.eventDate)} liegt später als fünf Monate nach der Verkündung; `) +
        'die Frist beginnt daher spätestens mit Ablauf von fünf Monaten nach der Verkündung, also mit Ablauf ' +
        `des ${formatDateDe(fiveMonthMark)} (${weekdayNameDe(fiveMonthMark)}).`,
      date: fiveMonthMark,
    });
  } else {
    eventDay = input.eventDate ?? '';
    steps.push({
      code: 'start',
      legalBasis: rule.periodBasis,
      explanation: `Fristauslösendes Ereignis: Tag ${rule.event}, ${formatDateWithWeekdayDe(eventDay)}.`,
      date: eventDay,
    });
  }

  const period = periodStep({
    eventDay,
    length: rule.length,
    name: rule.periodName,
    event,
    periodBasis: rule.periodBasis,
    computationBasis: bases.computation,
  });
  steps.push(period.step);
  const shift = shiftCore(period.date, input.land, {
    legalBasis: bases.shift,
    municipalHolidays: input.municipalHolidays,
    calendarNote: `${landNames[input.land]} (Sitz des Gerichts)`,
  });
  steps.push(...shift.steps);
  if (rule.notfrist) {
    steps.push({
      code: 'hint',
      legalBasis: '§ 224 Abs. 1, §§ 233, 234 ZPO',
      explanation:
        'Notfrist: nicht verlängerbar. Bei unverschuldeter Versäumung ist Wiedereinsetzung in den vorigen ' +
        'Stand binnen zwei Wochen nach Behebung des Hindernisses möglich.',
      date: shift.date,
    });
  }
  if (rule.hint) {
    steps.push({
      code: 'hint',
      legalBasis: rule.hint.legalBasis,
      explanation: rule.hint.text,
      date: shift.date,
    });
  }
  return success({
    kind: input.kind,
    label: rule.label,
    notfrist: rule.notfrist,
    fristende: shift.date,
    unshiftedFristende: period.date,
    steps,
  });
};
