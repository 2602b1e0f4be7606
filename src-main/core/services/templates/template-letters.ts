import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { ContractOutput, ContractParsedInput } from '../../../../src-shared/ipc/define';
import type { templatesContracts } from '../../../../src-shared/ipc/contracts/templates';
import { buildRenderData, missingDataReport, type MissingValue } from '../../../../src-shared/templates';
import { todayIso } from '../../clock';
import { orderDocuments } from '../../db/schema';
import {
  docxPlainText,
  letterFileName,
  prepareTemplate,
  previewHtml,
  renderDocx,
  renderSerial,
  safeFileName,
  serialMissingData,
  type PreparedTemplate,
} from '../../templates';
import { matchingClientIds } from '../clients/clients-list';
import { assertDateNearToday } from '../date-range';
import type { Actor, ServiceDeps } from '../deps';
import { insertDocumentRow, setDocumentText } from '../documents/document-rows';
import { mutate, type MutationScope } from '../mutation';
import { findOrderTypeByCode } from '../order-types/order-types-service';
import { defaultBeraterOf, loadClient } from '../orders/order-context';
import { manualDue } from '../orders/order-deadline';
import { insertOrder } from '../orders/orders-service';
import { createLetterDataLoader, type LetterSubject } from './letter-data';
import { serialTasks } from './serial-tasks';
import { currentVersion, readStored, type TemplateRow, type TemplateVersionRow } from './template-library';

type PreviewInput = ContractParsedInput<typeof templatesContracts.preview>;
type GenerateInput = ContractParsedInput<typeof templatesContracts.generate>;
type GenerateOutput = ContractOutput<typeof templatesContracts.generate>;
type SerialCheckInput = ContractParsedInput<typeof templatesContracts.serialCheck>;
type SerialInput = ContractParsedInput<typeof templatesContracts.serial>;
type SerialOutput = ContractOutput<typeof templatesContracts.serial>;
type Selection = SerialInput['selection'];

export type ProgressReporter = (progress: { label: string; done: number; total: number }) => void;

// Compiled templates by content hash: a preview followed by generate, or serial letters, compile once.
const preparedCache = new Map<string, Promise<PreparedTemplate>>();
const PREPARED_CACHE_SIZE = 8;

function preparedFor(deps: ServiceDeps, version: TemplateVersionRow): Promise<PreparedTemplate> {
  const cached = preparedCache.get(version.sha256);
  if (cached) return cached;
  const pending = prepareTemplate(readStored(deps, version.sha256));
  preparedCache.set(version.sha256, pending);
  pending.catch(() => preparedCache.delete(version.sha256));
  while (preparedCache.size > PREPARED_CACHE_SIZE) {
    const oldest = preparedCache.keys().next().value;
    if (oldest === undefined) break;
    preparedCache.delete(oldest);
  }
  return pending;
}

/** The current version of a template that may be used for letters (not archived). */
function usableTemplate(deps: ServiceDeps, templateId: number) {
  const found = currentVersion(deps, templateId);
  if (found.template.archivedAt !== null) {
    throw new AppError(
      'validation',
      `Die Vorlage „${found.template.name}“ ist archiviert. Bitte stellen Sie sie zuerst wieder her.`,
      `Template ${templateId} archived`,
      { field: 'templateId', code: 'template_archived' },
    );
  }
  return found;
}

const fileNameOf = (template: TemplateRow, subject: LetterSubject, date: string): string =>
  letterFileName({
    date,
    templateName: template.name,
    clientNumber: subject.clientNumber,
    clientName: subject.shortName,
  });

export async function previewLetter(
  deps: ServiceDeps,
  actor: Actor,
  input: PreviewInput,
): Promise<{ html: string; missing: MissingValue[]; fileName: string }> {
  const { template, version } = usableTemplate(deps, input.templateId);
  const prepared = await preparedFor(deps, version);
  const loader = createLetterDataLoader(deps, actor);
  const subject = loader.load(input.clientId, input.orderId);
  const data = buildRenderData(subject.input, input.overrides);
  const docx = renderDocx(prepared, data);
  const { html } = await previewHtml(docx);
  return {
    html,
    missing: missingDataReport(prepared.inspection.usages, data),
    fileName: fileNameOf(template, subject, loader.heute),
  };
}

