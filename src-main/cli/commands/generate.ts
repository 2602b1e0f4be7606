import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import PizZip from 'pizzip';
import type { ClientSummary } from '../../../src-shared/clients/client-output';
import { contracts } from '../../../src-shared/ipc/contracts';
import {
  buildRenderData,
  findPlaceholder,
  missingDataReport,
  type MissingValue,
} from '../../../src-shared/templates';
import type { TemplateInspectionDto, TemplateSummary } from '../../../src-shared/templates/template-schemas';
import type { Core } from '../../core';
import { createLetterDataLoader } from '../../core/services/templates/letter-data';
import { letterFileName, prepareTemplate, renderDocx, uniqueFileName } from '../../core/templates';
import { withCore } from '../context';
import { EXIT_OK, message, printResult, UserError, type GlobalOptions } from '../output';
import { collectList } from '../parse-options';
import { callAs, inspectionJson, readInputFile } from './templates';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

interface GenerateOptions extends GlobalOptions {
  template?: string;
  client?: string;
  clients?: string[];
  order?: string;
  out?: string;
  set?: string[];
}

const t = contracts.templates;

const collectSet = (value: string, previous: string[] = []): string[] => [...previous, value];

/** --set key=Wert (repeatable): values for this letter only; "\n" in a value starts a new line. */
function parseOverrides(values: readonly string[] | undefined): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const entry of values ?? []) {
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!key)
      throw new UserError(
        `--set: „${entry}“ hat nicht die Form Platzhalter=Wert, z. B. eingabe.betreff=Ihre Erklärung.`,
      );
    if (!findPlaceholder(key)) throw new UserError(`--set: Den Platzhalter „${key}“ gibt es nicht.`);
    overrides[key] = entry.slice(eq + 1).replace(/\\n/g, '\n');
  }
  return overrides;
}

const isTemplateFile = (value: string): boolean =>
  /\.(docx|dotx|docm|doc)$/i.test(value) || (fs.existsSync(value) && fs.statSync(value).isFile());

async function libraryTemplate(core: Core, name: string): Promise<TemplateSummary> {
  const { items } = await callAs<{ items: TemplateSummary[] }>(core, t.list.channel, {
    includeArchived: false,
  });
  const wanted = name.trim().toLocaleLowerCase('de');
  const found = items.find((item) => item.name.toLocaleLowerCase('de') === wanted);
  if (!found) {
    throw new UserError(
      `Eine Vorlage „${name}“ gibt es in der Bibliothek nicht. Vorhanden: ${items.map((item) => `„${item.name}“`).join(', ') || 'keine'}.`,
    );
  }
  return found;
}

async function clientByNumber(core: Core, clientNumber: string): Promise<ClientSummary> {
  const number = clientNumber.trim();
  const found = await callAs<{ items: ClientSummary[] }>(core, contracts.clients.list.channel, {
    query: number,
    limit: 1_000,
  });
  const match = found.items.find((item) => item.clientNumber === number);
  if (!match) throw new UserError(`Einen Mandanten mit der Nummer „${clientNumber}“ gibt es nicht.`);
  return match;
}

function parseOrder(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value.trim());
  if (!Number.isInteger(id) || id < 1) throw new UserError(`--order: „${value}“ ist keine Auftragsnummer.`);
  return id;
}

function writeFile(file: string, bytes: Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, bytes);
  } catch (error) {
    throw new UserError(
      `Die Datei „${file}“ kann nicht geschrieben werden (${(error as NodeJS.ErrnoException).code ?? 'Fehler'}).`,
      String(error),
    );
  }
}

const missingLines = (missing: readonly { message: string }[]) =>
  missing.map((m) => `  Hinweis: ${m.message}`);

interface SingleResult {
  file: string;
  fileName: string;
  template: string;
  clientNumber: string;
  client: string;
  /** Set when the letter was stored as a document of the client (library templates). */
  documentId: number | null;
  missing: MissingValue[];
}

