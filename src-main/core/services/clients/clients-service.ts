import { and, asc, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { ClientSummary, CreateClientInput } from '../../../../src-shared/ipc';
import type { clientsContracts } from '../../../../src-shared/ipc/contracts/clients';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { clients } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { nextClientNumber } from './client-number';

type ClientRow = typeof clients.$inferSelect;
export type ListClientsInput = ContractParsedInput<typeof clientsContracts.list>;

export const toClientSummary = (row: ClientRow): ClientSummary => ({
  id: row.id,
  clientNumber: row.clientNumber,
  kind: row.kind,
  status: row.status,
  displayName: row.displayName,
  firstName: row.firstName,
  lastName: row.lastName,
  companyName: row.companyName,
  city: row.city,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

const sortColumns = {
  clientNumber: clients.clientNumber,
  displayName: clients.displayName,
  city: clients.city,
  status: clients.status,
  createdAt: clients.createdAt,
} as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listClients(db: DbOrTx, input: ListClientsInput): { items: ClientSummary[]; total: number } {
  const conditions: SQL[] = [];
  const query = input.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    const match = or(
      like(clients.displayName, pattern),
      like(clients.clientNumber, pattern),
      like(clients.city, pattern),
    );
    if (match) conditions.push(match);
  }
  if (input.status) conditions.push(eq(clients.status, input.status));
  if (input.kind) conditions.push(eq(clients.kind, input.kind));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const column = sortColumns[input.sortBy];
  const rows = db
    .select()
    .from(clients)
    .where(where)
    .orderBy(input.sortDir === 'desc' ? desc(column) : asc(column), asc(clients.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = db.select({ n: count() }).from(clients).where(where).get()?.n ?? 0;
  return { items: rows.map(toClientSummary), total };
}

export function getClient(db: DbOrTx, id: number): ClientSummary {
  const row = db.select().from(clients).where(eq(clients.id, id)).get();
  if (!row) {
    throw new AppError('not_found', 'Der Mandant wurde nicht gefunden.', `Client ${id} not found`, {
      code: 'client_not_found',
    });
  }
  return toClientSummary(row);
}

export const displayNameFor = (input: CreateClientInput): string =>
  input.kind === 'company'
    ? input.companyName.trim()
    : [input.lastName.trim(), input.firstName?.trim()].filter(Boolean).join(', ');

export function createClient(deps: ServiceDeps, actor: Actor, input: CreateClientInput): ClientSummary {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const row = tx
      .insert(clients)
      .values({
        clientNumber: nextClientNumber(tx),
        kind: input.kind,
        firstName: input.kind === 'person' ? input.firstName?.trim() || null : null,
        lastName: input.kind === 'person' ? input.lastName.trim() : null,
        companyName: input.kind === 'company' ? input.companyName.trim() : null,
        displayName: displayNameFor(input),
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const summary = toClientSummary(row);
    audit({ action: 'client.create', entityType: 'client', entityId: row.id, after: summary });
    return summary;
  });
}
