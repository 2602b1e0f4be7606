import { expect } from 'vitest';

import type { DeadlineError, DeadlineResult } from '../../../src-shared/rules/deadlines';

export const unwrap = <T>(result: DeadlineResult<T>): T => {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
};

export const unwrapError = <T>(result: DeadlineResult<T>): DeadlineError => {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('Expected an error result');
  return result.error;
};

/** 'Mon 03.03.2025' / '03.03.2025' (the doc's notation) → '2025-03-03'. */
export const de = (text: string): string => {
  const match = /(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!match) throw new Error(`Not a German date: ${text}`);
  return `${match[3]}-${match[2]}-${match[1]}`;
};
