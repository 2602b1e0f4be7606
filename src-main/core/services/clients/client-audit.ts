import type { StoredClient } from './client-writer';

export interface ClientDiff {
  before: Partial<StoredClient>;
  after: Partial<StoredClient>;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The changed fields only, before and after; null when nothing changed. Keeps the Verlauf readable. */
export function clientAuditDiff(before: StoredClient, after: StoredClient): ClientDiff | null {
  const diff: ClientDiff = { before: {}, after: {} };
  let changed = false;
  for (const key of Object.keys(after) as (keyof StoredClient)[]) {
    if (same(before[key], after[key])) continue;
    changed = true;
    (diff.before as Record<string, unknown>)[key] = before[key];
    (diff.after as Record<string, unknown>)[key] = after[key];
  }
  return changed ? diff : null;
}
