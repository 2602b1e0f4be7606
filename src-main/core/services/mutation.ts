import { isoNow } from '../clock';
import type { Tx } from '../db/types';
import { writeAudit, type AuditRecord } from './audit/audit-service';
import type { Actor, ServiceDeps } from './deps';

export interface MutationScope {
  tx: Tx;
  now: string;
  actor: Actor | null;
  audit(record: AuditRecord): void;
}

/**
 * The only way services change data: one synchronous transaction that must also write
 * at least one audit record. A returned promise would commit early, so it is refused.
 */
export function mutate<T>(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor | null,
  fn: (scope: MutationScope) => T,
): T {
  const now = isoNow(deps.clock);
  return deps.db.transaction((tx) => {
    let audited = 0;
    const result = fn({
      tx,
      now,
      actor,
      audit: (record) => {
        writeAudit(tx, actor, now, record);
        audited += 1;
      },
    });
    if (result instanceof Promise) throw new Error('mutate(): async work inside a synchronous transaction');
    if (audited === 0) throw new Error('mutate(): every mutation must write an audit record');
    return result;
  });
}
