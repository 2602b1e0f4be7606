import fs from 'node:fs';
import path from 'node:path';
import { finanzamtDirectorySchema, type Finanzamt } from '../../../src-shared/rules/finanzamt';
import {
  createDocumentAnalyzer,
  type ClientDirectory,
  type DocumentAnalysis,
  type DocumentAnalyzer,
  type ExtractedDocument,
} from '../../../src-shared/rules/documents';
import { findResourcesDir } from '../resources-dir';

let cachedOffices: Finanzamt[] | undefined;

/** The shipped Finanzamt directory (resources/finanzaemter.json), read once per process. */
export function loadFinanzaemter(resourcesDir?: string): Finanzamt[] {
  if (resourcesDir === undefined && cachedOffices) return cachedOffices;
  const file = path.join(resourcesDir ?? findResourcesDir(), 'finanzaemter.json');
  const offices = finanzamtDirectorySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).finanzaemter;
  if (resourcesDir === undefined) cachedOffices = offices;
  return offices;
}

const analyzers = new Map<string, DocumentAnalyzer>();

export interface AnalyzeDocumentOptions {
  /** Where to look the subject up; without it the result proposes a new client. */
  findClients?: ClientDirectory;
  /** The own office's names, never taken as the subject. */
  officeNames?: readonly string[];
  resourcesDir?: string;
}

/**
 * Classifies an extracted document, reads its fields (validated identifiers, dates, amounts, Finanzamt,
 * Land, Einspruchsfrist) and finds the client it belongs to. Pure computation on the text: cheap enough
 * for the caller's thread.
 */
export function analyzeDocument(
  doc: ExtractedDocument,
  opts: AnalyzeDocumentOptions = {},
): Promise<DocumentAnalysis> {
  const key = `${opts.resourcesDir ?? ''}|${(opts.officeNames ?? []).join('|')}`;
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = createDocumentAnalyzer({
      finanzaemter: loadFinanzaemter(opts.resourcesDir),
      officeNames: opts.officeNames,
    });
    analyzers.set(key, analyzer);
  }
  return analyzer.analyze(doc, { findClients: opts.findClients });
}
