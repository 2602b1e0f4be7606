import { formatEuro } from './format/amount';
import { formatDatum } from './format/date';
import { clean, sanitizeText } from './format/text';
import type { PlaceholderDefinition } from './placeholder-types';
import { findPlaceholder } from './registry';
import type { FlatValues, LoopItem, RenderValue } from './render-values';

/**
 * Values typed in for one document, by placeholder key: text for text/date/amount/block placeholders,
 * true/false (or "ja"/"nein") for conditions, one entry per line or a list for loops.
 */
export type OverrideValue =
  string | boolean | readonly string[] | readonly Readonly<Record<string, string>>[];
export type RenderOverrides = Readonly<Record<string, OverrideValue | null | undefined>>;

const yes = new Set(['ja', 'true', '1', 'wahr', 'x']);

function loopItems(definition: PlaceholderDefinition, value: OverrideValue): LoopItem[] {
  const primary = definition.primaryField ?? definition.fields?.[1]?.name ?? 'wert';
  const fieldNames = new Set((definition.fields ?? []).map((field) => field.name));
  const rows: Record<string, string>[] =
    typeof value === 'string'
      ? value.split('\n').map((line) => ({ [primary]: line }))
      : Array.isArray(value)
        ? value.map((entry: string | Readonly<Record<string, string>>) =>
            typeof entry === 'string' ? { [primary]: entry } : { ...entry },
          )
        : [];
  return rows
    .map((row) => {
      const item: Record<string, string> = {};
      for (const name of fieldNames) item[name] = clean(row[name]);
      return item;
    })
    .filter((item) => (item[primary] ?? '') !== '')
    .map((item, index) => ({ ...item, nr: String(index + 1) }));
}

/** The override as the value the template gets, formatted like a value from the database. */
export function normalizeOverride(
  definition: PlaceholderDefinition,
  value: OverrideValue,
): RenderValue | undefined {
  switch (definition.type) {
    case 'condition':
      return typeof value === 'boolean'
        ? value
        : typeof value === 'string'
          ? yes.has(clean(value).toLowerCase())
          : undefined;
    case 'loop':
      return loopItems(definition, value);
    default: {
      if (typeof value !== 'string')
        return Array.isArray(value) && definition.type === 'block' ? clean(value.join('\n')) : undefined;
      if (definition.type === 'date') return formatDatum(clean(value));
      if (definition.type === 'amount') return formatEuro(clean(value));
      if (definition.type === 'block') {
        return sanitizeText(value)
          .split('\n')
          .map((line) => line.trimEnd())
          .join('\n')
          .trim();
      }
      return clean(value).replace(/\n+/g, ' ');
    }
  }
}

/** Puts the overrides into the values; keys that are not in the registry are ignored. */
export function applyOverrides(values: FlatValues, overrides: RenderOverrides | undefined): void {
  if (!overrides) return;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null || value === undefined) continue;
    const definition = findPlaceholder(key);
    if (!definition) continue;
    const normalized = normalizeOverride(definition, value);
    if (normalized !== undefined) values.set(key, normalized);
  }
}
