import {
  nameSimilarity,
  type ClientCandidate,
  type ClientDecision,
  type ClientDirectory,
  type DocumentAnalysis,
  type ExtractedDocument,
} from '../../../../src-shared/rules/documents';
import {
  analyzeDocument,
  extractDocument,
  type ExtractionPool,
  type ExtractionProgress,
  type ExtractionResult,
} from '../../analysis';
import type { ServiceDeps } from '../deps';
import { cachedStatement } from '../../db/statement-cache';
import { OFFICE_ID } from '../office/office-service';
import { clientRefById, createDbClientDirectory } from './db-client-directory';

export interface AnalyzeFileInput {
  bytes: Uint8Array;
  /** Display name only; never used as a path. */
  name: string;
}

export interface AnalyzeFileOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExtractionProgress) => void;
  /** Password of an encrypted PDF (after a 'password-required' DocumentError). */
  password?: string;
  /** The client the file was dropped on (client page): proposed unless the document names another one. */
  preassignedClientId?: number;
  /** Worker threads; default: the process-wide pool (all cores, at most 4). */
  pool?: ExtractionPool;
  /** Client lookup; default: the clients in the database (createDbClientDirectory). */
  directory?: ClientDirectory;
}

export interface AnalyzeFileResult {
  extraction: ExtractionResult;
  analysis: DocumentAnalysis;
}

/**
 * The Kanzlei's own names: it signs and receives letters but is never what a document is about.
 * Read per analysis (the name may change at any time) with one cached prepared statement, which costs
 * microseconds instead of building the query anew for every file.
 */
export function officeNames(deps: Pick<ServiceDeps, 'sqlite'>): string[] {
  const name = cachedStatement(deps.sqlite, 'SELECT name FROM office WHERE id = ?').pluck().get(OFFICE_ID) as
    string | undefined;
  const trimmed = name?.trim();
  return trimmed ? [trimmed] : [];
}

const preassignedCandidate = (
  id: number,
  clientNumber: string | undefined,
  displayName: string,
  score: number,
): ClientCandidate => ({
  clientId: String(id),
  clientNumber,
  displayName,
  score: Math.round(score * 100) / 100,
  reasons: [],
});

/**
 * Applies "dropped on this client's page" to the analysis' client decision:
 * - the analysis found the same client: kept, with at least 0.95 confidence;
 * - it found another client (identifier, or name and address): kept, since the document itself
 *   contradicts the drop target; the pre-assigned client is added as a candidate and a warning says so;
 * - it found nobody ('new' or 'unknown'): the pre-assigned client is proposed, 0.9 confident when the
 *   document's addressee resembles the client (or none was found), 0.7 when the names differ (e.g. a
 *   letter to the managing director of a client company).
 */
export function applyPreassignedClient(
  deps: Pick<ServiceDeps, 'sqlite'>,
  analysis: DocumentAnalysis,
  clientId: number,
): DocumentAnalysis {
  const ref = clientRefById(deps, clientId);
  if (!ref) return analysis;
  const found = analysis.client;
  if (found.decision === 'match' && found.client?.clientId === ref.id) {
    const confidence = Math.max(found.confidence, 0.95);
    return {
      ...analysis,
      client: {
        ...found,
        confidence,
        client: { ...found.client, score: Math.max(found.client.score, 0.95) },
        explanation: `${found.explanation} Das Dokument wurde bei diesem Mandanten abgelegt.`,
      },
    };
  }
  if (found.decision === 'match' && found.client) {
    const candidates = found.candidates.some((c) => c.clientId === ref.id)
      ? found.candidates
      : [...found.candidates, preassignedCandidate(clientId, ref.clientNumber, ref.displayName, 0.5)];
    const warning = `Das Dokument wurde bei ${ref.displayName} abgelegt, nennt aber ${found.client.displayName}; bitte prüfen.`;
    return {
      ...analysis,
      client: { ...found, candidates, confidence: Math.min(found.confidence, 0.7) },
      warnings: [...analysis.warnings, warning],
    };
  }
  const clientName =
    ref.kind === 'company'
      ? (ref.companyName ?? ref.displayName)
      : [ref.firstName, ref.lastName].filter(Boolean).join(' ') || ref.displayName;
  const similar = !analysis.subject || nameSimilarity(analysis.subject.name, clientName) >= 0.5;
  const confidence = similar ? 0.9 : 0.7;
  const client = preassignedCandidate(clientId, ref.clientNumber, ref.displayName, confidence);
  const decision: ClientDecision = {
    decision: 'match',
    client,
    candidates: [client, ...found.candidates.filter((c) => c.clientId !== ref.id)].slice(0, 5),
    confidence,
    proposal: null,
    explanation: similar
      ? 'Das Dokument wurde bei diesem Mandanten abgelegt.'
      : `Das Dokument wurde bei diesem Mandanten abgelegt; der Empfänger im Dokument (${analysis.subject?.name ?? ''}) weicht ab – bitte prüfen.`,
  };
  return { ...analysis, client: decision };
}

export interface AnalyzeExtractionOptions {
  preassignedClientId?: number;
  directory?: ClientDirectory;
}

/**
 * The analysis half of analyzeFile, for text that was already extracted (stored documents, the eval's
 * cache): rules over the text, client lookup in the database, the office's names excluded.
 */
export async function analyzeExtraction(
  deps: ServiceDeps,
  extracted: ExtractedDocument,
  opts: AnalyzeExtractionOptions = {},
): Promise<DocumentAnalysis> {
  const analysis = await analyzeDocument(extracted, {
    findClients: opts.directory ?? createDbClientDirectory(deps),
    officeNames: officeNames(deps),
    resourcesDir: deps.resourcesDir,
  });
  return opts.preassignedClientId !== undefined
    ? applyPreassignedClient(deps, analysis, opts.preassignedClientId)
    : analysis;
}

/**
 * Reads a file in worker threads (extractDocument: type by content, text layer, OCR) and analyses it
 * against the office's clients in the database, without storing anything. The office's own name is
 * never taken as the document's subject. Refused files throw DocumentError (German message, `code`).
 */
export async function analyzeFile(
  deps: ServiceDeps,
  input: AnalyzeFileInput,
  opts: AnalyzeFileOptions = {},
): Promise<AnalyzeFileResult> {
  const extraction = await extractDocument(
    { bytes: input.bytes, fileName: input.name },
    {
      pool: opts.pool,
      signal: opts.signal,
      onProgress: opts.onProgress,
      password: opts.password,
    },
  );
  const analysis = await analyzeExtraction(deps, extraction, {
    preassignedClientId: opts.preassignedClientId,
    directory: opts.directory,
  });
  return { extraction, analysis };
}
