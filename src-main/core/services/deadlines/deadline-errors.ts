import { AppError } from '../../../../src-shared/errors/app-error';
import type { DeadlineResult } from '../../../../src-shared/rules/deadlines';

/** The engine's refusal (German message, offending field) as a validation error. */
export function unwrapDeadline<T>(result: DeadlineResult<T>, fallbackField?: string): T {
  if (result.ok) return result.value;
  const field = result.error.field ?? fallbackField;
  throw new AppError('validation', result.error.message, `Deadline engine refused: ${result.error.code}`, {
    code: result.error.code,
    ...(field ? { field } : {}),
  });
}
