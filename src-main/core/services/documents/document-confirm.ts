import { AppError } from '../../../../src-shared/errors/app-error';
import type { CreateClientParsed } from '../../../../src-shared/clients/client-input';
import type { DocumentAnalysisDto } from '../../../../src-shared/documents/analysis-schema';
import type { ConfirmedFields, DocumentDetail } from '../../../../src-shared/documents/document-schemas';
import { proposesReviewOrder, reviewOrderTitle } from '../../../../src-shared/documents/review-state';
import { docTypeLabels, type DocType } from '../../../../src-shared/rules/documents/doc-types';
import { BESCHEID_PRUEFEN_TYPE_CODE } from '../../../../src-shared/orders/order-catalogue';
import { createClient } from '../clients/client-save';
import type { Actor, ServiceDeps } from '../deps';
import { mutate, type MutationScope } from '../mutation';
import { assertVersion } from '../optimistic-lock';
import { findOrderTypeByCode } from '../order-types/order-types-service';
import { defaultBeraterOf, loadClient, officeLand } from '../orders/order-context';
import { insertOrder } from '../orders/orders-service';
import {
  docTypeOf,
  documentDetail,
  einspruchOf,
  loadDocumentRow,
  matchedClientId,
  parseAnalysis,
  parseConfirmedFields,
  type DocumentRow,
} from './document-view';

export const lockedDocument = (id: number) =>
  ({ entityType: 'document', entityId: id, subject: 'Das Dokument', pronoun: 'es' }) as const;

type FieldKey = keyof ConfirmedFields;
const fieldKeys: readonly FieldKey[] = [
  'steuernummer',
  'steuerId',
  'ustId',
  'documentDate',
  'taxYear',
  'finanzamt',
  'amount',
  'dueDate',
  'iban',
];

/** How two values of a field are compared: separators and case of identifiers do not count. */
function comparable(key: FieldKey, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (key) {
    case 'steuernummer':
      return String(value).replace(/\D/g, '');
    case 'steuerId':
    case 'ustId':
    case 'iban':
      return String(value).replace(/\s/g, '').toUpperCase();
    case 'amount':
      return (Math.round(Number(value) * 100) / 100).toFixed(2);
    case 'finanzamt':
      return String(value).trim().replace(/\s+/g, ' ').toLowerCase();
    default:
      return String(value).trim();
  }
}

interface Correction {
  field: string;
  proposed: string | null;
  confirmed: string | null;
  correct: boolean;
}

/** Proposal against confirmation for the type, the client and every field. */
export function corrections(
  analysis: DocumentAnalysisDto,
  preassignedClientId: number | null,
  confirmed: {
    docType: DocType;
    clientId: number | null;
    createdClient: boolean;
    fields: ConfirmedFields;
  },
): Correction[] {
  const rows: Correction[] = [
    {
      field: 'docType',
      proposed: analysis.docType.value,
      confirmed: confirmed.docType,
      correct: analysis.docType.value === confirmed.docType,
    },
  ];
  const proposedId = matchedClientId(analysis) ?? preassignedClientId;
  const proposedClient =
    proposedId !== null ? String(proposedId) : analysis.client.decision === 'new' ? 'neu' : null;
  const confirmedClient = confirmed.createdClient
    ? 'neu'
    : confirmed.clientId !== null
      ? String(confirmed.clientId)
      : null;
  rows.push({
    field: 'client',
    proposed: proposedClient,
    confirmed: confirmed.createdClient ? `neu:${confirmed.clientId}` : confirmedClient,
    correct: proposedClient === confirmedClient,
  });
  for (const key of fieldKeys) {
    const proposed = analysis.fields[key].value;
    const value = confirmed.fields[key];
    rows.push({
      field: key,
      proposed: proposed === null ? null : String(proposed),
      confirmed: value === null ? null : String(value),
      correct: comparable(key, proposed) === comparable(key, value),
    });
  }
  return rows;
}

function defaultTitle(docType: DocType, fields: ConfirmedFields): string {
  const year =
    fields.taxYear && docType !== 'rechnung' && docType !== 'kontoauszug' ? ` ${fields.taxYear}` : '';
  return `${docTypeLabels[docType]}${year}`;
}

/**
 * Creates the "Bescheid prüfen" order for a filed Bescheid inside the caller's mutation: Frist = the
 * Einspruchsfrist (deadline engine, with its explanation), Veranlagungsjahr = the tax year; the
 * document is linked as the order's main document.
 */
