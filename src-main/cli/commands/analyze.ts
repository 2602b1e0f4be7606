import path from 'node:path';
import type { Command } from 'commander';
import { docTypeLabels } from '../../../src-shared/rules/documents/doc-types';
import {
  fieldKeys,
  type DocumentAnalysis,
  type DocumentFormat,
  type FieldKey,
} from '../../../src-shared/rules/documents';
import type { Core } from '../../core';
import { destroySharedExtractionPool, DocumentError } from '../../core/analysis';
import { analyzeFile } from '../../core/services/documents/analyze-file';
import { withCore } from '../context';
import { readInputFile } from '../read-input-file';
import { EXIT_OK, EXIT_USER_ERROR, printResult, type GlobalOptions } from '../output';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

export type TextSource = 'pdf-text' | 'ocr' | 'docx' | 'txt';

/** One line of `rsk analyze --json` (the format is fixed by the Posteingang issue, item 7). */
export interface AnalyzeReport {
  file: string;
  ok: boolean;
  /** German, when the file was refused. */
  error: string | null;
  docType: string | null;
  confidence: number | null;
  fields: Record<FieldKey, string | number | null> | null;
  state: string | null;
  einspruchsfristEnd: string | null;
  client: {
    clientNumber: string | null;
    confidence: number;
    candidates: { clientNumber: string | null; displayName: string; score: number }[];
  } | null;
  newClient: { kind: string; name: string; street: string; postalCode: string; city: string } | null;
  textSource: TextSource | null;
  pages: number | null;
  durationMs: number;
}

/** Files analysed at the same time; the worker pool spreads their pages over the cores. */
const CONCURRENT_FILES = 4;

export const textSourceOf = (format: DocumentFormat): TextSource =>
  format === 'pdf-text' ? 'pdf-text' : format === 'docx' ? 'docx' : format === 'txt' ? 'txt' : 'ocr';

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function reportOf(
  file: string,
  analysis: DocumentAnalysis,
  format: DocumentFormat,
  pages: number,
  durationMs: number,
): AnalyzeReport {
  const fields = Object.fromEntries(fieldKeys.map((key) => [key, analysis.fields[key].value])) as Record<
    FieldKey,
    string | number | null
  >;
  const decision = analysis.client;
  return {
    file,
    ok: true,
    error: null,
    docType: analysis.docType.value,
    confidence: round2(analysis.docType.confidence),
    fields,
    state: analysis.state.value,
    einspruchsfristEnd: analysis.einspruchsfristEnd.value,
    client:
      decision.decision === 'match' && decision.client
        ? {
            clientNumber: decision.client.clientNumber ?? null,
            confidence: round2(decision.confidence),
            candidates: decision.candidates.map((c) => ({
              clientNumber: c.clientNumber ?? null,
              displayName: c.displayName,
              score: c.score,
            })),
          }
        : null,
    newClient:
      decision.decision === 'new' && decision.proposal
        ? {
            kind: decision.proposal.kind,
            name: decision.proposal.name,
            street: decision.proposal.street,
            postalCode: decision.proposal.postalCode,
            city: decision.proposal.city,
          }
        : null,
    textSource: textSourceOf(format),
    pages,
    durationMs,
  };
}

const rejected = (file: string, error: string, durationMs: number): AnalyzeReport => ({
  file,
  ok: false,
  error,
  docType: null,
  confidence: null,
  fields: null,
  state: null,
  einspruchsfristEnd: null,
  client: null,
  newClient: null,
  textSource: null,
  pages: null,
  durationMs,
});

async function analyzeOne(core: Core, file: string): Promise<AnalyzeReport> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const input = readInputFile(file);
  if ('error' in input) return rejected(file, input.error, elapsed());
  try {
    const { extraction, analysis } = await analyzeFile(core.deps, {
      bytes: input.bytes,
      name: path.basename(file),
    });
    return reportOf(file, analysis, extraction.format, extraction.pageCount, elapsed());
  } catch (error) {
    if (error instanceof DocumentError) return rejected(file, error.message, elapsed());
    core.deps.logger.error({ err: error }, 'cli analyze failed');
    return rejected(file, 'Die Datei konnte wegen eines internen Fehlers nicht gelesen werden.', elapsed());
  }
}

/** Runs fn over the items with at most `limit` at a time; results keep the input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const cell = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

function table(reports: readonly AnalyzeReport[]): string {
  const lines = [
    [
      cell('Datei', 28),
      cell('Typ', 28),
      cell('Sicher', 6),
      cell('Mandant', 30),
      cell('Einspruchsfrist', 15),
      cell('Quelle', 8),
      'Seiten',
    ].join('  '),
  ];
  for (const r of reports) {
    if (!r.ok) {
      lines.push(`${cell(path.basename(r.file), 28)}  abgelehnt: ${r.error ?? ''}`);
      continue;
    }
    const client = r.client
      ? `${r.client.clientNumber ?? ''} ${r.client.candidates[0]?.displayName ?? ''}`.trim()
      : r.newClient
        ? `neu: ${r.newClient.name}`
        : '—';
    const type = r.docType ? (docTypeLabels[r.docType as keyof typeof docTypeLabels] ?? r.docType) : '—';
    lines.push(
      [
        cell(path.basename(r.file), 28),
        cell(type, 28),
        cell(`${Math.round((r.confidence ?? 0) * 100)} %`, 6),
        cell(client, 30),
        cell(r.einspruchsfristEnd ?? '—', 15),
        cell(r.textSource ?? '', 8),
        String(r.pages ?? ''),
      ].join('  '),
    );
  }
  const refused = reports.filter((r) => !r.ok).length;
  lines.push('', `${reports.length - refused} von ${reports.length} Dateien analysiert.`);
  return lines.join('\n');
}

export function registerAnalyzeCommand(program: Command, run: Run<GlobalOptions>): void {
  program
    .command('analyze <dateien...>')
    .description(
      'Liest und analysiert Dokumente, ohne sie zu speichern (Typ, Felder, Frist, Mandant aus --data-dir)',
    )
    .action((files: string[], ...rest: unknown[]) =>
      run(async (opts) =>
        withCore(opts, async (core) => {
          try {
            const reports = await mapLimited(files, CONCURRENT_FILES, (file) => analyzeOne(core, file));
            printResult(opts, reports, () => table(reports));
            return reports.every((r) => r.ok) ? EXIT_OK : EXIT_USER_ERROR;
          } finally {
            await destroySharedExtractionPool();
          }
        }),
      )(...rest),
    );
}
