export { validateBic, normalizeBic } from './bic';
export type { BicErrorCode, BicResult } from './bic';
export { formatIban, normalizeIban, validateIban } from './iban';
export type { IbanErrorCode, IbanResult } from './iban';