function insertReviewOrder(
  scope: MutationScope,
  deps: ServiceDeps,
  row: DocumentRow,
  analysis: DocumentAnalysisDto | null,
  fields: ConfirmedFields | null,
  clientId: number | null,
): number {
  const { tx, now } = scope;
  const docType = docTypeOf(row);
  if (!proposesReviewOrder(docType) || !docType) {
    throw new AppError(
      'validation',
      'Einen Auftrag „Bescheid prüfen“ gibt es nur für Steuerbescheide.',
      `Document ${row.id} is no Bescheid`,
      { field: 'createReviewOrder', code: 'not_a_bescheid' },
    );
  }
  if (clientId === null) {
    throw new AppError(
      'validation',
      'Für den Auftrag „Bescheid prüfen“ ordnen Sie das Dokument bitte zuerst einem Mandanten zu.',
      'Review order without client',
      { field: 'clientId', code: 'client_required' },
    );
  }
  const existing = deps.sqlite
    .prepare(
      `SELECT o.id, o.title FROM orders o JOIN order_types t ON t.id = o.order_type_id
       WHERE t.code = ? AND (o.id = ? OR o.id IN (SELECT order_id FROM order_documents WHERE document_id = ?))`,
    )
    .get(BESCHEID_PRUEFEN_TYPE_CODE, row.order_id ?? -1, row.id) as { id: number; title: string } | undefined;
  if (existing) {
    throw new AppError(
      'conflict',
      `Für diesen Bescheid gibt es bereits den Auftrag „${existing.title}“.`,
      `Review order ${existing.id} exists`,
      { code: 'review_order_exists', orderId: existing.id },
    );
  }
  const type = findOrderTypeByCode(tx, BESCHEID_PRUEFEN_TYPE_CODE);
  if (!type || !type.active) {
    throw new AppError(
      'validation',
      'Die Auftragsart „Bescheid prüfen“ ist deaktiviert. Bitte aktivieren Sie sie in den Einstellungen.',
      'Review order type missing or inactive',
      { code: 'order_type_inactive' },
    );
  }
  const client = loadClient(tx, clientId);
  if (client.status === 'ehemalig') {
    throw new AppError(
      'validation',
      `${client.displayName} ist ein ehemaliger Mandant; dafür können keine Aufträge angelegt werden.`,
      'Client is former',
      { field: 'clientId', code: 'client_former' },
    );
  }
  const einspruch = einspruchOf(row, analysis, fields, client.finanzamtLand, officeLand(tx));
  if (!einspruch) {
    throw new AppError(
      'validation',
      'Die Einspruchsfrist lässt sich nicht bestimmen: Bitte geben Sie das Datum des Bescheids an.',
      'No Einspruchsfrist',
      { field: 'documentDate', code: 'einspruchsfrist_unknown' },
    );
  }
  const taxYear = fields ? fields.taxYear : (analysis?.fields.taxYear.value ?? null);
  const orderId = insertOrder(scope, {
    client,
    type,
    period: taxYear ? { kind: 'year', year: taxYear } : null,
    beraterId: defaultBeraterOf(tx, client),
    assignedUserId: null,
    title: reviewOrderTitle(docType, taxYear),
    description: `Aus dem Posteingang: ${row.original_name}`,
    priority: 'normal',
    due: einspruch.due,
    reminderDate: null,
    notes: null,
    recurrenceKey: null,
    origin: 'Aus dem Posteingang angelegt',
  });
  deps.sqlite
    .prepare('INSERT OR IGNORE INTO order_documents (order_id, document_id, created_at) VALUES (?, ?, ?)')
    .run(orderId, row.id, now);
  deps.sqlite
    .prepare('UPDATE documents SET order_id = ?, updated_at = ?, version = version + 1 WHERE id = ?')
    .run(orderId, now, row.id);
  scope.audit({
    action: 'document.link_order',
    entityType: 'document',
    entityId: row.id,
    after: { orderId, main: true },
  });
  return orderId;
}

export interface ConfirmInput {
  id: number;
  version: number;
  docType: DocType;
  clientId: number | null;
  newClient?: CreateClientParsed | undefined;
  fields: ConfirmedFields;
  title?: string | undefined;
  createReviewOrder: boolean;
}

/**
 * Files a document in one transaction: an optional new client (created through the clients service,
 * whose own transaction nests as a savepoint), the confirmed type, client and fields, the corrections
 * against the proposal (first confirmation only), and for a Bescheid optionally the "Bescheid prüfen"
 * order with the Einspruchsfrist.
 */
