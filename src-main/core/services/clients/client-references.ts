import type Database from 'better-sqlite3';
import type { NormalizedClient } from '../../../../src-shared/clients/normalize-client';

/**
 * Checks what normalizeClient cannot see: the Berater and the partner exist, the partner is a person
 * and not linked to someone else. Returns German messages per field.
 */
export function referenceErrors(
  sqlite: Database.Database,
  client: NormalizedClient,
  selfId: number | null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (client.beraterId !== null) {
    const exists = sqlite.prepare('SELECT 1 FROM berater WHERE id = ?').get(client.beraterId);
    if (!exists) errors['beraterId'] = 'Den gewählten Berater gibt es nicht (mehr).';
  }
  if (client.partnerId !== null) {
    const partner = sqlite
      .prepare('SELECT id, kind, display_name, partner_id FROM clients WHERE id = ?')
      .get(client.partnerId) as
      { id: number; kind: string; display_name: string; partner_id: number | null } | undefined;
    if (!partner) errors['partnerId'] = 'Den gewählten Partner gibt es nicht (mehr).';
    else if (partner.id === selfId) errors['partnerId'] = 'Ein Mandant kann nicht sein eigener Partner sein.';
    else if (partner.kind !== 'person')
      errors['partnerId'] = 'Als Ehe- oder Lebenspartner kommt nur eine natürliche Person in Frage.';
    else if (partner.partner_id !== null && partner.partner_id !== selfId) {
      errors['partnerId'] =
        `${partner.display_name} ist bereits mit einem anderen Mandanten als Partner verknüpft.`;
    }
  }
  return errors;
}

/** Keeps the partner link on both sides; returns the ids of the other clients that changed. */
export function syncPartnerLink(
  sqlite: Database.Database,
  selfId: number,
  before: number | null,
  after: number | null,
  now: string,
): number[] {
  if (before === after) return [];
  const changed: number[] = [];
  if (before !== null) {
    const unlinked = sqlite
      .prepare(
        'UPDATE clients SET partner_id = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND partner_id = ?',
      )
      .run(now, before, selfId).changes;
    if (unlinked > 0) changed.push(before);
  }
  if (after !== null) {
    sqlite
      .prepare('UPDATE clients SET partner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?')
      .run(selfId, now, after);
    changed.push(after);
  }
  return changed;
}