/**
 * One letter. A library template goes through templates:generate: the letter is stored as a document
 * of the client (linked to the template version) and the same bytes are written to --out. A template
 * given as a file is checked (templates:inspect) and rendered without storing anything: it has no
 * version in the library to link the document to.
 */
async function generateOne(
  core: Core,
  opts: GenerateOptions,
  template: string,
  out: string,
): Promise<SingleResult> {
  const overrides = parseOverrides(opts.set);
  const orderId = parseOrder(opts.order);
  const client = await clientByNumber(core, opts.client ?? '');
  if (isTemplateFile(template)) {
    const bytes = readInputFile(template);
    const inspection = await callAs<TemplateInspectionDto>(core, t.inspect.channel, {
      bytes,
      fileName: path.basename(template),
    });
    const checked = inspectionJson(inspection);
    if (checked.errors.length > 0) {
      throw new UserError(
        `Die Vorlage „${path.basename(template)}“ enthält Fehler: ${checked.errors.map((e) => e.message).join(' ')}`,
      );
    }
    for (const u of checked.unknown) if (!opts.json) message(`Warnung: ${u.message}`);
    const prepared = await prepareTemplate(bytes);
    const loader = createLetterDataLoader(core.deps, core.actor);
    const subject = loader.load(client.id, orderId);
    const data = buildRenderData(subject.input, overrides);
    const docx = renderDocx(prepared, data);
    writeFile(out, docx);
    const name = path.basename(template).replace(/\.[^.]+$/, '');
    return {
      file: path.resolve(out),
      fileName: letterFileName({
        date: loader.heute,
        templateName: name,
        clientNumber: subject.clientNumber,
        clientName: subject.shortName,
      }),
      template: name,
      clientNumber: client.clientNumber,
      client: client.displayName,
      documentId: null,
      missing: missingDataReport(prepared.inspection.usages, data),
    };
  }
  const summary = await libraryTemplate(core, template);
  const generated = await callAs<{ documentId: number; fileName: string; missing: MissingValue[] }>(
    core,
    t.generate.channel,
    { templateId: summary.id, clientId: client.id, ...(orderId ? { orderId } : {}), overrides },
  );
  const row = core.deps.sqlite
    .prepare('SELECT sha256 FROM documents WHERE id = ?')
    .get(generated.documentId) as {
    sha256: string;
  };
  writeFile(out, core.deps.store.read(row.sha256));
  return {
    file: path.resolve(out),
    fileName: generated.fileName,
    template: summary.name,
    clientNumber: client.clientNumber,
    client: client.displayName,
    documentId: generated.documentId,
    missing: generated.missing,
  };
}

interface SerialReportEntry {
  clientNumber: string;
  client: string;
  file: string;
  missing: string[];
}

/** Serial letter into a folder: one DOCX per client, each also stored as a document of its client. */
async function generateSerial(core: Core, opts: GenerateOptions, template: string, dir: string) {
  if (isTemplateFile(template)) {
    throw new UserError(
      'Serienbriefe entstehen aus Vorlagen der Bibliothek (--template NAME); eine Datei bitte zuerst hochladen.',
    );
  }
  const list = opts.clients ?? [];
  const summary = await libraryTemplate(core, template);
  let selection: unknown;
  if (list.length === 1 && list[0]?.toLowerCase() === 'all') {
    selection = { filter: { status: 'aktiv' } };
  } else {
    const ids: number[] = [];
    for (const number of list) ids.push((await clientByNumber(core, number)).id);
    selection = { clientIds: ids };
  }
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new UserError(`„${dir}“ ist eine Datei; für einen Serienbrief bitte einen Ordner angeben.`);
  }
  const check = await callAs<{
    clients: { clientNumber: string; displayName: string; missing: { message: string }[] }[];
  }>(core, t.serialCheck.channel, { templateId: summary.id, selection });
  const taskId = randomUUID();
  const stop = opts.json
    ? () => {}
    : core.on('progress', (p) => {
        if (p.taskId === taskId && p.total > 0 && (p.done === p.total || p.done % 50 === 0))
          message(`${p.label}: ${p.done} von ${p.total}`);
      });
  let result: { bytes: Uint8Array; count: number; documentIds: number[]; cancelled: boolean };
  try {
    result = await callAs(core, t.serial.channel, {
      templateId: summary.id,
      selection,
      output: 'zip',
      taskId,
    });
  } finally {
    stop();
  }
  fs.mkdirSync(dir, { recursive: true });
  const taken = new Set(fs.readdirSync(dir).map((name) => name.toLowerCase()));
  const zip = new PizZip(result.bytes);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const report: SerialReportEntry[] = entries.map((entry, index) => {
    const name = uniqueFileName(path.basename(entry.name), taken);
    writeFile(path.join(dir, name), entry.asUint8Array());
    const client = check.clients[index];
    return {
      clientNumber: client?.clientNumber ?? '',
      client: client?.displayName ?? '',
      file: name,
      missing: (client?.missing ?? []).map((m) => m.message),
    };
  });
  return {
    template: summary.name,
    dir: path.resolve(dir),
    count: report.length,
    documentIds: result.documentIds,
    clients: report,
  };
}

