import { eq } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import { berater, clients, users } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import { findOffice } from '../office/office-service';

export type ClientRow = typeof clients.$inferSelect;

export function loadClient(tx: DbOrTx, id: number): ClientRow {
  const row = tx.select().from(clients).where(eq(clients.id, id)).get();
  if (!row) {
    throw new AppError('validation', 'Der Mandant wurde nicht gefunden.', `Client ${id} not found`, {
      field: 'clientId',
      code: 'client_not_found',
    });
  }
  return row;
}

/** A Berater named for an order must exist and be active. */
export function assertBeraterUsable(tx: DbOrTx, id: number): void {
  const row = tx
    .select({ name: berater.name, active: berater.active })
    .from(berater)
    .where(eq(berater.id, id))
    .get();
  if (!row) {
    throw new AppError('validation', 'Der Berater wurde nicht gefunden.', `Berater ${id} not found`, {
      field: 'beraterId',
      code: 'berater_not_found',
    });
  }
  if (!row.active) {
    throw new AppError(
      'validation',
      `${row.name} ist deaktiviert und kann keine Aufträge übernehmen.`,
      `Berater ${id} inactive`,
      { field: 'beraterId', code: 'berater_inactive' },
    );
  }
}

export function assertUserAssignable(tx: DbOrTx, id: number): void {
  const row = tx
    .select({ name: users.displayName, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row) {
    throw new AppError('validation', 'Der Benutzer wurde nicht gefunden.', `User ${id} not found`, {
      field: 'assignedUserId',
      code: 'user_not_found',
    });
  }
  if (!row.active) {
    throw new AppError(
      'validation',
      `${row.name} ist deaktiviert und kann keine Aufträge übernehmen.`,
      `User ${id} inactive`,
      { field: 'assignedUserId', code: 'user_inactive' },
    );
  }
}

/** The client's Berater, if still active: the default for new orders. */
export function defaultBeraterOf(tx: DbOrTx, client: ClientRow): number | null {
  if (client.beraterId === null) return null;
  const row = tx
    .select({ active: berater.active })
    .from(berater)
    .where(eq(berater.id, client.beraterId))
    .get();
  return row?.active ? client.beraterId : null;
}

export const officeLand = (tx: DbOrTx): string | null => findOffice(tx)?.land ?? null;
