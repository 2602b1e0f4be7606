import type { z } from 'zod';

/** zod issues as form errors keyed by dotted path, the first message per field. */
export function issuesToErrors(error: z.ZodError, prefix = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = prefix + issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/**
 * Splits the core's field errors (details.fields, keyed by input path) into those the form shows at a
 * field and the rest, which the form shows above its buttons.
 */
export function splitFieldErrors(
  fields: Record<string, string>,
  known: ReadonlySet<string>,
  rename: (path: string) => string = (path) => path,
): { errors: Record<string, string>; unmatched: string[] } {
  const errors: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = rename(path);
    if (known.has(field)) errors[field] ??= message;
    else unmatched.push(message);
  }
  return { errors, unmatched };
}
