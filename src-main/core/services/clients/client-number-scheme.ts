import { eq } from 'drizzle-orm';
import { settings } from '../../db/schema';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import {
  nextClientNumber,
  NUMBER_SCHEME_KEY,
  readNumberScheme,
  type ClientNumberScheme,
} from './client-number';

export function getNumberScheme(deps: Pick<ServiceDeps, 'db'>): ClientNumberScheme & { next: string } {
  const scheme = readNumberScheme(deps.db);
  return { ...scheme, next: nextClientNumber(deps.db, scheme) };
}

/** The office's Mandantennummer scheme: new clients get the next number; existing numbers stay. */
export function setNumberScheme(
  deps: ServiceDeps,
  actor: Actor,
  scheme: ClientNumberScheme,
): ClientNumberScheme & { next: string } {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = readNumberScheme(tx);
    const exists = tx.select().from(settings).where(eq(settings.key, NUMBER_SCHEME_KEY)).get();
    if (exists)
      tx.update(settings)
        .set({ value: scheme, updatedAt: now })
        .where(eq(settings.key, NUMBER_SCHEME_KEY))
        .run();
    else tx.insert(settings).values({ key: NUMBER_SCHEME_KEY, value: scheme, updatedAt: now }).run();
    audit({
      action: 'settings.update',
      entityType: 'settings',
      entityId: NUMBER_SCHEME_KEY,
      before,
      after: scheme,
    });
    return { ...scheme, next: nextClientNumber(tx, scheme) };
  });
}
