import { periodStep } from './bgb-period';
import { addDays } from './calendar-date';
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

/**
 * How the Verwaltungsakt reached the recipient: by post (§ 122 Abs. 2 Nr. 1 AO), electronically
 * transmitted (§ 122 Abs. 2a AO), made available for download via ELSTER (§ 122a Abs. 4 AO), by
 * Einschreiben (§ 4 Abs. 2 VwZG) or by post abroad (§ 122 Abs. 2 Nr. 2 AO).
 */
export type BekanntgabeMethod = 'post' | 'elektronisch' | 'datenabruf' | 'einschreiben' | 'ausland';

export const bekanntgabeMethods: readonly BekanntgabeMethod[] = [
  'post',
  'elektronisch',
  'datenabruf',
  'einschreiben',
  'ausland',
];

export interface BekanntgabeInput {
  /** Day of Aufgabe zur Post, electronic transmission or Bereitstellung zum Abruf (not the download day). */
  readonly postedOn: IsoDate;
  /**
   * Land whose holidays move a fiction day that falls on a holiday: the recipient's place (OFD Nürnberg
   * 29.07.2004). For 'ausland' there is none; pass the Finanzamt's Land.
   */
  readonly recipientLand: Land;
  readonly method?: BekanntgabeMethod;
  /** A documented receipt later than the fiction day; an earlier receipt is ignored by law. */
  readonly actualReceipt?: IsoDate;
  readonly municipalHolidays?: HolidayOptions['municipalHolidays'];
}

export interface BekanntgabeResult {
  readonly bekanntgabe: IsoDate;
  /** The fiction day before any § 108 Abs. 3 AO shift. */
  readonly fictionDate: IsoDate;
  readonly steps: readonly DeadlineStep[];
}

/** Last posting day under the 3-day fiction; the PostModG's 4-day fiction covers acts posted after it. */
export const lastDayOfThreeDayFiction: IsoDate = '2024-12-31';

interface MethodText {
  readonly legalBasis: string;
  /** Genitive phrase: "am vierten Tag nach …". */
  readonly after: string;
  /** Noun phrase for the start step. */
  readonly start: string;
}

const methodTexts: Readonly<Record<BekanntgabeMethod, MethodText>> = {
  post: { legalBasis: '§ 122 Abs. 2 Nr. 1 AO', after: 'der Aufgabe zur Post', start: 'Aufgabe zur Post' },
  elektronisch: {
    legalBasis: '§ 122 Abs. 2a AO',
    after: 'der Absendung',
    start: 'Elektronische Übermittlung',
  },
  datenabruf: {
    legalBasis: '§ 122a Abs. 4 Satz 1 AO',
    after: 'der Bereitstellung zum Abruf',
    start: 'Bereitstellung zum Datenabruf',
  },
  einschreiben: {
    legalBasis: '§ 4 Abs. 2 Satz 2 VwZG',
    after: 'der Aufgabe zur Post',
    start: 'Aufgabe des Einschreibens zur Post',
  },
  ausland: {
    legalBasis: '§ 122 Abs. 2 Nr. 2 AO',
    after: 'der Aufgabe zur Post',
    start: 'Aufgabe zur Post ins Ausland',
  },
};

const startStep = (postedOn: IsoDate, method: BekanntgabeMethod): DeadlineStep => ({
  code: 'start',
  legalBasis: methodTexts[method].legalBasis,
  explanation:
    `${methodTexts[method].start} am ${formatDateWithWeekdayDe(postedOn)}.` +
    (method === 'datenabruf'
      ? ' Maßgeblich ist der Tag der Bereitstellung, nicht der Tag des Abrufs oder des Lesens der ' +
        'Benachrichtigung.'
      : ''),
  date: postedOn,
});

const domesticFictionStep = (postedOn: IsoDate, method: BekanntgabeMethod): DeadlineStep => {
  const text = methodTexts[method];
  const oldRule = postedOn <= lastDayOfThreeDayFiction;
  const days = oldRule ? 3 : 4;
  const date = addDays(postedOn, days);
  const regime = oldRule
    ? 'Für bis zum 31.12.2024 zur Post gegebene, übermittelte oder bereitgestellte Verwaltungsakte gilt ' +
      'noch die Drei-Tage-Fiktion (Fassung vor dem Postrechtsmodernisierungsgesetz).'
    : 'Für nach dem 31.12.2024 zur Post gegebene, übermittelte oder bereitgestellte Verwaltungsakte gilt ' +
      'die Vier-Tage-Fiktion (Postrechtsmodernisierungsgesetz, BGBl. 2024 I Nr. 236).';
  return {
    code: 'bekanntgabe-fiction',
    legalBasis: oldRule ? `${text.legalBasis} a. F.` : text.legalBasis,
    explanation:
      `Der Verwaltungsakt gilt am ${oldRule ? 'dritten' : 'vierten'} Tag nach ${text.after} als bekannt ` +
      `gegeben: ${formatDateWithWeekdayDe(date)}. ${regime} Ein früherer Zugang verkürzt die Frist nicht.`,
    date,
  };
};

