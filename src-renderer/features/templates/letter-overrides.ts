import type { z } from 'zod';
import type { missingValueSchema, overridesSchema } from '../../../src-shared/templates/template-schemas';

export type MissingValue = z.infer<typeof missingValueSchema>;
export type Overrides = z.infer<typeof overridesSchema>;

/** What the user typed for one missing value: text for most types, a checkbox for conditions. */
export type OverrideInput = string | boolean;

/** The typed values as the core's overrides: empty inputs are left out, loops become one entry per line. */
export function toOverrides(
  fields: readonly MissingValue[],
  inputs: Readonly<Record<string, OverrideInput>>,
): Overrides {
  const overrides: Overrides = {};
  for (const field of fields) {
    const value = inputs[field.key];
    if (value === undefined) continue;
    if (field.type === 'condition') {
      if (typeof value === 'boolean') overrides[field.key] = value;
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (field.type === 'loop') {
      const lines = value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (lines.length > 0) overrides[field.key] = lines;
      continue;
    }
    overrides[field.key] = field.type === 'block' ? value : value.trim();
  }
  return overrides;
}

/**
 * The inputs offered so far: every value the preview reported missing for this template, client and
 * order stays, also once the typed value makes the report drop it.
 */
export function mergeFields(
  known: readonly MissingValue[],
  reported: readonly MissingValue[],
): MissingValue[] {
  const seen = new Set(known.map((field) => field.key));
  const added = reported.filter((field) => !seen.has(field.key));
  return added.length === 0 ? [...known] : [...known, ...added];
}