export function registerGenerateCommand(program: Command, run: Run<GenerateOptions>): void {
  program
    .command('generate')
    .description(
      'Erstellt einen Brief aus einer Vorlage für einen Mandanten (--client) oder einen Serienbrief (--clients) in einen Ordner',
    )
    .option('--template <name|datei>', 'Name einer Vorlage der Bibliothek oder eine .docx-Datei')
    .option('--client <nummer>', 'Mandantennummer')
    .option(
      '--clients <all|nummern>',
      'Serienbrief: all (alle aktiven) oder Mandantennummern mit Komma',
      collectList,
    )
    .option('--order <id>', 'Auftrag, auf den sich der Brief bezieht')
    .option(
      '--set <platzhalter=wert>',
      'Wert nur für diesen Brief, z. B. eingabe.betreff=…; mehrfach möglich',
      collectSet,
    )
    .option('--out <datei|ordner>', 'Zieldatei (.docx) bzw. Zielordner beim Serienbrief')
    .action((...rest: unknown[]) =>
      run(async (opts) => {
        const template = opts.template?.trim();
        if (!template)
          throw new UserError(
            'Bitte geben Sie --template mit dem Namen einer Vorlage oder einer .docx-Datei an.',
          );
        const out = opts.out?.trim();
        if (!out) throw new UserError('Bitte geben Sie mit --out an, wohin der Brief geschrieben wird.');
        const serial = (opts.clients?.length ?? 0) > 0;
        if (serial === (opts.client !== undefined)) {
          throw new UserError(
            'Bitte geben Sie entweder --client NUMMER (ein Brief) oder --clients all|N,N,… (Serienbrief) an.',
          );
        }
        return withCore(opts, async (core) => {
          if (serial) {
            const result = await generateSerial(core, opts, template, out);
            printResult(opts, result, () =>
              [
                `${result.count} Briefe aus „${result.template}“ in ${result.dir}:`,
                ...result.clients.flatMap((c) => [
                  `${c.clientNumber.padEnd(8)} ${c.client} → ${c.file}`,
                  ...missingLines(c.missing.map((m) => ({ message: m }))),
                ]),
              ].join('\n'),
            );
            return EXIT_OK;
          }
          const result = await generateOne(core, opts, template, out);
          printResult(opts, result, () =>
            [
              `Brief „${result.template}“ für ${result.clientNumber} ${result.client} geschrieben: ${result.file}`,
              result.documentId === null
                ? 'Nicht abgelegt (Vorlage aus einer Datei, nicht aus der Bibliothek).'
                : `Als Dokument des Mandanten abgelegt: „${result.fileName}“.`,
              ...missingLines(result.missing),
            ].join('\n'),
          );
          return EXIT_OK;
        });
      })(...rest),
    );
}
