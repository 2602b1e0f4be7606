import type { LandCode } from '../land';

export type SteuernummerErrorCode =
  | 'empty'
  | 'invalid-characters'
  | 'invalid-length'
  | 'length-mismatch'
  | 'missing-leading-zero'
  | 'land-mismatch'
  | 'format-key'
  | 'unknown-land-prefix'
  | 'invalid-bezirk'
  | 'invalid-unterscheidungsnummer'
  | 'invalid-check-digit'
  | 'ambiguous-land'
  | 'no-valid-land';

export type SteuernummerWarningCode =
  'unknown-bufa' | 'test-bufa' | 'berlin-variant-unknown' | 'land-inferred';

export interface SteuernummerWarning {
  code: SteuernummerWarningCode;
  /** German, for the user. */
  message: string;
}

/** One reading of an unlabelled printed number under a particular Land. */
export interface SteuernummerCandidate {
  land: LandCode;
  elster13: string;
  printed: string;
  bufa: string;
}

export interface SteuernummerError {
  ok: false;
  code: SteuernummerErrorCode;
  /** German, for the user. */
  message: string;
  /** Set for 'ambiguous-land': the readings that remain possible. */
  candidates?: SteuernummerCandidate[];
}

export interface SteuernummerOptions {
  /** Land of the issuing Finanzamt or of the client, if known. */
  land?: LandCode;
  /** Whether a BUFA exists in the Finanzamt directory; unknown BUFAs only produce a warning. */
  knownBufa?: (bufa: string) => boolean;
}

export type SteuernummerParseResult = ({ ok: true } & SteuernummerCandidate) | SteuernummerError;

export type SteuernummerResult =
  ({ ok: true; warnings: SteuernummerWarning[] } & SteuernummerCandidate) | SteuernummerError;
