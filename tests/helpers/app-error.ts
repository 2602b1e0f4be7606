import { expect } from 'vitest';
import { AppError } from '../../src-shared/errors/app-error';

/** Runs fn and checks it throws an AppError whose German user message matches. */
export function expectAppError(fn: () => unknown, userMessage: RegExp, kind?: AppError['kind']): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.userMessage).toMatch(userMessage);
    if (kind) expect(appError.kind).toBe(kind);
    return appError;
  }
  throw new Error(`Expected an AppError matching ${String(userMessage)}`);
}
