import type Database from 'better-sqlite3';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { ClientDetail } from '../../../../src-shared/clients/client-output';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { assertVersion } from '../optimistic-lock';
import { clientNotFound } from './client-errors';
import { invalidateClientOrder } from './client-order-cache';
import { loadClient, toStoredClient } from './client-reader';
import { syncPartnerLink } from './client-references';
import { loadDetail, lockedClient } from './client-save';
import { ClientWriter } from './client-writer';

// The client's own lists go with it; everything else that points at a client is a dependent.
const ownTables = new Set([
  'clients',
  'client_tax_numbers',
  'client_bank_accounts',
  'client_contacts',
  'client_tags',
]);

const dependentLabels: Readonly<Record<string, string>> = {
  orders: 'Aufträge',
  documents: 'Dokumente',
  deadlines: 'Fristen',
};

/**
 * Rows in other tables that reference the client, found through the schema's foreign keys so that
 * tables added later (documents) are covered without touching this code.
 */
export function clientDependents(sqlite: Database.Database, id: number): { table: string; count: number }[] {
  const references = sqlite
    .prepare(
      `SELECT m.name AS tbl, p."from" AS col FROM sqlite_master m, pragma_foreign_key_list(m.name) p
       WHERE m.type = 'table' AND p."table" = 'clients'`,
    )
    .all() as { tbl: string; col: string }[];
  // One count per table: a row that points at the client twice (a document filed to and pre-assigned to
  // it) is one dependent, not two.
  const columnsByTable = new Map<string, string[]>();
  for (const ref of references) {
    if (ownTables.has(ref.tbl)) continue;
    columnsByTable.set(ref.tbl, [...(columnsByTable.get(ref.tbl) ?? []), ref.col]);
  }
  return [...columnsByTable]
    .map(([table, columns]) => ({
      table,
      count:
        (sqlite
          .prepare(
            `SELECT count(*) FROM "${table}" WHERE ${columns.map((col) => `"${col}" = ?`).join(' OR ')}`,
          )
          .pluck()
          .get(...columns.map(() => id)) as number) ?? 0,
    }))
    .filter((dependent) => dependent.count > 0);
}

/** Archiving instead of deleting: status ehemalig, archivedAt set, everything else kept. */
export function archiveClient(
  deps: ServiceDeps,
  actor: Actor,
  input: { id: number; version: number },
): ClientDetail {
  const loaded = loadClient(deps.sqlite, input.id);
  if (!loaded) throw clientNotFound(input.id);
  assertVersion(deps.db, actor, lockedClient(input.id), input.version, loaded.row.version);
  if (loaded.row.status === 'ehemalig' && loaded.row.archived_at) return loadDetail(deps, input.id);
  mutate(deps, actor, ({ now, audit }) => {
    deps.sqlite
      .prepare(
        `UPDATE clients SET status = 'ehemalig', archived_at = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ?`,
      )
      .run(now, now, input.id, input.version);
    invalidateClientOrder(deps.sqlite);
    audit({
      action: 'client.archive',
      entityType: 'client',
      entityId: input.id,
      before: { status: loaded.row.status, archivedAt: loaded.row.archived_at },
      after: { status: 'ehemalig', archivedAt: now },
    });
  });
  return loadDetail(deps, input.id);
}

/** Deletes a client only when nothing depends on it; the audit record keeps what was deleted. */
export function deleteClient(
  deps: ServiceDeps,
  actor: Actor,
  input: { id: number; version: number },
): { deleted: true; id: number; clientNumber: string } {
  const loaded = loadClient(deps.sqlite, input.id);
  if (!loaded) throw clientNotFound(input.id);
  assertVersion(deps.db, actor, lockedClient(input.id), input.version, loaded.row.version);
  const dependents = clientDependents(deps.sqlite, input.id);
  if (dependents.length > 0) {
    const what = dependents
      .map((d) => `${d.count} ${dependentLabels[d.table] ?? `Einträge (${d.table})`}`)
      .join(', ');
    throw new AppError(
      'conflict',
      `Der Mandant ${loaded.row.client_number} kann nicht gelöscht werden, weil noch ${what} zu ihm gehören. Archivieren Sie ihn stattdessen.`,
      `Client ${input.id} has dependents`,
      { code: 'client_has_dependents', dependents },
    );
  }
  const before = toStoredClient(loaded);
  mutate(deps, actor, ({ now, audit }) => {
    for (const other of syncPartnerLink(deps.sqlite, input.id, before.partnerId, null, now)) {
      audit({
        action: 'client.partner_link',
        entityType: 'client',
        entityId: other,
        after: { partnerId: null },
      });
    }
    // A one-sided link (older data) would block the delete through the foreign key.
    deps.sqlite.prepare('UPDATE clients SET partner_id = NULL WHERE partner_id = ?').run(input.id);
    new ClientWriter(deps.sqlite).delete(input.id);
    audit({ action: 'client.delete', entityType: 'client', entityId: input.id, before });
  });
  return { deleted: true, id: input.id, clientNumber: before.clientNumber };
}