const followUpRule = (kind: 'frist' | 'wiedervorlage') => ({
  field: 'followUp.date',
  label: kind === 'frist' ? 'Die Frist' : 'Die Wiedervorlage',
  yearsBack: 0,
  ahead: { years: 10 },
});

interface StoredLetter {
  subject: LetterSubject;
  fileName: string;
  sha256: string;
  size: number;
  text: string;
}

/** Inserts the document row of a generated letter with its search text; inside the caller's mutation. */
function insertLetter(
  scope: MutationScope,
  deps: ServiceDeps,
  actor: Actor,
  template: TemplateRow,
  version: TemplateVersionRow,
  letter: StoredLetter,
): number {
  const { tx, now } = scope;
  const { id, existed } = insertDocumentRow(tx, {
    sha256: letter.sha256,
    size: letter.size,
    fileKind: 'docx',
    originalName: letter.fileName,
    source: 'vorlage',
    status: 'abgelegt',
    clientId: letter.subject.clientId,
    orderId: letter.subject.orderId,
    templateVersionId: version.id,
    title: template.name,
    textSource: 'docx',
    pages: null,
    importedAt: now,
    importedBy: actor.id,
    confirmedAt: now,
    confirmedBy: actor.id,
    updatedAt: now,
  });
  if (!existed) setDocumentText(deps.sqlite, id, letter.fileName, [letter.text]);
  return id;
}

/**
 * Renders the letter, stores its bytes in the content store, then in one audited transaction files it
 * as a document of the client (linked to the template version and the order) and creates the Frist
 * or Wiedervorlage asked for. Nothing is awaited inside the transaction. Afterwards, in the desktop
 * app, a copy under <dataDir>/geoeffnet/ is opened in the word processor (the stored file stays as is).
 */
