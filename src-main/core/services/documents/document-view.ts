import { AppError } from '../../../../src-shared/errors/app-error';
import type { DocumentAnalysisDto } from '../../../../src-shared/documents/analysis-schema';
import type {
  ConfirmedFields,
  DocumentDetail,
  DocumentStatus,
  DocumentSummary,
} from '../../../../src-shared/documents/document-schemas';
import {
  proposesReviewOrder,
  reviewOrderTitle,
  reviewStateOf,
} from '../../../../src-shared/documents/review-state';
import {
  isDocType,
  typesWithEinspruchsfrist,
  type DocType,
} from '../../../../src-shared/rules/documents/doc-types';
import { formatDateDe, isLand, type Land } from '../../../../src-shared/rules/deadlines';
import type Database from 'better-sqlite3';
import { computeDue, type Due } from '../orders/order-deadline';

/** A documents row as read with raw SQL (snake_case columns). */
export interface DocumentRow {
  id: number;
  sha256: string;
  size: number;
  file_kind: DocumentSummary['fileKind'];
  original_name: string;
  source: DocumentSummary['source'];
  status: DocumentStatus;
  client_id: number | null;
  preassigned_client_id: number | null;
  order_id: number | null;
  template_version_id: number | null;
  doc_type: string | null;
  title: string | null;
  text_source: string | null;
  pages: number | null;
  analysis_json: string | null;
  fields_json: string | null;
  error: string | null;
  error_code: string | null;
  imported_at: string;
  imported_by: number | null;
  confirmed_at: string | null;
  confirmed_by: number | null;
  updated_at: string;
  version: number;
}

export const documentNotFound = (id: number): AppError =>
  new AppError('not_found', 'Das Dokument wurde nicht gefunden.', `Document ${id} not found`, {
    code: 'document_not_found',
  });

export function loadDocumentRow(sqlite: Database.Database, id: number): DocumentRow {
  const row = sqlite.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!row) throw documentNotFound(id);
  return row;
}

export function parseAnalysis(row: Pick<DocumentRow, 'analysis_json'>): DocumentAnalysisDto | null {
  if (!row.analysis_json) return null;
  try {
    return JSON.parse(row.analysis_json) as DocumentAnalysisDto;
  } catch {
    return null;
  }
}

export function parseConfirmedFields(row: Pick<DocumentRow, 'fields_json'>): ConfirmedFields | null {
  if (!row.fields_json) return null;
  try {
    return JSON.parse(row.fields_json) as ConfirmedFields;
  } catch {
    return null;
  }
}

export const docTypeOf = (row: Pick<DocumentRow, 'doc_type'>): DocType | null =>
  row.doc_type && isDocType(row.doc_type) ? row.doc_type : null;

