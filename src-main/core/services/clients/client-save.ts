import { AppError } from '../../../../src-shared/errors/app-error';
import type {
  ClientDraft,
  CreateClientParsed,
  UpdateClientParsed,
} from '../../../../src-shared/clients/client-input';
import type { ClientSaveResult } from '../../../../src-shared/clients/client-output';
import type { FieldIssue } from '../../../../src-shared/clients/field-issues';
import {
  clientDisplayName,
  normalizeClient,
  type NormalizeContext,
} from '../../../../src-shared/clients/normalize-client';
import { todayIso } from '../../clock';
import type { Actor, ServiceDeps } from '../deps';
import { finanzamtDirectory } from '../finanzamt/finanzamt-directory';
import { mutate } from '../mutation';
import { assertVersion } from '../optimistic-lock';
import { clientAuditDiff } from './client-audit';
import { toDetail } from './client-detail';
import { clientNotFound, fieldValidationError } from './client-errors';
import { nextClientNumber } from './client-number';
import { loadClient, toDraft, toStoredClient, type LoadedClient } from './client-reader';
import { referenceErrors, syncPartnerLink } from './client-references';
import { ClientWriter, type StoredClient } from './client-writer';
import { findDuplicates } from './duplicates';

export function normalizeContext(deps: Pick<ServiceDeps, 'clock' | 'migrationsDir'>): NormalizeContext {
  return { today: todayIso(deps.clock), knownBufa: finanzamtDirectory(deps).lookup.has };
}

export const lockedClient = (id: number) =>
  ({ entityType: 'client', entityId: id, subject: 'Der Mandant', pronoun: 'ihn' }) as const;

function normalizeOrThrow(deps: ServiceDeps, draft: ClientDraft, selfId: number | null) {
  const result = normalizeClient(draft, normalizeContext(deps));
  if (!result.ok) throw fieldValidationError(result.errors);
  const refs = referenceErrors(deps.sqlite, result.value, selfId);
  if (Object.keys(refs).length > 0) throw fieldValidationError(refs);
  return result;
}

function numberTaken(clientNumber: string): AppError {
  return new AppError(
    'conflict',
    `Die Mandantennummer ${clientNumber} ist bereits vergeben.`,
    'Client number already in use',
    {
      code: 'client_number_taken',
      field: 'clientNumber',
      fields: { clientNumber: 'Diese Mandantennummer ist bereits vergeben.' },
    },
  );
}

export function loadDetail(deps: ServiceDeps, id: number) {
  const loaded = loadClient(deps.sqlite, id);
  if (!loaded) throw clientNotFound(id);
  return toDetail(deps.sqlite, loaded, finanzamtDirectory(deps));
}

const saved = (deps: ServiceDeps, id: number, warnings: FieldIssue[]): ClientSaveResult => ({
  ...loadDetail(deps, id),
  warnings,
});

export function createClient(deps: ServiceDeps, actor: Actor, input: CreateClientParsed): ClientSaveResult {
  const { confirmDuplicate, ...draft } = input;
  const { value, warnings } = normalizeOrThrow(deps, draft, null);
  const id = mutate(deps, actor, ({ tx, now, audit }) => {
    const clientNumber = value.clientNumber ?? nextClientNumber(tx);
    if (deps.sqlite.prepare('SELECT 1 FROM clients WHERE client_number = ?').get(clientNumber)) {
      throw numberTaken(clientNumber);
    }
    if (!confirmDuplicate) {
      const duplicates = findDuplicates(deps.sqlite, value);
      if (duplicates.length > 0) {
        const names = duplicates
          .map((d) => `${d.displayName} (${d.clientNumber}: ${d.reasonText})`)
          .join('; ');
        throw new AppError(
          'conflict',
          `Diesen Mandanten gibt es vielleicht schon: ${names}. Bitte prüfen oder die Neuanlage bestätigen.`,
          `Possible duplicates: ${duplicates.map((d) => d.id).join(', ')}`,
          { code: 'duplicate_client', duplicates },
        );
      }
    }
    const stored: StoredClient = { ...value, clientNumber };
    const newId = new ClientWriter(deps.sqlite).insert(stored, now);
    for (const other of syncPartnerLink(deps.sqlite, newId, null, stored.partnerId, now)) {
      audit({
        action: 'client.partner_link',
        entityType: 'client',
        entityId: other,
        after: { partnerId: newId },
      });
    }
    audit({
      action: 'client.create',
      entityType: 'client',
      entityId: newId,
      after: { displayName: clientDisplayName(stored), ...stored },
    });
    return newId;
  });
  return saved(deps, id, warnings);
}

/** Only the fields the caller sent: undefined means "leave as is", null or '' clears. */
function overlay(base: ClientDraft, patch: Omit<UpdateClientParsed, 'id' | 'version'>): ClientDraft {
  const draft: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) draft[key] = value;
  return draft as ClientDraft;
}

function archivedAtFor(loaded: LoadedClient, next: StoredClient, now: string): string | null {
  if (next.status !== 'ehemalig') return null;
  return loaded.row.archived_at ?? now;
}

export function updateClient(deps: ServiceDeps, actor: Actor, input: UpdateClientParsed): ClientSaveResult {
  const { id, version, ...patch } = input;
  const loaded = loadClient(deps.sqlite, id);
  if (!loaded) throw clientNotFound(id);
  if (patch.clientNumber === null || patch.clientNumber === '') {
    throw fieldValidationError({ clientNumber: 'Die Mandantennummer darf nicht leer sein.' });
  }
  const before = toStoredClient(loaded);
  const { value, warnings } = normalizeOrThrow(deps, overlay(toDraft(before), patch), id);
  const next: StoredClient = { ...value, clientNumber: value.clientNumber ?? before.clientNumber };
  const diff = clientAuditDiff(before, next);
  if (diff === null) {
    // Nothing changed: no write, no new version; a stale version still gets the conflict message.
    assertVersion(deps.db, actor, lockedClient(id), version, loaded.row.version);
    return saved(deps, id, warnings);
  }
  mutate(deps, actor, ({ tx, now, audit }) => {
    if (next.clientNumber !== before.clientNumber) {
      const taken = deps.sqlite
        .prepare('SELECT id FROM clients WHERE client_number = ?')
        .get(next.clientNumber);
      if (taken) throw numberTaken(next.clientNumber);
    }
    const writer = new ClientWriter(deps.sqlite);
    if (!writer.update(id, next, version, archivedAtFor(loaded, next, now), now)) {
      const current = deps.sqlite.prepare('SELECT version FROM clients WHERE id = ?').pluck().get(id) as
        number | undefined;
      if (current === undefined) throw clientNotFound(id);
      assertVersion(tx, actor, lockedClient(id), version, current);
      throw new Error(`Client ${id} update matched no row`);
    }
    for (const other of syncPartnerLink(deps.sqlite, id, before.partnerId, next.partnerId, now)) {
      audit({
        action: 'client.partner_link',
        entityType: 'client',
        entityId: other,
        after: { partnerId: next.partnerId === other ? id : null },
      });
    }
    audit({ action: 'client.update', entityType: 'client', entityId: id, ...diff });
  });
  return saved(deps, id, warnings);
}
