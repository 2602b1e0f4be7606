import { eq } from 'drizzle-orm';
import { normalizeClient } from '../../../../src-shared/clients/normalize-client';
import { todayIso } from '../../clock';
import { clients } from '../../db/schema';
import type { Tx } from '../../db/types';
import { ClientWriter } from '../clients/client-writer';
import type { ServiceDeps } from '../deps';
import { finanzamtDirectory } from '../finanzamt/finanzamt-directory';
import { demoClientDraft } from './demo-client-details';
import type { DemoClient } from './demo-data';

export type ClientRow = typeof clients.$inferSelect;

/**
 * Writes one demo client through the Mandanten writer (checked like a form entry; sort keys and search
 * index included), then its tax profile (Finanzamt-Land, USt-VA rhythm, annual returns).
 */
export function insertDemoClient(
  deps: ServiceDeps,
  tx: Tx,
  c: DemoClient,
  index: number,
  clientNumber: string,
  beraterId: number | null,
  now: string,
): ClientRow {
  const directory = finanzamtDirectory(deps);
  const result = normalizeClient(
    { ...demoClientDraft(c, index, directory), beraterId },
    { today: todayIso(deps.clock), knownBufa: directory.lookup.has },
  );
  if (!result.ok) throw new Error(`Demo client ${index} invalid: ${JSON.stringify(result.errors)}`);
  const id = new ClientWriter(deps.sqlite).insert({ ...result.value, clientNumber }, now);
  const row = tx
    .update(clients)
    .set({
      ustvaRhythm: c.ustva ?? null,
      dauerfristverlaengerung: c.dauerfrist ?? false,
      annualReturns: c.returns ?? [],
    })
    .where(eq(clients.id, id))
    .returning()
    .get();
  if (!row) throw new Error(`Demo client ${index} not written`);
  return row;
}