export function confirmDocument(
  deps: ServiceDeps,
  actor: Actor,
  input: ConfirmInput,
): { document: DocumentDetail; orderId: number | null; clientId: number | null } {
  if (input.newClient && input.clientId !== null) {
    throw new AppError(
      'validation',
      'Bitte wählen Sie entweder einen vorhandenen Mandanten oder legen Sie einen neuen an.',
      'Both clientId and newClient',
      { field: 'clientId', code: 'client_ambiguous' },
    );
  }
  const result = mutate(deps, actor, (scope) => {
    const { tx, now, audit } = scope;
    const before = loadDocumentRow(deps.sqlite, input.id);
    assertVersion(tx, actor, lockedDocument(before.id), input.version, before.version);
    if (before.status === 'in_arbeit') {
      throw new AppError(
        'validation',
        'Das Dokument wird gerade noch gelesen. Bitte warten Sie, bis die Analyse fertig ist.',
        `Document ${before.id} still being read`,
        { code: 'document_busy' },
      );
    }
    let clientId = input.clientId;
    if (input.newClient) {
      // Nested mutate(): better-sqlite3 runs it as a savepoint of this transaction, so a failure
      // below also removes the new client.
      clientId = createClient(deps, actor, input.newClient).id;
    } else if (clientId !== null) {
      loadClient(tx, clientId);
    }
    const analysis = parseAnalysis(before);
    const firstConfirmation = before.confirmed_at === null;
    const found =
      analysis && firstConfirmation
        ? corrections(analysis, before.preassigned_client_id, {
            docType: input.docType,
            clientId,
            createdClient: input.newClient !== undefined,
            fields: input.fields,
          })
        : [];
    const insertCorrection = deps.sqlite.prepare(
      `INSERT INTO document_corrections (document_id, field, proposed, confirmed, correct, at, user_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of found) {
      insertCorrection.run(before.id, c.field, c.proposed, c.confirmed, c.correct ? 1 : 0, now, actor.id);
    }
    const title = input.title || defaultTitle(input.docType, input.fields);
    deps.sqlite
      .prepare(
        `UPDATE documents SET status = 'abgelegt', client_id = ?, doc_type = ?, fields_json = ?, title = ?,
           confirmed_at = ?, confirmed_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      )
      .run(clientId, input.docType, JSON.stringify(input.fields), title, now, actor.id, now, before.id);
    audit({
      action: 'document.confirm',
      entityType: 'document',
      entityId: before.id,
      before: {
        status: before.status,
        docType: before.doc_type,
        clientId: before.client_id,
        fields: parseConfirmedFields(before),
      },
      after: {
        status: 'abgelegt',
        docType: input.docType,
        clientId,
        fields: input.fields,
        title,
        corrections: found.filter((c) => !c.correct),
      },
    });
    let orderId: number | null = null;
    if (input.createReviewOrder) {
      const updated = loadDocumentRow(deps.sqlite, before.id);
      orderId = insertReviewOrder(scope, deps, updated, analysis, input.fields, clientId);
    }
    return { orderId, clientId };
  });
  return { document: documentDetail(deps.sqlite, input.id), ...result };
}

/** One click in the Posteingang: the proposed "Bescheid prüfen" order for an already filed Bescheid. */
export function createReviewOrder(
  deps: ServiceDeps,
  actor: Actor,
  input: { id: number; version: number },
): { orderId: number; document: DocumentDetail } {
  const orderId = mutate(deps, actor, (scope) => {
    const row = loadDocumentRow(deps.sqlite, input.id);
    assertVersion(scope.tx, actor, lockedDocument(row.id), input.version, row.version);
    if (row.status !== 'abgelegt') {
      throw new AppError(
        'validation',
        'Bitte bestätigen Sie das Dokument zuerst; dabei kann der Auftrag gleich mit angelegt werden.',
        `Document ${row.id} not filed`,
        { code: 'document_not_filed' },
      );
    }
    return insertReviewOrder(scope, deps, row, parseAnalysis(row), parseConfirmedFields(row), row.client_id);
  });
  return { orderId, document: documentDetail(deps.sqlite, input.id) };
}

/** Attaches a document to an order (or detaches it); the order's main document link is cleared on detach. */
export function linkOrder(
  deps: ServiceDeps,
  actor: Actor,
  input: { documentId: number; orderId: number; linked: boolean },
): DocumentDetail {
  mutate(deps, actor, ({ now, audit }) => {
    const row = loadDocumentRow(deps.sqlite, input.documentId);
    const order = deps.sqlite.prepare('SELECT id FROM orders WHERE id = ?').get(input.orderId);
    if (!order) {
      throw new AppError(
        'not_found',
        'Der Auftrag wurde nicht gefunden.',
        `Order ${input.orderId} not found`,
        {
          code: 'order_not_found',
        },
      );
    }
    if (input.linked) {
      deps.sqlite
        .prepare('INSERT OR IGNORE INTO order_documents (order_id, document_id, created_at) VALUES (?, ?, ?)')
        .run(input.orderId, row.id, now);
    } else {
      deps.sqlite
        .prepare('DELETE FROM order_documents WHERE order_id = ? AND document_id = ?')
        .run(input.orderId, row.id);
      if (row.order_id === input.orderId) {
        deps.sqlite.prepare('UPDATE documents SET order_id = NULL WHERE id = ?').run(row.id);
      }
    }
    deps.sqlite
      .prepare('UPDATE documents SET updated_at = ?, version = version + 1 WHERE id = ?')
      .run(now, row.id);
    audit({
      action: input.linked ? 'document.link_order' : 'document.unlink_order',
      entityType: 'document',
      entityId: row.id,
      after: { orderId: input.orderId },
    });
  });
  return documentDetail(deps.sqlite, input.documentId);
}
