import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../../src-shared/ipc';
import { users } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';

const toActor = (row: typeof users.$inferSelect): Actor => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
});

export function findActor(db: DbOrTx, id: number): Actor | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row ? toActor(row) : null;
}

/**
 * On first start there is nobody to act; this administrator acts (and is named in the
 * audit log) until the login feature lets the office create its real users.
 */
export function ensureInitialAdmin(deps: ServiceDeps): Actor {
  const existing = deps.db.select().from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).get();
  if (existing) return toActor(existing);
  return mutate(deps, null, ({ tx, now, audit }) => {
    const row = tx
      .insert(users)
      .values({
        username: 'admin',
        displayName: 'Administrator',
        role: 'admin',
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const actor = toActor(row);
    audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: actor });
    return actor;
  });
}