export async function generateLetter(
  deps: ServiceDeps,
  actor: Actor,
  input: GenerateInput,
): Promise<GenerateOutput> {
  const today = todayIso(deps.clock);
  if (input.followUp) {
    assertDateNearToday(input.followUp.date, today, followUpRule(input.followUp.kind));
  }
  const { template, version } = usableTemplate(deps, input.templateId);
  const prepared = await preparedFor(deps, version);
  const loader = createLetterDataLoader(deps, actor);
  const subject = loader.load(input.clientId, input.orderId);
  const data = buildRenderData(subject.input, input.overrides);
  const docx = renderDocx(prepared, data);
  const missing = missingDataReport(prepared.inspection.usages, data);
  const fileName = fileNameOf(template, subject, today);
  const text = docxPlainText(docx);
  const stored = deps.store.put(docx);

  const { documentId, followUpOrderId } = mutate(deps, actor, (scope) => {
    const documentId = insertLetter(scope, deps, actor, template, version, {
      subject,
      fileName,
      sha256: stored.sha256,
      size: stored.size,
      text,
    });
    let followUpOrderId: number | null = null;
    const followUp = input.followUp;
    if (followUp) {
      const client = loadClient(scope.tx, subject.clientId);
      if (client.status === 'ehemalig') {
        throw new AppError(
          'validation',
          `${client.displayName} ist ein ehemaliger Mandant; dafür können keine Fristen oder Wiedervorlagen angelegt werden.`,
          'Client is former',
          { field: 'followUp', code: 'client_former' },
        );
      }
      const type = findOrderTypeByCode(scope.tx, 'sonstiges');
      if (!type) {
        throw new AppError(
          'validation',
          'Die Auftragsart „Sonstiges“ fehlt; ohne sie kann keine Frist oder Wiedervorlage angelegt werden.',
          'Order type sonstiges missing',
          { field: 'followUp', code: 'order_type_missing' },
        );
      }
      const orderBerater = subject.input.auftrag
        ? (deps.sqlite.prepare('SELECT berater_id FROM orders WHERE id = ?').get(subject.orderId) as
            { berater_id: number | null } | undefined)
        : undefined;
      followUpOrderId = insertOrder(scope, {
        client,
        type,
        period: null,
        beraterId: orderBerater?.berater_id ?? defaultBeraterOf(scope.tx, client),
        assignedUserId: actor.id,
        title: followUp.title,
        description: `Zum Schreiben „${fileName}“${subject.input.auftrag ? ` (Auftrag „${subject.input.auftrag.title}“)` : ''}.`,
        priority: 'normal',
        due:
          followUp.kind === 'frist'
            ? manualDue(followUp.date, `mit dem Schreiben „${template.name}“ angelegt`)
            : { dueDate: null, reason: null },
        reminderDate: followUp.kind === 'wiedervorlage' ? followUp.date : null,
        notes: null,
        recurrenceKey: null,
        origin: `Mit dem Schreiben „${template.name}“ angelegt`,
      });
      scope.tx
        .insert(orderDocuments)
        .values({ orderId: followUpOrderId, documentId, createdAt: scope.now })
        .onConflictDoNothing()
        .run();
    }
    scope.audit({
      action: 'document.generate',
      entityType: 'document',
      entityId: documentId,
      after: {
        templateId: template.id,
        templateName: template.name,
        templateVersionId: version.id,
        versionNo: version.versionNo,
        clientId: subject.clientId,
        orderId: subject.orderId,
        fileName,
        sha256: stored.sha256,
        overrides: Object.keys(input.overrides),
        followUpOrderId,
      },
    });
    return { documentId, followUpOrderId };
  });

  let opened = false;
  if (input.open && deps.openPath) {
    try {
      const dir = path.join(deps.paths.dataDir, 'geoeffnet');
      fs.mkdirSync(dir, { recursive: true });
      const target = path.join(dir, `${documentId}-${safeFileName(fileName.replace(/\.docx$/, ''), 'docx')}`);
      fs.copyFileSync(deps.store.pathOf(stored.sha256), target);
      opened = await deps.openPath(target);
    } catch (error) {
      deps.logger.warn({ err: error, documentId }, 'generated letter could not be opened');
    }
  }
  return { documentId, fileName, missing, followUpOrderId, opened };
}

// ---------------------------------------------------------------------------------------------
// Serial letters

/** The selected clients' ids in client-number order; refuses an empty selection. */
export function selectedClientIds(deps: ServiceDeps, selection: Selection): number[] {
  let ids: number[];
  if ('clientIds' in selection) {
    ids = [...new Set(selection.clientIds)];
    const known = new Set(
      deps.sqlite
        .prepare('SELECT id FROM clients WHERE id IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify(ids)) as number[],
    );
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new AppError(
        'not_found',
        unknown.length === 1
          ? 'Ein ausgewählter Mandant wurde nicht gefunden.'
          : `${unknown.length} ausgewählte Mandanten wurden nicht gefunden.`,
        `Clients not found: ${unknown.slice(0, 20).join(', ')}`,
        { field: 'selection', code: 'client_not_found' },
      );
    }
  } else {
    ids = matchingClientIds(deps.sqlite, selection.filter);
  }
  if (ids.length === 0) {
    throw new AppError(
      'validation',
      'Für den Serienbrief ist kein Mandant ausgewählt bzw. kein Mandant passt zum Filter.',
      'Empty serial selection',
      { field: 'selection', code: 'no_clients' },
    );
  }
  return deps.sqlite
    .prepare('SELECT id FROM clients WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sort_number, id')
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}

