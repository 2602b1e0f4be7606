import type Database from 'better-sqlite3';
import type { Actor } from '../../deps';

/**
 * Leaves out empty values: an imported client's audit record stays small but complete. `into` receives
 * the entries after its own (the import puts the line first without a second copy of the object).
 */
export function compact(value: object, into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const entry = (value as Record<string, unknown>)[key];
    if (entry === null || entry === undefined || (Array.isArray(entry) && entry.length === 0)) continue;
    into[key] = entry;
  }
  return into;
}

/**
 * One audit record per imported or updated client, written with a prepared statement in the import's
 * transaction (writeAudit goes through drizzle's builder, which costs more per row than the import's
 * budget allows). Same table and JSON layout as writeAudit, so the Verlauf reads them alike.
 */
export function bulkAuditWriter(sqlite: Database.Database, actor: Actor | null, at: string) {
  const insert = sqlite.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, action, entity_type, entity_id, before, after)
     VALUES (?, ?, ?, ?, 'client', ?, ?, ?)`,
  );
  const actorId = actor?.id ?? null;
  const actorName = actor?.displayName ?? 'System';
  return (action: string, clientId: number, before: unknown, after: unknown) =>
    insert.run(
      at,
      actorId,
      actorName,
      action,
      String(clientId),
      before === undefined ? null : JSON.stringify(before),
      after === undefined ? null : JSON.stringify(after),
    );
}
