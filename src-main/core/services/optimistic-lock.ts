import { and, desc, eq, notLike } from 'drizzle-orm';
import { AppError } from '../../../src-shared/errors/app-error';
import { auditLog } from '../db/schema';
import type { DbOrTx } from '../db/types';
import type { Actor } from './deps';

export interface LockedEntity {
  entityType: string;
  entityId: number | string;
  /** German subject with article, e.g. "Der Auftrag", "Die Kanzleidaten". */
  subject: string;
  /** Accusative pronoun for "Bitte laden Sie … neu": ihn, sie, es. */
  pronoun: 'ihn' | 'sie' | 'es';
  plural?: boolean;
}

/** Who changed the entity last, from the audit log (logins and failed attempts do not count). */
function lastEditor(tx: DbOrTx, entity: LockedEntity): { actorId: number | null; actorName: string } | null {
  return (
    tx
      .select({ actorId: auditLog.actorId, actorName: auditLog.actorName })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, entity.entityType),
          eq(auditLog.entityId, String(entity.entityId)),
          notLike(auditLog.action, 'auth.%'),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(1)
      .get() ?? null
  );
}

/**
 * Optimistic locking: an update names the version it was based on; if someone saved in between,
 * the update is refused with a conflict that names the last editor, and nothing changes.
 */
export function assertVersion(
  tx: DbOrTx,
  actor: Actor | null,
  entity: LockedEntity,
  expected: number,
  actual: number,
): void {
  if (expected === actual) return;
  const editor = lastEditor(tx, entity);
  const by = !editor
    ? ''
    : editor.actorId !== null && editor.actorId === actor?.id
      ? ' von Ihnen (in einem anderen Fenster oder einer anderen Ansicht)'
      : ` von ${editor.actorName}`;
  throw new AppError(
    'conflict',
    `${entity.subject} ${entity.plural ? 'wurden' : 'wurde'} inzwischen${by} geändert. Bitte laden Sie ${entity.pronoun} neu.`,
    `Version conflict on ${entity.entityType} ${entity.entityId}: expected ${expected}, found ${actual}`,
    { code: 'version_conflict', currentVersion: actual },
  );
}
