export { computeSteuerIdCheckDigit, formatSteuerId, validateSteuerId } from './validate-steuer-id';
export type { SteuerIdErrorCode, SteuerIdOptions, SteuerIdResult } from './validate-steuer-id';
