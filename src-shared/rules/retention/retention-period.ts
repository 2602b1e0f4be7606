import { addDays, formatDateDe, maxIsoDate, parseIsoDate, success, toIsoDate } from '../deadlines';
import type { DeadlineResult, DeadlineStep, IsoDate } from '../deadlines';
import {
  begIvEffectiveDate,
  buchungsbelegYearsBeforeBegIv,
  retentionCategories,
  retentionRules,
} from './retention-categories';
import type { RetentionCategory } from './retention-categories';

export interface RetentionInput {
  readonly category: RetentionCategory;
  /** Date of the document, the last entry, or the end of the mandate (Handakten). */
  readonly eventDate: IsoDate;
  /** Client is a credit institution, insurer or Wertpapierinstitut: Buchungsbelege stay at ten years. */
  readonly financialSector?: boolean;
}

export interface RetentionResult {
  readonly years: number;
  /** Last day of the retention period. */
  readonly retainUntil: IsoDate;
  /** First day the record may be deleted, absent Ablaufhemmung or a legal hold. */
  readonly deletableFrom: IsoDate;
  readonly steps: readonly DeadlineStep[];
}

const endOfYear = (year: number): IsoDate => toIsoDate({ year, month: 12, day: 31 });

/** Statutory retention period (§ 147 AO, § 257 HGB, § 14b UStG, § 66 StBerG, § 50 BRAO, § 51b WPO). */
export const retentionPeriod = (input: RetentionInput): DeadlineResult<RetentionResult> => {
  if (!(retentionCategories as readonly string[]).includes(input.category)) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'category',
        message: `Unbekannte Kategorie „${String(input.category)}“.`,
      },
    };
  }
  const parsed = typeof input.eventDate === 'string' ? parseIsoDate(input.eventDate) : undefined;
  if (!parsed || parsed.year < 1900 || parsed.year > 2199) {
    return {
      ok: false,
      error: {
        code: 'invalid-date',
        field: 'eventDate',
        message: 'Datum: kein gültiges Datum (erwartet JJJJ-MM-TT).',
      },
    };
  }

  const rule = retentionRules[input.category];
  const startDay = endOfYear(parsed.year);
  const steps: DeadlineStep[] = [
    {
      code: 'start',
      legalBasis: rule.startBasis,
      explanation:
        `Die Frist beginnt mit dem Schluss des Kalenderjahres, ${rule.trigger} ` +
        `(${formatDateDe(input.eventDate)}): Beginn nach dem ${formatDateDe(startDay)}.`,
      date: startDay,
    },
  ];

  let years = rule.years;
  let deletableFloor: IsoDate | undefined;
  if (input.category === 'buchungsbeleg') {
    const oldEnd = endOfYear(parsed.year + buchungsbelegYearsBeforeBegIv);
    if (input.financialSector === true) {
      years = buchungsbelegYearsBeforeBegIv;
      steps.push({
        code: 'rule',
        legalBasis: '§ 147 Abs. 3 AO',
        explanation:
          'Mandant aus dem Finanzsektor (Kreditinstitut, Versicherung, Wertpapierinstitut): die Verkürzung ' +
          'auf acht Jahre gilt für ihn nicht, es bleibt bei zehn Jahren.',
        date: endOfYear(parsed.year + years),
      });
    } else if (oldEnd < begIvEffectiveDate) {
      years = buchungsbelegYearsBeforeBegIv;
      steps.push({
        code: 'rule',
        legalBasis: 'Art. 97 § 19a Abs. 2 EGAO',
        explanation:
          `Die bisherige zehnjährige Frist war schon mit Ablauf des ${formatDateDe(oldEnd)} abgelaufen; die ` +
          'Verkürzung auf acht Jahre durch das Vierte Bürokratieentlastungsgesetz betrifft nur Fristen, die am ' +
          '01.01.2025 noch nicht abgelaufen waren.',
        date: oldEnd,
      });
    } else {
      deletableFloor = begIvEffectiveDate;
      steps.push({
        code: 'rule',
        legalBasis: 'Art. 97 § 19a Abs. 2 EGAO',
        explanation:
          'Buchungsbelege sind seit dem Vierten Bürokratieentlastungsgesetz acht statt zehn Jahre aufzubewahren; ' +
          'das gilt für alle Unterlagen, deren Frist am 01.01.2025 noch nicht abgelaufen war. Vernichtet werden ' +
          'darf frühestens ab dem 01.01.2025.',
        date: endOfYear(parsed.year + years),
      });
    }
  }

  const retainUntil = endOfYear(parsed.year + years);
  const deletableFrom = maxIsoDate(addDays(retainUntil, 1), deletableFloor ?? addDays(retainUntil, 1));
  steps.push({
    code: 'period',
    legalBasis: rule.legalBasis,
    explanation:
      `${rule.label}: Aufbewahrungsfrist ${years} Jahre; sie endet mit Ablauf des ${formatDateDe(retainUntil)}. ` +
      `Löschung bzw. Vernichtung ist ab dem ${formatDateDe(deletableFrom)} zulässig.`,
    date: retainUntil,
  });
  if (
    input.category === 'buecher' ||
    input.category === 'buchungsbeleg' ||
    input.category === 'geschaeftsbrief'
  ) {
    steps.push({
      code: 'hint',
      legalBasis: '§ 147 Abs. 3 letzter Satz AO',
      explanation:
        'Die Frist läuft nicht ab, solange die Unterlagen für Steuern von Bedeutung sind, deren ' +
        'Festsetzungsfrist noch nicht abgelaufen ist (Ablaufhemmung); laufende Einsprüche, Klagen oder ' +
        'Betriebsprüfungen sperren die Löschung ebenfalls.',
      date: retainUntil,
    });
  } else if (input.category === 'stb-handakte' || input.category === 'ra-handakte') {
    steps.push({
      code: 'hint',
      legalBasis: input.category === 'ra-handakte' ? '§ 50 Abs. 2 BRAO' : '§ 66 Abs. 2 StBerG',
      explanation:
        'Für Unterlagen, die dem Mandanten gehören, endet die Pflicht schon früher, wenn er sie nach ' +
        'Aufforderung nicht binnen sechs Monaten abgeholt hat.',
      date: retainUntil,
    });
  }
  return success({ years, retainUntil, deletableFrom, steps });
};