/** The client the analysis matched, as a database id (the directory's ids are the row ids). */
export function matchedClientId(analysis: DocumentAnalysisDto | null): number | null {
  if (analysis?.client.decision !== 'match' || !analysis.client.client) return null;
  const id = Number(analysis.client.client.clientId);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

interface ClientInfo {
  id: number;
  client_number: string;
  display_name: string;
  finanzamt_land: string | null;
}

function clientInfos(sqlite: Database.Database, ids: Iterable<number>): Map<number, ClientInfo> {
  const unique = [...new Set(ids)];
  const result = new Map<number, ClientInfo>();
  const statement = sqlite.prepare(
    'SELECT id, client_number, display_name, finanzamt_land FROM clients WHERE id = ?',
  );
  for (const id of unique) {
    const row = statement.get(id) as ClientInfo | undefined;
    if (row) result.set(id, row);
  }
  return result;
}

const officeLandOf = (sqlite: Database.Database): string | null =>
  (sqlite.prepare('SELECT land FROM office LIMIT 1').pluck().get() as string | null | undefined) ?? null;

export interface EinspruchDue {
  dueDate: string;
  /** German explanation (deadline engine steps with their legal basis). */
  reasonText: string;
  due: Due;
  land: Land | null;
}

/**
 * Einspruchsfrist of a document: from the (confirmed or read) date of the Bescheid with the issuing
 * authority's Land (else the client's Finanzamt, else the office's seat), by the deadline engine;
 * the analysis' own result when the engine cannot compute it here.
 */
export function einspruchOf(
  row: DocumentRow,
  analysis: DocumentAnalysisDto | null,
  fields: ConfirmedFields | null,
  clientLand: string | null,
  officeLand: string | null,
): EinspruchDue | null {
  const docType = docTypeOf(row);
  if (!docType || !typesWithEinspruchsfrist.has(docType)) return null;
  const bescheidDate = fields ? fields.documentDate : (analysis?.fields.documentDate.value ?? null);
  const read = analysis?.einspruchsfristEnd.value ?? null;
  const candidates = [analysis?.state.value, clientLand, officeLand];
  const land = candidates.find((value): value is Land => isLand(value)) ?? null;
  if (bescheidDate && land) {
    try {
      const due = computeDue({
        rule: 'einspruch',
        typeName: 'Bescheid prüfen',
        period: null,
        land,
        dauerfristverlaengerung: false,
        einspruch: { bescheidDate, mitRechtsbehelfsbelehrung: true },
      });
      if (due.dueDate && due.reason) {
        return { dueDate: due.dueDate, reasonText: due.reason.text, due, land };
      }
    } catch {
      // Out of the engine's range: fall back to what the analysis read.
    }
  }
  if (!read || (fields && fields.documentDate !== analysis?.fields.documentDate.value)) return null;
  const text = `Einspruchsfrist laut Dokumentanalyse: ${formatDateDe(read)}.`;
  return {
    dueDate: read,
    reasonText: text,
    due: { dueDate: read, reason: { v: 1, source: 'manuell', text, steps: [] } },
    land,
  };
}

interface Context {
  clients: Map<number, ClientInfo>;
  users: Map<number, string>;
  officeLand: string | null;
}

function contextFor(sqlite: Database.Database, rows: readonly DocumentRow[]): Context {
  const ids: number[] = [];
  for (const row of rows) {
    if (row.client_id) ids.push(row.client_id);
    if (row.preassigned_client_id) ids.push(row.preassigned_client_id);
    const matched = matchedClientId(parseAnalysis(row));
    if (matched) ids.push(matched);
  }
  const users = new Map<number, string>();
  const userStatement = sqlite.prepare('SELECT display_name FROM users WHERE id = ?').pluck();
  for (const id of new Set(rows.map((r) => r.imported_by).filter((v): v is number => v !== null))) {
    const name = userStatement.get(id) as string | undefined;
    if (name) users.set(id, name);
  }
  return { clients: clientInfos(sqlite, ids), users, officeLand: officeLandOf(sqlite) };
}

function toSummary(row: DocumentRow, ctx: Context): DocumentSummary {
  const analysis = parseAnalysis(row);
  const fields = parseConfirmedFields(row);
  const filed = row.status === 'abgelegt';
  const client = row.client_id ? ctx.clients.get(row.client_id) : undefined;
  // analyzeFile already weighed a pre-assignment against what the document says.
  const proposedId = filed ? null : (matchedClientId(analysis) ?? row.preassigned_client_id);
  const proposed = proposedId ? ctx.clients.get(proposedId) : undefined;
  const docType = docTypeOf(row);
  const landClient = client ?? proposed;
  const einspruch = einspruchOf(row, analysis, fields, landClient?.finanzamt_land ?? null, ctx.officeLand);
  const taxYear = fields ? fields.taxYear : (analysis?.fields.taxYear.value ?? null);
  const orderProposal =
    einspruch && proposesReviewOrder(docType) && row.order_id === null && docType
      ? {
          title: reviewOrderTitle(docType, taxYear),
          dueDate: einspruch.dueDate,
          dueReason: einspruch.reasonText,
        }
      : null;
  return {
    id: row.id,
    originalName: row.original_name,
    fileKind: row.file_kind,
    size: row.size,
    source: row.source,
    status: row.status,
    docType,
    title: row.title,
    clientId: row.client_id,
    clientNumber: client?.client_number ?? null,
    clientName: client?.display_name ?? null,
    proposedClientId: proposed ? proposed.id : null,
    proposedClientName: proposed?.display_name ?? null,
    proposedNewClientName:
      filed || proposed || analysis?.client.decision !== 'new'
        ? null
        : (analysis.client.proposal?.name ?? null),
    orderId: row.order_id,
    pages: row.pages,
    textSource: (row.text_source as DocumentSummary['textSource']) ?? null,
    documentDate: fields ? fields.documentDate : (analysis?.fields.documentDate.value ?? null),
    einspruchsfristEnd: einspruch?.dueDate ?? null,
    reviewState: !filed && analysis && row.status === 'zu_pruefen' ? reviewStateOf(analysis, false) : null,
    error: row.error,
    errorCode: row.error_code,
    importedAt: row.imported_at,
    importedByName: row.imported_by ? (ctx.users.get(row.imported_by) ?? null) : null,
    confirmedAt: row.confirmed_at,
    version: row.version,
    orderProposal,
  };
}

export function summarize(sqlite: Database.Database, rows: readonly DocumentRow[]) {
  const ctx = contextFor(sqlite, rows);
  return rows.map((row) => toSummary(row, ctx));
}

export function documentDetail(sqlite: Database.Database, id: number): DocumentDetail {
  const row = loadDocumentRow(sqlite, id);
  const [summary] = summarize(sqlite, [row]);
  const linkedOrders = sqlite
    .prepare(
      `SELECT o.id, o.title, o.status, o.due_date AS dueDate FROM orders o
       WHERE o.id = ? OR o.id IN (SELECT order_id FROM order_documents WHERE document_id = ?)
       ORDER BY o.id`,
    )
    .all(row.order_id ?? -1, row.id) as DocumentDetail['linkedOrders'];
  const templateVersion = row.template_version_id
    ? ((sqlite
        .prepare(
          `SELECT v.id, t.name AS templateName, v.version_no AS versionNo FROM template_versions v
           JOIN templates t ON t.id = v.template_id WHERE v.id = ?`,
        )
        .get(row.template_version_id) as DocumentDetail['templateVersion'] | undefined) ?? null)
    : null;
  return {
    ...summary!,
    sha256: row.sha256,
    analysis: parseAnalysis(row),
    confirmedFields: parseConfirmedFields(row),
    templateVersion,
    linkedOrders,
  };
}

export interface ListInput {
  status?: DocumentStatus | undefined;
  inbox?: boolean | undefined;
  clientId?: number | undefined;
  orderId?: number | undefined;
  offset: number;
  limit: number;
}

export function listDocuments(sqlite: Database.Database, input: ListInput) {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (input.status) {
    where.push('d.status = ?');
    params.push(input.status);
  }
  if (input.inbox) where.push("d.status <> 'abgelegt'");
  if (input.clientId !== undefined) {
    where.push('(d.client_id = ? OR (d.client_id IS NULL AND d.preassigned_client_id = ?))');
    params.push(input.clientId, input.clientId);
  }
  if (input.orderId !== undefined) {
    where.push('(d.order_id = ? OR d.id IN (SELECT document_id FROM order_documents WHERE order_id = ?))');
    params.push(input.orderId, input.orderId);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = sqlite
    .prepare(`SELECT count(*) FROM documents d ${clause}`)
    .pluck()
    .get(...params) as number;
  const rows = sqlite
    .prepare(`SELECT d.* FROM documents d ${clause} ORDER BY d.imported_at DESC, d.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as DocumentRow[];
  return { items: summarize(sqlite, rows), total };
}
