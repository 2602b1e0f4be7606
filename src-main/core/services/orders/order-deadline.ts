import { AppError } from '../../../../src-shared/errors/app-error';
import { unwrapDeadline } from '../deadlines/deadline-errors';
import type { dueSources } from '../../../../src-shared/ipc/contracts/orders';
import type { OrderDeadlineRule } from '../../../../src-shared/orders/order-catalogue';
import {
  einspruchsfrist,
  filingDeadline,
  formatDateDe,
  formatDateWithWeekdayDe,
  isLand,
  landNames,
  ustVaDeadline,
  type DeadlineStep,
  type Land,
  type TaxPeriod,
} from '../../../../src-shared/rules/deadlines';
import { periodLabel } from './order-period';

export type DueSource = (typeof dueSources)[number];

/** What an Einspruch Frist was computed from, kept so it can be recomputed later. */
export interface EinspruchBasis {
  bescheidDate: string;
  recipientLand?: Land | undefined;
  mitRechtsbehelfsbelehrung: boolean;
}

/**
 * Stored in orders.due_reason as JSON: the German text the user reads plus the engine's structured
 * steps (legal basis per step) and what was computed from. Rows with plain text (written by hand or
 * by an older version) are read as a manual reason.
 */
export interface DueReason {
  v: 1;
  source: DueSource;
  text: string;
  steps: DeadlineStep[];
  land?: Land;
  einspruch?: EinspruchBasis;
}

export interface Due {
  dueDate: string | null;
  reason: DueReason | null;
}

export const encodeDueReason = (reason: DueReason | null): string | null =>
  reason ? JSON.stringify(reason) : null;

export function decodeDueReason(stored: string | null): DueReason | null {
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<DueReason>;
    if (parsed && parsed.v === 1 && typeof parsed.text === 'string' && Array.isArray(parsed.steps)) {
      return parsed as DueReason;
    }
  } catch {
    // Plain text: fall through.
  }
  return { v: 1, source: 'manuell', text: stored, steps: [] };
}

export function manualDue(dueDate: string, note?: string | null): Due {
  const text = note ? `Manuell gesetzt: ${note}` : 'Manuell gesetzt';
  return { dueDate, reason: { v: 1, source: 'manuell', text, steps: [] } };
}

const stepLines = (steps: readonly DeadlineStep[]) =>
  steps.map((step) => `• ${step.explanation} [${step.legalBasis}]`);

/** Land whose holidays decide the Frist: the client's Finanzamt, else the office's seat. */
export function resolveLand(clientLand: string | null, officeLand: string | null, clientName: string): Land {
  if (clientLand && isLand(clientLand)) return clientLand;
  if (officeLand && isLand(officeLand)) return officeLand;
  throw new AppError(
    'validation',
    `Für „${clientName}“ ist kein Bundesland des Finanzamts hinterlegt, und die Kanzleidaten enthalten keines. ` +
      'Bitte ergänzen Sie eines davon, damit die Frist berechnet werden kann.',
    'No Land for deadline computation',
    { code: 'land_missing' },
  );
}

export interface RuleInput {
  rule: OrderDeadlineRule;
  typeName: string;
  period: TaxPeriod | null;
  land: Land;
  dauerfristverlaengerung: boolean;
  einspruch?: EinspruchBasis | undefined;
}

/** The Frist of an order from the deadline engine, with a German reason built from its steps. */
export function computeDue(input: RuleInput): Due {
  const where = `Finanzamt in ${landNames[input.land]}`;
  switch (input.rule) {
    case 'ustva': {
      if (!input.period || input.period.kind === 'year') throw new Error('USt-VA needs a month or quarter');
      const value = unwrapDeadline(
        ustVaDeadline({
          period: input.period,
          land: input.land,
          dauerfristverlaengerung: input.dauerfristverlaengerung,
        }),
        'period',
      );
      const header =
        `${input.typeName} ${periodLabel(input.period)}: Frist ${formatDateWithWeekdayDe(value.fristende)} ` +
        `(${where}${input.dauerfristverlaengerung ? ', mit Dauerfristverlängerung' : ', ohne Dauerfristverlängerung'}).`;
      return {
        dueDate: value.fristende,
        reason: {
          v: 1,
          source: 'ustva',
          text: [header, ...stepLines(value.steps)].join('\n'),
          steps: [...value.steps],
          land: input.land,
        },
      };
    }
    case 'jahreserklaerung': {
      if (!input.period || input.period.kind !== 'year') throw new Error('Annual return needs a year');
      // The office prepares the return, so the advised deadline of § 149 Abs. 3 AO applies.
      const value = unwrapDeadline(
        filingDeadline({ taxYear: input.period.year, advised: true, land: input.land }),
        'period',
      );
      const header =
        `${input.typeName} ${input.period.year}: Abgabefrist ${formatDateWithWeekdayDe(value.fristende)} ` +
        `bei Erstellung durch die Kanzlei (${where}).`;
      return {
        dueDate: value.fristende,
        reason: {
          v: 1,
          source: 'jahreserklaerung',
          text: [header, ...stepLines(value.steps)].join('\n'),
          steps: [...value.steps],
          land: input.land,
        },
      };
    }
    case 'einspruch': {
      const basis = input.einspruch;
      if (!basis) throw new Error('Einspruch needs a Bescheid date');
      const value = unwrapDeadline(
        einspruchsfrist({
          bescheidDate: basis.bescheidDate,
          finanzamtLand: input.land,
          recipientLand: basis.recipientLand,
          mitRechtsbehelfsbelehrung: basis.mitRechtsbehelfsbelehrung,
        }),
        'bescheidDate',
      );
      const header =
        `Einspruchsfrist gegen den Bescheid vom ${formatDateDe(basis.bescheidDate)}: Bekanntgabe ` +
        `${formatDateDe(value.bekanntgabe)}, Fristende ${formatDateWithWeekdayDe(value.fristende)} (${where}` +
        `${basis.mitRechtsbehelfsbelehrung ? '' : ', ohne ordnungsgemäße Rechtsbehelfsbelehrung'}).`;
      return {
        dueDate: value.fristende,
        reason: {
          v: 1,
          source: 'einspruch',
          text: [header, ...stepLines(value.steps)].join('\n'),
          steps: [...value.steps],
          land: input.land,
          einspruch: basis,
        },
      };
    }
  }
}
