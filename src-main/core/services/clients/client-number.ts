import { sql } from 'drizzle-orm';
import { clients } from '../../db/schema';
import type { DbOrTx } from '../../db/types';

export const DEFAULT_CLIENT_NUMBER_START = 10_000;

/** Next free Mandantennummer: numeric, above the highest numeric one in use, from 10000. */
export function nextClientNumber(tx: DbOrTx, start = DEFAULT_CLIENT_NUMBER_START): string {
  const row = tx
    .select({ max: sql<number | null>`max(CAST(${clients.clientNumber} AS INTEGER))` })
    .from(clients)
    .where(sql`${clients.clientNumber} NOT GLOB '*[^0-9]*' AND ${clients.clientNumber} != ''`)
    .get();
  const max = row?.max ?? null;
  return String(max === null || max < start ? start : max + 1);
}
