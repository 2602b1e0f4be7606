export { createFinanzamtLookup, finanzamtAddressLines, finanzamtDisplayName } from './lookup';
export type { FinanzamtLookup } from './lookup';
export { finanzamtDirectorySchema, finanzamtSchema } from './types';
export type { Finanzamt, FinanzamtDirectory } from './types';
