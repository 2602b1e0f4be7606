import type { SteuernummerError, SteuernummerErrorCode } from './types';

export const steuernummerError = (code: SteuernummerErrorCode, message: string): SteuernummerError => ({
  ok: false,
  code,
  message,
});