const abroadFictionStep = (postedOn: IsoDate): DeadlineStep => {
  const { step } = periodStep({
    eventDay: postedOn,
    length: { unit: 'months', amount: 1 },
    name: 'Die Frist der Bekanntgabefiktion bei Versand ins Ausland',
    event: 'der Aufgabe zur Post',
    periodBasis: '§ 122 Abs. 2 Nr. 2 AO',
    computationBasis: '§ 108 Abs. 1 AO',
  });
  return { ...step, code: 'bekanntgabe-fiction' };
};

/** Unvalidated core, shared with the Einspruchsfrist. */
export const bekanntgabeCore = (input: BekanntgabeInput): BekanntgabeResult => {
  const method = input.method ?? 'post';
  const fiction =
    method === 'ausland' ? abroadFictionStep(input.postedOn) : domesticFictionStep(input.postedOn, method);
  const shift = shiftCore(fiction.date, input.recipientLand, {
    subject: 'bekanntgabe',
    municipalHolidays: input.municipalHolidays,
    calendarNote:
      method === 'ausland'
        ? `${landNames[input.recipientLand]} (ersatzweise, da der Empfänger im Ausland ist)`
        : `${landNames[input.recipientLand]} (Ort des Empfängers; BFH 14.10.2003, BStBl 2003 II S. 898: ` +
          'die Bekanntgabefiktion ist eine Frist im Sinne des § 108 AO)',
  });
  const steps: DeadlineStep[] = [startStep(input.postedOn, method), fiction, ...shift.steps];
  let bekanntgabe = shift.date;
  const receipt = input.actualReceipt;
  if (receipt !== undefined) {
    if (receipt > bekanntgabe) {
      bekanntgabe = receipt;
      steps.push({
        code: 'actual-receipt',
        legalBasis: '§ 122 Abs. 2 AO',
        explanation:
          `Der Verwaltungsakt ist nachweislich erst am ${formatDateWithWeekdayDe(receipt)} zugegangen; ` +
          'bei späterem Zugang ist dieser Tag maßgeblich (im Zweifel muss die Behörde Zugang und Zeitpunkt ' +
          'nachweisen).',
        date: receipt,
      });
    } else {
      steps.push({
        code: 'hint',
        legalBasis: '§ 122 Abs. 2 AO',
        explanation:
          `Der tatsächliche Zugang am ${formatDateWithWeekdayDe(receipt)} liegt nicht nach dem ` +
          'Bekanntgabetag; ein früherer Zugang verkürzt die Frist nicht, es bleibt bei der Bekanntgabefiktion.',
        date: bekanntgabe,
      });
    }
  }
  return { bekanntgabe, fictionDate: fiction.date, steps };
};

/** Day on which a written Verwaltungsakt is deemed notified (§ 122 Abs. 2, 2a, § 122a Abs. 4 AO). */
export const bekanntgabe = (input: BekanntgabeInput): DeadlineResult<BekanntgabeResult> => {
  const invalid = firstError(
    checkDate(input.postedOn, 'postedOn', 'Tag der Aufgabe zur Post'),
    checkLand(input.recipientLand, 'recipientLand', 'Bundesland des Empfängers'),
    input.method === undefined || bekanntgabeMethods.includes(input.method)
      ? undefined
      : problem('invalid-input', `Unbekannte Bekanntgabeart „${String(input.method)}“.`, 'method'),
    checkOptionalDate(input.actualReceipt, 'actualReceipt', 'Tag des tatsächlichen Zugangs'),
    input.actualReceipt !== undefined && input.actualReceipt < input.postedOn
      ? problem('invalid-input', 'Der Zugang kann nicht vor der Aufgabe zur Post liegen.', 'actualReceipt')
      : undefined,
    checkHolidayOptions(input, 'municipalHolidays'),
  );
  return invalid ? rejected(invalid) : success(bekanntgabeCore(input));
};
