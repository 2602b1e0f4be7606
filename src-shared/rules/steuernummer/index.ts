export { formatSteuernummer, regionalToElster, splitElster, toBundesschema } from './conversion';
export type { ElsterParts } from './conversion';
export { checkDigitFor } from './check-digit';
export { landFromBufa, steuernummerFormats } from './land-formats';
export type { CheckDigitProcedure, SteuernummerFormat } from './land-formats';
export { parseSteuernummer } from './parse';
export { checkElsterSteuernummer, computeSteuernummerCheckDigit } from './plausibility';
export { isElsterTestBufa } from './test-bufas';
export { validateSteuernummer } from './validate';
export type {
  SteuernummerCandidate,
  SteuernummerError,
  SteuernummerErrorCode,
  SteuernummerOptions,
  SteuernummerParseResult,
  SteuernummerResult,
  SteuernummerWarning,
  SteuernummerWarningCode,
} from './types';
