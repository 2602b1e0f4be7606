import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Command } from 'commander';
import type { ClientSummary } from '../../../src-shared/clients/client-output';
import {
  documentStatusLabels,
  type DocumentSummary,
  type ImportItemResult,
} from '../../../src-shared/documents/document-schemas';
import { AppError } from '../../../src-shared/errors/app-error';
import { contracts } from '../../../src-shared/ipc/contracts';
import { docTypeLabels, type DocType } from '../../../src-shared/rules/documents/doc-types';
import type { Core } from '../../core';
import { destroySharedExtractionPool } from '../../core/analysis';
import { withCore } from '../context';
import { readInputFile } from '../read-input-file';
import { EXIT_OK, EXIT_USER_ERROR, message, printResult, UserError, type GlobalOptions } from '../output';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

interface DocumentsOptions extends GlobalOptions {
  client?: string;
  inbox?: boolean;
  limit?: string;
}

/** Files sent per documents:import call: bounds the memory of one call, the core reads them in parallel. */
const FILES_PER_CALL = 20;

/** The CLI acts as the office administrator (core.actor): same validation and role check, no login. */
async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invokeAs(core.actor, channel, input);
  if (!result.ok) throw AppError.fromData(result.error);
  return result.value as T;
}

/** What `rsk import --json` prints per file. */
export interface ImportReport {
  file: string;
  ok: boolean;
  error: string | null;
  documentId: number | null;
  duplicate: boolean;
  status: string | null;
  docType: string | null;
  /** The proposed (or pre-assigned) client's number and name; null for a new-client proposal. */
  clientNumber: string | null;
  clientName: string | null;
  einspruchsfristEnd: string | null;
  reviewState: string | null;
}

async function clientIdByNumber(core: Core, clientNumber: string): Promise<number> {
  const wanted = clientNumber.trim();
  const found = await call<{ items: ClientSummary[] }>(core, contracts.clients.list.channel, {
    query: wanted,
    limit: 1_000,
  });
  const match = found.items.find((item) => item.clientNumber === wanted);
  if (!match) throw new UserError(`Einen Mandanten mit der Nummer „${clientNumber}“ gibt es nicht.`);
  return match.id;
}

function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new UserError(`--limit: „${value}“ ist keine Zahl zwischen 1 und ${max}.`);
  }
  return limit;
}

const typeLabel = (docType: string | null): string =>
  docType ? (docTypeLabels[docType as DocType] ?? docType) : '—';

const cell = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

async function importFiles(core: Core, files: readonly string[], clientId: number | undefined) {
  const reports: ImportReport[] = [];
  const blank = { documentId: null, duplicate: false, status: null, docType: null };
  const rest = {
    clientNumber: null,
    clientName: null,
    einspruchsfristEnd: null,
    reviewState: null,
  };
  const readable: { file: string; bytes: Uint8Array }[] = [];
  const slots = new Map<string, number>();
  for (const file of files) {
    const input = readInputFile(file);
    slots.set(file, reports.length);
    if ('error' in input) reports.push({ file, ok: false, error: input.error, ...blank, ...rest });
    else {
      reports.push({ file, ok: true, error: null, ...blank, ...rest });
      readable.push({ file, bytes: input.bytes });
    }
  }
  let cancelled = false;
  for (let start = 0; start < readable.length; start += FILES_PER_CALL) {
    const batch = readable.slice(start, start + FILES_PER_CALL);
    const taskId = randomUUID();
    const result = await call<{ items: ImportItemResult[]; cancelled: boolean }>(
      core,
      contracts.documents.import.channel,
      {
        files: batch.map((entry) => ({ name: path.basename(entry.file), bytes: entry.bytes })),
        taskId,
        ...(clientId !== undefined ? { clientId } : {}),
      },
    );
    cancelled ||= result.cancelled;
    for (const [i, item] of result.items.entries()) {
      const entry = batch[i];
      if (!entry) continue;
      const report = reports[slots.get(entry.file) ?? -1];
      if (!report) continue;
      report.ok = item.ok;
      report.error = item.error;
      report.documentId = item.documentId;
      report.duplicate = item.duplicate;
      report.status = item.status;
      if (item.documentId !== null) {
        const detail = await call<DocumentSummary>(core, contracts.documents.get.channel, {
          id: item.documentId,
        });
        report.status = detail.status;
        report.docType = detail.docType;
        report.clientNumber = detail.clientNumber;
        report.clientName = detail.clientName ?? detail.proposedClientName;
        if (detail.clientNumber === null && detail.proposedClientId !== null) {
          report.clientNumber = await clientNumberOf(core, detail.proposedClientId);
        }
        report.einspruchsfristEnd = detail.einspruchsfristEnd;
        report.reviewState = detail.reviewState;
        if (detail.error) {
          report.ok = false;
          report.error = detail.error;
        }
      }
    }
  }
  return { items: reports, cancelled };
}

