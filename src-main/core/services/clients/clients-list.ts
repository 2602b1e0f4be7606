import type Database from 'better-sqlite3';
import type { ClientKind, ClientSortField, ClientStatus } from '../../../../src-shared/clients/client-enums';
import type { ClientSummary } from '../../../../src-shared/clients/client-output';
import { cachedStatement } from '../../db/statement-cache';
import { toSummary, type SummaryRow } from './client-detail';
import { orderedPage } from './client-order-cache';

import { buildFtsQuery } from './search-query';

export interface ListClientsInput {
  query?: string | undefined;
  status?: ClientStatus | undefined;
  kind?: ClientKind | undefined;
  beraterId?: number | undefined;
  tag?: string | undefined;
  sortBy: ClientSortField;
  sortDir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

// German-aware keys written by the service (see client-writer.ts); id breaks ties so pages are stable.
const sortColumns: Readonly<Record<ClientSortField, string>> = {
  clientNumber: 'c.sort_number',
  displayName: 'c.sort_name',
  city: 'c.sort_city',
  postalCode: 'c.postal_code',
  status: 'c.status',
  createdAt: 'c.created_at',
};

function filters(input: ListClientsInput): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.status) {
    where.push('c.status = ?');
    params.push(input.status);
  }
  if (input.kind) {
    where.push('c.kind = ?');
    params.push(input.kind);
  }
  if (input.beraterId !== undefined) {
    where.push('c.berater_id = ?');
    params.push(input.beraterId);
  }
  if (input.tag) {
    where.push('EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND t.tag = ?)');
    params.push(input.tag);
  }
  return { where, params };
}

function tagsFor(sqlite: Database.Database, ids: number[]): Map<number, string[]> {
  const tags = new Map<number, string[]>();
  if (ids.length === 0) return tags;
  const rows = cachedStatement(
    sqlite,
    'SELECT client_id AS id, tag FROM client_tags WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  ).all(JSON.stringify(ids)) as { id: number; tag: string }[];
  for (const row of rows) tags.set(row.id, [...(tags.get(row.id) ?? []), row.tag]);
  return tags;
}

// What a list row shows (see toSummary); narrower than SELECT * for speed.
const SUMMARY_COLUMNS = [
  'id',
  'client_number',
  'kind',
  'status',
  'display_name',
  'first_name',
  'last_name',
  'company_name',
  'street',
  'postal_code',
  'city',
  'email',
  'phone',
  'berater_id',
  'archived_at',
  'created_at',
  'updated_at',
  'version',
].join(', ');

const MATCHES =
  'FROM (SELECT rowid AS id FROM clients_fts WHERE clients_fts MATCH ?) m CROSS JOIN clients c ON c.id = m.id';

function rowsByIds(sqlite: Database.Database, ids: number[]): SummaryRow[] {
  if (ids.length === 0) return [];
  const rows = cachedStatement(
    sqlite,
    `SELECT ${SUMMARY_COLUMNS} FROM clients WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The client list: search as you type (FTS5, see search-query.ts), filters, German-aware sort, one page.
 * A search takes the matching ids from the FTS index and orders them with the in-memory order of all
 * clients (client-order-cache.ts); only the page's rows are read. Searches filtered by Berater or tag
 * join in SQL instead: the FTS matches drive the loop (CROSS JOIN keeps SQLite from walking the sort
 * index and probing the matches), only ids and sort keys go through the sorter.
 */
export function listClients(
  sqlite: Database.Database,
  input: ListClientsInput,
): { items: ClientSummary[]; total: number } {
  const match = input.query ? buildFtsQuery(input.query) : null;
  const { where, params } = filters(input);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = `ORDER BY ${sortColumns[input.sortBy]} ${dir}, c.id ${dir}`;
  let rows: SummaryRow[];
  let total: number;
  if (match && input.beraterId === undefined && !input.tag) {
    const matches = cachedStatement(sqlite, 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?')
      .pluck()
      .all(match) as number[];
    const page = orderedPage(sqlite, matches, input);
    total = page.total;
    rows = rowsByIds(sqlite, page.ids);
  } else if (match) {
    const ids = cachedStatement(sqlite, `SELECT c.id ${MATCHES} ${whereSql} ${order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(match, ...params, input.limit, input.offset) as number[];
    total = (
      where.length === 0
        ? cachedStatement(sqlite, 'SELECT count(*) FROM clients_fts WHERE clients_fts MATCH ?')
            .pluck()
            .get(match)
        : cachedStatement(sqlite, `SELECT count(*) ${MATCHES} ${whereSql}`)
            .pluck()
            .get(match, ...params)
    ) as number;
    rows = rowsByIds(sqlite, ids);
  } else {
    rows = cachedStatement(
      sqlite,
      `SELECT ${SUMMARY_COLUMNS.replace(/(\w+)/g, 'c.$1')} FROM clients c ${whereSql} ${order} LIMIT ? OFFSET ?`,
    ).all(...params, input.limit, input.offset) as SummaryRow[];
    total = cachedStatement(sqlite, `SELECT count(*) FROM clients c ${whereSql}`)
      .pluck()
      .get(...params) as number;
  }
  const tags = tagsFor(
    sqlite,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toSummary(row, tags.get(row.id) ?? [])), total };
}

/** Ids of every client the list would show for these filters and search, in no particular order. */
export function matchingClientIds(
  sqlite: Database.Database,
  input: Omit<ListClientsInput, 'sortBy' | 'sortDir' | 'offset' | 'limit'>,
): number[] {
  const match = input.query ? buildFtsQuery(input.query) : null;
  const { where, params } = filters({
    ...input,
    sortBy: 'clientNumber',
    sortDir: 'asc',
    offset: 0,
    limit: 0,
  });
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const from = match ? MATCHES : 'FROM clients c';
  return sqlite
    .prepare(`SELECT c.id ${from} ${whereSql}`)
    .pluck()
    .all(...(match ? [match] : []), ...params) as number[];
}

/** Every tag in use with the number of clients carrying it, for the filter. */
export function listClientTags(sqlite: Database.Database): { tag: string; count: number }[] {
  return sqlite
    .prepare('SELECT tag, count(*) AS count FROM client_tags GROUP BY tag ORDER BY lower(tag)')
    .all() as {
    tag: string;
    count: number;
  }[];
}