export async function serialCheck(
  deps: ServiceDeps,
  actor: Actor,
  input: SerialCheckInput,
): Promise<ContractOutput<typeof templatesContracts.serialCheck>> {
  const { version } = usableTemplate(deps, input.templateId);
  const prepared = await preparedFor(deps, version);
  const loader = createLetterDataLoader(deps, actor);
  const subjects = selectedClientIds(deps, input.selection).map((id) => loader.load(id));
  const reports = serialMissingData(
    prepared,
    subjects.map((subject) => ({ input: subject.input })),
  );
  return {
    clients: subjects.map((subject, index) => ({
      clientId: subject.clientId,
      clientNumber: subject.clientNumber,
      displayName: subject.displayName,
      missing: reports[index]?.missing ?? [],
    })),
  };
}

const cancelledResult = (fileName: string): SerialOutput => ({
  fileName,
  bytes: new Uint8Array(0),
  count: 0,
  cancelled: true,
  documentIds: [],
});

/**
 * One letter per selected client, as a ZIP of DOCX files or one combined DOCX. Progress after each
 * letter; a cancel (serialCancel with the taskId) stops before anything is stored and returns
 * `cancelled: true`. When all letters are rendered, each is stored as a document of its client
 * (linked to the template version) in one audited transaction.
 */
export async function serialLetters(
  deps: ServiceDeps,
  actor: Actor,
  input: SerialInput,
  report: ProgressReporter,
): Promise<SerialOutput> {
  const task = serialTasks.start(deps.sqlite, input.taskId);
  try {
    const { template, version } = usableTemplate(deps, input.templateId);
    const today = todayIso(deps.clock);
    const outName = letterFileName({
      date: today,
      templateName: template.name,
      clientNumber: '',
      clientName: 'Serienbrief',
      extension: input.output === 'zip' ? 'zip' : 'docx',
    });
    const prepared = await preparedFor(deps, version);
    const loader = createLetterDataLoader(deps, actor);
    const subjects = selectedClientIds(deps, input.selection).map((id) => loader.load(id));
    const label = `Serienbrief „${template.name}“`;
    report({ label, done: 0, total: subjects.length });
    let result;
    try {
      result = await renderSerial(
        prepared,
        subjects.map((subject) => ({ input: subject.input })),
        {
          mode: input.output,
          signal: task.signal,
          onProgress: (progress) => report({ label, done: progress.done, total: progress.total }),
        },
      );
    } catch (error) {
      if (AppError.is(error) && error.kind === 'cancelled') return cancelledResult(outName);
      throw error;
    }
    if (task.signal.aborted) return cancelledResult(outName);

    const letters: StoredLetter[] = result.letters.map((docx, index) => {
      const subject = subjects[index] as LetterSubject;
      const stored = deps.store.put(docx);
      return {
        subject,
        fileName: fileNameOf(template, subject, today),
        sha256: stored.sha256,
        size: stored.size,
        text: docxPlainText(docx),
      };
    });
    const documentIds = mutate(deps, actor, (scope) => {
      const ids = letters.map((letter) => {
        const id = insertLetter(scope, deps, actor, template, version, letter);
        scope.audit({
          action: 'document.generate',
          entityType: 'document',
          entityId: id,
          after: {
            templateId: template.id,
            templateVersionId: version.id,
            clientId: letter.subject.clientId,
            fileName: letter.fileName,
            sha256: letter.sha256,
            serial: input.taskId,
          },
        });
        return id;
      });
      scope.audit({
        action: 'template.serial',
        entityType: 'template',
        entityId: template.id,
        after: { templateVersionId: version.id, output: input.output, count: ids.length, documentIds: ids },
      });
      return ids;
    });
    return {
      fileName: outName,
      bytes: new Uint8Array(result.output),
      count: documentIds.length,
      cancelled: false,
      documentIds,
    };
  } finally {
    task.finish();
  }
}

export const cancelSerial = (deps: ServiceDeps, taskId: string): { cancelled: boolean } => ({
  cancelled: serialTasks.cancel(deps.sqlite, taskId),
});
