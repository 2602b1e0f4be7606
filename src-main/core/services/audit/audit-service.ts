import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../../../src-shared/ipc';
import { auditLog } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { Actor } from '../deps';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export function writeAudit(tx: DbOrTx, actor: Actor | null, at: string, record: AuditRecord): void {
  tx.insert(auditLog)
    .values({
      at,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? 'System',
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
    })
    .run();
}

export function listAudit(
  db: DbOrTx,
  filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number },
): AuditEntry[] {
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .all();
}