async function clientNumberOf(core: Core, id: number): Promise<string | null> {
  const result = await core.invokeAs(core.actor, contracts.clients.get.channel, { id });
  return result.ok ? (result.value as { clientNumber: string }).clientNumber : null;
}

function importTable(reports: readonly ImportReport[]): string {
  const lines = reports.map((r) => {
    const name = cell(path.basename(r.file), 30);
    if (!r.ok) return `${name}  abgelehnt: ${r.error ?? ''}`;
    const client = r.clientName ? `${r.clientNumber ?? ''} ${r.clientName}`.trim() : 'neuer Mandant?';
    return [
      name,
      cell(`Nr. ${r.documentId ?? ''}${r.duplicate ? ' (schon vorhanden)' : ''}`, 24),
      cell(typeLabel(r.docType), 28),
      cell(client, 30),
      r.einspruchsfristEnd ? `Frist ${r.einspruchsfristEnd}` : '',
    ]
      .join('  ')
      .trimEnd();
  });
  const refused = reports.filter((r) => !r.ok).length;
  lines.push('', `${reports.length - refused} von ${reports.length} Dateien im Posteingang.`);
  return lines.join('\n');
}

const summaryLine = (d: DocumentSummary): string =>
  [
    String(d.id).padStart(5),
    cell(documentStatusLabels[d.status], 12),
    cell(typeLabel(d.docType), 28),
    cell(d.clientName ?? d.proposedClientName ?? '—', 28),
    d.originalName,
  ].join('  ');

export function registerDocumentsCommands(program: Command, run: Run<DocumentsOptions>): void {
  program
    .command('import <dateien...>')
    .description('Legt Dokumente im Posteingang ab: speichert, liest und analysiert sie')
    .option(
      '--client <mandantennummer>',
      'ordnet die Dokumente diesem Mandanten zu (wie beim Ablegen auf seiner Seite)',
    )
    .action((files: string[], ...rest: unknown[]) =>
      run(async (opts) =>
        withCore(opts, async (core) => {
          try {
            const clientId =
              opts.client !== undefined ? await clientIdByNumber(core, opts.client) : undefined;
            const stop = opts.json
              ? () => {}
              : core.on('progress', (p) => {
                  if (p.total > 0 && p.done === p.total) message(`${p.label}: gelesen`);
                });
            try {
              const result = await importFiles(core, files, clientId);
              printResult(opts, result, () => importTable(result.items));
              return result.items.every((r) => r.ok) && !result.cancelled ? EXIT_OK : EXIT_USER_ERROR;
            } finally {
              stop();
            }
          } finally {
            await destroySharedExtractionPool();
          }
        }),
      )(...rest),
    );

  const documents = program.command('documents').description('Dokumente im Posteingang suchen und auflisten');

  documents
    .command('search <suchbegriff>')
    .description('Volltextsuche in Namen und Text der Dokumente')
    .option('--limit <anzahl>', 'höchstens so viele Treffer (Standard 20, höchstens 100)')
    .action((query: string, ...rest: unknown[]) =>
      run(async (opts) => {
        const limit = parseLimit(opts.limit, 20, 100);
        return withCore(opts, async (core) => {
          const found = await call<{
            items: {
              id: number;
              originalName: string;
              docType: string | null;
              clientName: string | null;
              status: DocumentSummary['status'];
              snippet: string;
            }[];
          }>(core, contracts.documents.search.channel, { query, limit });
          printResult(opts, found, () =>
            found.items.length === 0
              ? 'Keine Dokumente gefunden.'
              : found.items
                  .map((hit) =>
                    [
                      `${String(hit.id).padStart(5)}  ${cell(typeLabel(hit.docType), 28)}  ${cell(hit.clientName ?? '—', 28)}  ${hit.originalName}`,
                      `       ${hit.snippet.replace(/\s+/g, ' ')}`,
                    ].join('\n'),
                  )
                  .join('\n'),
          );
        });
      })(...rest),
    );

  documents
    .command('list')
    .description('Listet die Dokumente, neueste zuerst')
    .option('--inbox', 'nur Dokumente, die noch nicht abgelegt sind (Posteingang)')
    .option('--limit <anzahl>', 'höchstens so viele (Standard 100, höchstens 500)')
    .action((...rest: unknown[]) =>
      run(async (opts) => {
        const limit = parseLimit(opts.limit, 100, 500);
        return withCore(opts, async (core) => {
          const listed = await call<{ items: DocumentSummary[]; total: number }>(
            core,
            contracts.documents.list.channel,
            { ...(opts.inbox ? { inbox: true } : {}), limit },
          );
          printResult(opts, listed, () =>
            listed.items.length === 0
              ? opts.inbox
                ? 'Der Posteingang ist leer.'
                : 'Keine Dokumente vorhanden.'
              : [
                  ...listed.items.map(summaryLine),
                  '',
                  `${listed.items.length} von ${listed.total} Dokumenten.`,
                ].join('\n'),
          );
        });
      })(...rest),
    );
}
