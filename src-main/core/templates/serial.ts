import PizZip from 'pizzip';
import { AppError } from '../../../src-shared/errors/app-error';
import {
  buildRenderData,
  getRenderValue,
  missingDataReport,
  type MissingValue,
  type RenderData,
  type RenderInput,
  type RenderOverrides,
} from '../../../src-shared/templates';
import { combineDocuments, type CombinedBreak } from './combine';
import { safeFileName, uniqueFileName } from './file-names';
import { isPreparedTemplate, prepareTemplate, type PreparedTemplate } from './prepare';
import { renderDocx } from './render';

export interface SerialEntry {
  input: RenderInput;
  /** Values typed in for this client's letter only. */
  overrides?: RenderOverrides;
}

export interface SerialProgress {
  done: number;
  total: number;
  /** Mandantennummer and name of the letter just finished. */
  current?: string;
}

export interface SerialOptions {
  /** `zip`: one DOCX per client in a ZIP; `combined`: one DOCX with all letters. */
  mode: 'zip' | 'combined';
  /** `section` (default): each letter in its own section (letterhead, page numbers); `page`: page breaks. */
  combinedBreak?: CombinedBreak;
  onProgress?: (progress: SerialProgress) => void;
  signal?: AbortSignal;
}

export interface SerialClientReport {
  index: number;
  clientNumber: string;
  name: string;
  /** File name inside the ZIP (also set in combined mode, for reference). */
  fileName: string;
  missing: MissingValue[];
}

export interface SerialResult {
  mode: SerialOptions['mode'];
  /** The ZIP or the combined DOCX. */
  output: Buffer;
  /** Each client's letter on its own, in the order of the entries (to store them one by one). */
  letters: Buffer[];
  fileName: string;
  reports: SerialClientReport[];
  /** German notes for the user, e.g. about headers in combined mode. */
  warnings: string[];
}

const text = (data: RenderData, key: string): string => {
  const value = getRenderValue(data, key);
  return typeof value === 'string' ? value : '';
};

function reportsFor(template: PreparedTemplate, datas: readonly RenderData[]): SerialClientReport[] {
  const taken = new Set<string>();
  return datas.map((data, index) => {
    const clientNumber = text(data, 'mandant.nummer');
    const name = text(data, 'mandant.name');
    const fileName = uniqueFileName(
      safeFileName([clientNumber, name].filter(Boolean).join('_') || `Brief_${index + 1}`, 'docx'),
      taken,
    );
    return {
      index,
      clientNumber,
      name,
      fileName,
      missing: missingDataReport(template.inspection.usages, data),
    };
  });
}

/** The missing-data report for every client, to show before a serial letter is started. */
export function serialMissingData(
  template: PreparedTemplate,
  entries: readonly SerialEntry[],
): SerialClientReport[] {
  return reportsFor(
    template,
    entries.map((entry) => buildRenderData(entry.input, entry.overrides)),
  );
}

const cancelled = () =>
  new AppError(
    'cancelled',
    'Der Serienbrief wurde abgebrochen; es wurde keine Datei erstellt.',
    'Serial letter cancelled',
  );

// Lets progress events and an abort reach us between letters without slowing the batch down much.
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Serial letter: renders the template once per client (the template is checked and compiled once)
 * into a ZIP of DOCX files named after Mandantennummer and name, or into one combined DOCX. Reports
 * progress after each letter and stops with a 'cancelled' AppError when the signal aborts.
 */
export async function renderSerial(
  template: PreparedTemplate | Uint8Array,
  entries: readonly SerialEntry[],
  options: SerialOptions,
): Promise<SerialResult> {
  if (entries.length === 0) {
    throw new AppError(
      'validation',
      'Für den Serienbrief ist kein Mandant ausgewählt.',
      'No serial letter entries',
    );
  }
  const prepared = isPreparedTemplate(template) ? template : await prepareTemplate(template);
  const datas = entries.map((entry) => buildRenderData(entry.input, entry.overrides));
  const reports = reportsFor(prepared, datas);
  const documents: Buffer[] = [];
  for (const [index, data] of datas.entries()) {
    if (options.signal?.aborted) throw cancelled();
    documents.push(renderDocx(prepared, data));
    const report = reports[index];
    options.onProgress?.({
      done: index + 1,
      total: datas.length,
      ...(report ? { current: [report.clientNumber, report.name].filter(Boolean).join(' ') } : {}),
    });
    await yieldToEventLoop();
  }
  if (options.signal?.aborted) throw cancelled();

  const warnings: string[] = [];
  if (options.mode === 'combined') {
    if (prepared.inspection.clientDataInHeaderOrFooter && entries.length > 1) {
      warnings.push(
        'Kopf- oder Fußzeile der Vorlage enthalten Mandantendaten; im Sammeldokument zeigen sie die Daten des ersten Mandanten.',
      );
    }
    return {
      mode: 'combined',
      output: combineDocuments(documents, options.combinedBreak ?? 'section'),
      letters: documents,
      fileName: 'Serienbrief.docx',
      reports,
      warnings,
    };
  }
  const zip = new PizZip();
  documents.forEach((docx, index) => {
    // DOCX files are compressed already.
    zip.file(reports[index]?.fileName ?? `Brief_${index + 1}.docx`, docx, {
      binary: true,
      compression: 'STORE',
    });
  });
  return {
    mode: 'zip',
    output: zip.generate({ type: 'nodebuffer' }),
    letters: documents,
    fileName: 'Serienbrief.zip',
    reports,
    warnings,
  };
}
