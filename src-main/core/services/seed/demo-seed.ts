import { eq } from 'drizzle-orm';
import { berater, clients, settings } from '../../db/schema';
import { nextClientNumber } from '../clients/client-number';
import { displayNameFor } from '../clients/clients-service';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { demoBerater, demoClients } from './demo-data';

const SEED_FLAG = 'seed.demo';

export interface SeedResult {
  seeded: boolean;
  berater: number;
  clients: number;
}

/** Fills an office with demo data once; a second run finds the flag and changes nothing. */
export function seedDemo(deps: ServiceDeps, actor: Actor): SeedResult {
  const done = deps.db.select().from(settings).where(eq(settings.key, SEED_FLAG)).get();
  if (done) return { seeded: false, berater: 0, clients: 0 };
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const beraterIds = demoBerater.map((b) => {
      const row = tx
        .insert(berater)
        .values({ ...b, createdAt: now, updatedAt: now })
        .returning()
        .get();
      audit({ action: 'berater.create', entityType: 'berater', entityId: row.id, after: row });
      return row.id;
    });
    for (const c of demoClients) {
      const input =
        c.kind === 'company'
          ? { kind: 'company' as const, companyName: c.companyName ?? '' }
          : { kind: 'person' as const, firstName: c.firstName, lastName: c.lastName ?? '' };
      const row = tx
        .insert(clients)
        .values({
          clientNumber: nextClientNumber(tx),
          kind: c.kind,
          status: c.status ?? 'aktiv',
          firstName: c.firstName ?? null,
          lastName: c.lastName ?? null,
          companyName: c.companyName ?? null,
          displayName: displayNameFor(input),
          city: c.city,
          beraterId: beraterIds[c.berater] ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      audit({ action: 'client.create', entityType: 'client', entityId: row.id, after: row });
    }
    tx.insert(settings)
      .values({ key: SEED_FLAG, value: { at: now }, updatedAt: now })
      .run();
    audit({ action: 'seed.demo', entityType: 'settings', entityId: SEED_FLAG, after: { at: now } });
    return { seeded: true, berater: beraterIds.length, clients: demoClients.length };
  });
}
