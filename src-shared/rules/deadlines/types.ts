/**
 * A calendar date 'YYYY-MM-DD'. Deliberately a plain string and never a `Date`: a Frist ends on a civil
 * day, and a `Date` is an instant whose day depends on the timezone it is read in.
 */
export type IsoDate = string;

export type DeadlineStepCode =
  | 'start'
  | 'bekanntgabe-fiction'
  | 'actual-receipt'
  | 'rule'
  | 'fallback'
  | 'period'
  | 'extension'
  | 'shift'
  | 'no-shift'
  | 'hint';

/** One link in the chain of reasoning shown to the user ("why does the Frist end on this day?"). */
export interface DeadlineStep {
  readonly code: DeadlineStepCode;
  /** Norm(s) the step rests on, e.g. '§ 108 Abs. 3 AO'. */
  readonly legalBasis: string;
  /** German text for the user. */
  readonly explanation: string;
  /** The intermediate result after this step. */
  readonly date: IsoDate;
}

export type DeadlineErrorCode =
  'invalid-date' | 'invalid-land' | 'invalid-period' | 'out-of-range' | 'invalid-input';

export interface DeadlineError {
  readonly code: DeadlineErrorCode;
  /** Name of the offending input field, so a form can highlight it. */
  readonly field?: string;
  /** German text for the user. */
  readonly message: string;
}

/** Same envelope shape as `IpcResult`, so callers can pass results through without re-wrapping. */
export type DeadlineResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DeadlineError };

export const success = <T>(value: T): DeadlineResult<T> => ({ ok: true, value });
