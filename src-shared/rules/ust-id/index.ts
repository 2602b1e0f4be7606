export { euVatFormatFor, euVatFormats } from './eu-vat-formats';
export type { EuVatFormat } from './eu-vat-formats';
export { normalizeUstIdNr, validateUstIdNr } from './ust-idnr';
export type { UstIdNrErrorCode, UstIdNrResult } from './ust-idnr';
export { validateWIdNr } from './w-idnr';
export type { WIdNrErrorCode, WIdNrResult, WIdNrWarningCode } from './w-idnr';
