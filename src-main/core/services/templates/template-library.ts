import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import type { templatesContracts } from '../../../../src-shared/ipc/contracts/templates';
import { placeholderRegistry, type PlaceholderDefinition } from '../../../../src-shared/templates';
import type {
  TemplateDetail,
  TemplateInspectionDto,
  TemplateSummary,
  placeholderInfoSchema,
} from '../../../../src-shared/templates/template-schemas';
import { cachedStatement } from '../../db/statement-cache';
import { templates, templateVersions } from '../../db/schema';
import type { Tx } from '../../db/types';
import { sha256Of } from '../../storage/content-store';
import { inspectValidated, validateTemplateFile, type TemplateInspection } from '../../templates';
import type { Actor, ServiceDeps } from '../deps';
import { mutate, type MutationScope } from '../mutation';
import { assertVersion } from '../optimistic-lock';

type UploadInput = ContractParsedInput<typeof templatesContracts.upload>;
type MetaInput = ContractParsedInput<typeof templatesContracts.updateMeta>;
type ArchiveInput = ContractParsedInput<typeof templatesContracts.archive>;
type PlaceholderInfo = z.infer<typeof placeholderInfoSchema>;

export type TemplateRow = typeof templates.$inferSelect;
export type TemplateVersionRow = typeof templateVersions.$inferSelect;

const eqId = (id: number) => eq(templates.id, id);

const templateEntity = (id: number) =>
  ({ entityType: 'template', entityId: id, subject: 'Die Vorlage', pronoun: 'sie' }) as const;

export const templateNotFound = (id: number) =>
  new AppError('not_found', 'Die Vorlage wurde nicht gefunden.', `Template ${id} not found`, {
    field: 'templateId',
    code: 'template_not_found',
  });

// ---------------------------------------------------------------------------------------------
// Reading

interface VersionListRow {
  id: number;
  template_id: number;
  version_no: number;
  original_name: string;
  size: number;
  uploaded_at: string;
  uploaded_by_name: string | null;
  inspection_json: string;
  documents: number;
}

const VERSION_SELECT = `SELECT v.id, v.template_id, v.version_no, v.original_name, v.size, v.uploaded_at,
  u.display_name AS uploaded_by_name, v.inspection_json,
  (SELECT count(*) FROM documents d WHERE d.template_version_id = v.id) AS documents
  FROM template_versions v LEFT JOIN users u ON u.id = v.uploaded_by`;

export function parseInspection(json: string): TemplateInspection {
  try {
    return JSON.parse(json) as TemplateInspection;
  } catch {
    return {
      ok: true,
      tags: [],
      usages: [],
      unknown: [],
      syntaxErrors: [],
      groups: [],
      clientDataInHeaderOrFooter: false,
    };
  }
}

export const inspectionDto = (inspection: TemplateInspection): TemplateInspectionDto => ({
  ok: inspection.ok,
  tags: inspection.tags,
  unknown: inspection.unknown,
  syntaxErrors: inspection.syntaxErrors,
  groups: inspection.groups,
  clientDataInHeaderOrFooter: inspection.clientDataInHeaderOrFooter,
});

const versionDto = (row: VersionListRow) => ({
  id: row.id,
  versionNo: row.version_no,
  originalName: row.original_name,
  size: row.size,
  uploadedAt: row.uploaded_at,
  uploadedByName: row.uploaded_by_name,
  warnings: parseInspection(row.inspection_json).unknown.length,
  documents: row.documents,
});

function summaryOf(row: TemplateRow, versions: readonly VersionListRow[]): TemplateSummary {
  const current = versions[0];
  if (!current) throw new Error(`Template ${row.id} has no version`);
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    description: row.description,
    builtin: row.builtinKey !== null,
    archived: row.archivedAt !== null,
    current: versionDto(current),
    versionCount: versions.length,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Versions of a template, newest (the current one) first. */
const versionsOf = (deps: Pick<ServiceDeps, 'sqlite'>, templateId: number): VersionListRow[] =>
  cachedStatement(deps.sqlite, `${VERSION_SELECT} WHERE v.template_id = ? ORDER BY v.version_no DESC`).all(
    templateId,
  ) as VersionListRow[];

export function listTemplates(
  deps: ServiceDeps,
  input: { includeArchived: boolean },
): { items: TemplateSummary[] } {
  const rows = deps.db.select().from(templates).all();
  const versions = cachedStatement(
    deps.sqlite,
    `${VERSION_SELECT} ORDER BY v.version_no DESC`,
  ).all() as VersionListRow[];
  const byTemplate = new Map<number, VersionListRow[]>();
  for (const version of versions) {
    byTemplate.set(version.template_id, [...(byTemplate.get(version.template_id) ?? []), version]);
  }
  const collator = new Intl.Collator('de');
  return {
    items: rows
      .filter((row) => input.includeArchived || row.archivedAt === null)
      .filter((row) => (byTemplate.get(row.id)?.length ?? 0) > 0)
      .sort((a, b) => collator.compare(a.category, b.category) || collator.compare(a.name, b.name))
      .map((row) => summaryOf(row, byTemplate.get(row.id) ?? [])),
  };
}

export function loadTemplateRow(db: ServiceDeps['db'] | Tx, id: number): TemplateRow {
  const row = db.select().from(templates).where(eqId(id)).get();
  if (!row) throw templateNotFound(id);
  return row;
}

export function getTemplate(deps: ServiceDeps, id: number): TemplateDetail {
  const row = loadTemplateRow(deps.db, id);
  const versions = versionsOf(deps, id);
  const current = versions[0];
  if (!current) throw templateNotFound(id);
  return {
    ...summaryOf(row, versions),
    versions: versions.map(versionDto),
    inspection: inspectionDto(parseInspection(current.inspection_json)),
  };
}

/** The template and its current (newest) version row. */
export function currentVersion(
  deps: ServiceDeps,
  templateId: number,
): { template: TemplateRow; version: TemplateVersionRow } {
  const template = loadTemplateRow(deps.db, templateId);
  const version = deps.sqlite
    .prepare(
      `SELECT id, template_id AS templateId, version_no AS versionNo, sha256, size, original_name AS originalName,
         inspection_json AS inspectionJson, uploaded_at AS uploadedAt, uploaded_by AS uploadedBy
       FROM template_versions WHERE template_id = ? ORDER BY version_no DESC LIMIT 1`,
    )
    .get(templateId) as TemplateVersionRow | undefined;
  if (!version) throw templateNotFound(templateId);
  return { template, version };
}

export function downloadTemplateVersion(
  deps: ServiceDeps,
  versionId: number,
): { fileName: string; bytes: Uint8Array<ArrayBuffer> } {
  const row = cachedStatement(
    deps.sqlite,
    'SELECT sha256, original_name FROM template_versions WHERE id = ?',
  ).get(versionId) as { sha256: string; original_name: string } | undefined;
  if (!row) {
    throw new AppError(
      'not_found',
      'Diese Version der Vorlage wurde nicht gefunden.',
      `Template version ${versionId} not found`,
      { field: 'versionId', code: 'template_version_not_found' },
    );
  }
  return { fileName: row.original_name, bytes: new Uint8Array(readStored(deps, row.sha256)) };
}

export function readStored(deps: ServiceDeps, sha256: string): Buffer {
  if (!deps.store.has(sha256)) {
    throw new AppError(
      'internal',
      'Die Datei der Vorlage fehlt im Dokumentenspeicher. Bitte laden Sie die Vorlage erneut hoch.',
      `Template content ${sha256} missing from the store`,
    );
  }
  return deps.store.read(sha256);
}

// ---------------------------------------------------------------------------------------------
// Placeholders and inspection

function snippetOf(definition: PlaceholderDefinition): string {
  return definition.type === 'loop' || definition.type === 'condition'
    ? `{#${definition.key}}…{/${definition.key}}`
    : `{${definition.key}}`;
}

/** The registry for the UI: grouped there, with the snippet to paste into Word. */
export function placeholderInfos(): { items: PlaceholderInfo[] } {
  return {
    items: placeholderRegistry.map((definition) => ({
      key: definition.key,
      label: definition.label,
      description: definition.description,
      example: definition.example,
      group: definition.group,
      type: definition.type,
      snippet: snippetOf(definition),
      ...(definition.fields
        ? {
            fields: definition.fields.map((field) => ({
              name: field.name,
              label: field.label,
              description: field.description,
            })),
          }
        : {}),
    })),
  };
}

/** Checks a file by content (AppError 'validation' with the German reason) and inspects its tags. */
export async function checkTemplateFile(
  bytes: Uint8Array,
): Promise<{ docx: Buffer; inspection: TemplateInspection }> {
  const { docx } = await validateTemplateFile(bytes);
  return { docx, inspection: inspectValidated(docx) };
}

export async function inspectUpload(bytes: Uint8Array): Promise<TemplateInspectionDto> {
  return inspectionDto((await checkTemplateFile(bytes)).inspection);
}

/** A template with syntax errors is refused: the German messages with their places in details. */
export function syntaxRefusal(inspection: TemplateInspection): AppError {
  const first = inspection.syntaxErrors[0];
  const more =
    inspection.syntaxErrors.length > 1 ? ` (und ${inspection.syntaxErrors.length - 1} weitere Fehler)` : '';
  return new AppError(
    'validation',
    `Die Vorlage enthält Fehler und wurde nicht gespeichert: ${first?.message ?? ''}${more}`,
    'Template has syntax errors',
    { code: 'template-syntax', errors: inspection.syntaxErrors },
  );
}

// ---------------------------------------------------------------------------------------------
// Writing

const cleanFileName = (fileName: string): string => {
  const base = path
    .basename(fileName.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
    .replace(/[\u0000-\u001f]/g, '')
    .trim();
  return base === '' ? 'Vorlage.docx' : base.slice(0, 200);
};

function assertNameFree(tx: Tx, name: string, exceptId?: number): void {
  const taken = tx
    .select({ id: templates.id, name: templates.name })
    .from(templates)
    .all()
    .find((t) => t.name.toLocaleLowerCase('de') === name.toLocaleLowerCase('de') && t.id !== exceptId);
  if (taken) {
    throw new AppError(
      'validation',
      `Eine Vorlage mit dem Namen „${taken.name}“ gibt es bereits. Bitte wählen Sie einen anderen Namen oder laden Sie eine neue Version dieser Vorlage hoch.`,
      'Template name taken',
      { field: 'name', code: 'template_name_taken' },
    );
  }
}

interface NewVersion {
  sha256: string;
  size: number;
  originalName: string;
  inspection: TemplateInspection;
  uploadedBy: number | null;
}

function insertVersion(
  scope: MutationScope,
  deps: Pick<ServiceDeps, 'sqlite'>,
  templateId: number,
  version: NewVersion,
): TemplateVersionRow {
  const max = deps.sqlite
    .prepare('SELECT coalesce(max(version_no), 0) AS n FROM template_versions WHERE template_id = ?')
    .get(templateId) as { n: number };
  const row = scope.tx
    .insert(templateVersions)
    .values({
      templateId,
      versionNo: max.n + 1,
      sha256: version.sha256,
      size: version.size,
      originalName: version.originalName,
      inspectionJson: JSON.stringify(version.inspection),
      uploadedAt: scope.now,
      uploadedBy: version.uploadedBy,
    })
    .returning()
    .get();
  return row;
}

const versionAudit = (row: TemplateVersionRow) => ({
  versionId: row.id,
  versionNo: row.versionNo,
  sha256: row.sha256,
  size: row.size,
  originalName: row.originalName,
});

/**
 * A new template, or with templateId a new version of an existing one (older versions stay, and the
 * documents generated from them keep pointing at them). The file is checked by content and its tags
 * inspected first: refused files and templates with syntax errors store nothing; unknown
 * placeholders are kept as warnings of the version. The uploaded bytes are stored unchanged.
 */
export async function uploadTemplate(
  deps: ServiceDeps,
  actor: Actor,
  input: UploadInput,
): Promise<TemplateDetail> {
  const { inspection } = await checkTemplateFile(input.bytes);
  if (!inspection.ok) throw syntaxRefusal(inspection);
  if (input.templateId !== undefined) loadTemplateRow(deps.db, input.templateId);
  const stored = deps.store.put(input.bytes);
  const version: NewVersion = {
    sha256: stored.sha256,
    size: stored.size,
    originalName: cleanFileName(input.fileName),
    inspection,
    uploadedBy: actor.id,
  };
  const description = input.description ? input.description : null;
  const id = mutate(deps, actor, (scope) => {
    const { tx, now, audit } = scope;
    if (input.templateId === undefined) {
      assertNameFree(tx, input.name);
      const created = tx
        .insert(templates)
        .values({
          name: input.name,
          category: input.category,
          description,
          builtinKey: null,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      const row = insertVersion(scope, deps, created.id, version);
      audit({
        action: 'template.create',
        entityType: 'template',
        entityId: created.id,
        after: { ...created, ...versionAudit(row), unknown: inspection.unknown.map((u) => u.name) },
      });
      return created.id;
    }
    const before = loadTemplateRow(tx, input.templateId);
    assertNameFree(tx, input.name, before.id);
    const after = tx
      .update(templates)
      .set({
        name: input.name,
        category: input.category,
        description: input.description === undefined ? before.description : description,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eqId(before.id))
      .returning()
      .get();
    const row = insertVersion(scope, deps, before.id, version);
    audit({
      action: 'template.upload_version',
      entityType: 'template',
      entityId: before.id,
      before,
      after: { ...after, ...versionAudit(row), unknown: inspection.unknown.map((u) => u.name) },
    });
    return before.id;
  });
  return getTemplate(deps, id);
}

export function updateTemplateMeta(deps: ServiceDeps, actor: Actor, input: MetaInput): TemplateDetail {
  mutate(deps, actor, ({ tx, now, audit }) => {
    const before = loadTemplateRow(tx, input.id);
    assertVersion(tx, actor, templateEntity(before.id), input.version, before.version);
    assertNameFree(tx, input.name, before.id);
    const after = tx
      .update(templates)
      .set({
        name: input.name,
        category: input.category,
        description: input.description === undefined ? before.description : input.description || null,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eqId(before.id))
      .returning()
      .get();
    audit({ action: 'template.update', entityType: 'template', entityId: before.id, before, after });
  });
  return getTemplate(deps, input.id);
}

export function archiveTemplate(deps: ServiceDeps, actor: Actor, input: ArchiveInput): TemplateDetail {
  mutate(deps, actor, ({ tx, now, audit }) => {
    const before = loadTemplateRow(tx, input.id);
    assertVersion(tx, actor, templateEntity(before.id), input.version, before.version);
    const after = tx
      .update(templates)
      .set({
        archivedAt: input.archived ? (before.archivedAt ?? now) : null,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eqId(before.id))
      .returning()
      .get();
    audit({
      action: input.archived ? 'template.archive' : 'template.restore',
      entityType: 'template',
      entityId: before.id,
      before: { archivedAt: before.archivedAt, version: before.version },
      after: { archivedAt: after.archivedAt, version: after.version },
    });
  });
  return getTemplate(deps, input.id);
}

// ---------------------------------------------------------------------------------------------
// Shipped defaults

const catalogSchema = z.object({
  templates: z.array(
    z.object({
      name: z.string(),
      category: z.string(),
      description: z.string().nullable().optional(),
      file: z.string(),
    }),
  ),
});

// The shipped files never change while the program runs: inspect each once per process (tests and
// the benchmark start many cores).
const shippedInspections = new Map<string, TemplateInspection>();

interface PlannedDefault {
  entry: z.infer<typeof catalogSchema>['templates'][number];
  bytes: Buffer;
  sha256: string;
  /** Existing builtin template that gets a new version; undefined: install it. */
  templateId?: number;
}

/**
 * Installs the default templates of resources/templates/catalog.json, keyed by file name
 * (templates.builtin_key). Idempotent; the rule for later program versions:
 *
 * - A default not yet in the library is added (also when a later program version ships a new one).
 * - A default whose shipped DOCX is already one of the template's versions (same sha256) is left alone.
 * - A changed shipped DOCX becomes a new version of the builtin template, but only while its current
 *   version is a shipped one (uploaded_by NULL). Once the office has uploaded its own version, that
 *   version stays current and the changed default is not added: the office's edit wins.
 * - Name, category, description and the archive flag the office set are never touched.
 *
 * Shipped versions have no uploader (uploaded_by NULL) and are audited as the system.
 */
export async function installDefaultTemplates(
  deps: ServiceDeps,
): Promise<{ installed: number; updated: number }> {
  const dir = path.join(deps.resourcesDir, 'templates');
  const catalogFile = path.join(dir, 'catalog.json');
  if (!fs.existsSync(catalogFile)) {
    deps.logger.warn({ catalogFile }, 'default templates: no catalog');
    return { installed: 0, updated: 0 };
  }
  const catalog = catalogSchema.parse(JSON.parse(fs.readFileSync(catalogFile, 'utf8')));
  const planned: PlannedDefault[] = [];
  for (const entry of catalog.templates) {
    const file = path.join(dir, entry.file);
    if (!fs.existsSync(file)) {
      deps.logger.warn({ file: entry.file }, 'default templates: file missing');
      continue;
    }
    const bytes = fs.readFileSync(file);
    const sha256 = sha256Of(bytes);
    const existing = deps.sqlite.prepare('SELECT id FROM templates WHERE builtin_key = ?').get(entry.file) as
      { id: number } | undefined;
    if (!existing) {
      planned.push({ entry, bytes, sha256 });
      continue;
    }
    const versions = deps.sqlite
      .prepare(
        'SELECT sha256, uploaded_by FROM template_versions WHERE template_id = ? ORDER BY version_no DESC',
      )
      .all(existing.id) as { sha256: string; uploaded_by: number | null }[];
    if (versions.some((v) => v.sha256 === sha256)) continue;
    if (versions[0] && versions[0].uploaded_by !== null) continue;
    planned.push({ entry, bytes, sha256, templateId: existing.id });
  }
  if (planned.length === 0) return { installed: 0, updated: 0 };

  const prepared: (PlannedDefault & { inspection: TemplateInspection })[] = [];
  for (const plan of planned) {
    try {
      const inspection =
        shippedInspections.get(plan.sha256) ?? (await checkTemplateFile(plan.bytes)).inspection;
      if (!inspection.ok) throw syntaxRefusal(inspection);
      shippedInspections.set(plan.sha256, inspection);
      deps.store.put(plan.bytes);
      prepared.push({ ...plan, inspection });
    } catch (error) {
      deps.logger.error({ err: error, file: plan.entry.file }, 'default template refused');
    }
  }
  let installed = 0;
  let updated = 0;
  if (prepared.length === 0) return { installed, updated };
  mutate(deps, null, (scope) => {
    const { tx, now, audit } = scope;
    const names = new Set(
      tx
        .select({ name: templates.name })
        .from(templates)
        .all()
        .map((t) => t.name.toLocaleLowerCase('de')),
    );
    for (const plan of prepared) {
      const version: NewVersion = {
        sha256: plan.sha256,
        size: plan.bytes.length,
        originalName: plan.entry.file,
        inspection: plan.inspection,
        uploadedBy: null,
      };
      if (plan.templateId === undefined) {
        let name = plan.entry.name;
        for (let i = 1; names.has(name.toLocaleLowerCase('de')); i++) {
          name = `${plan.entry.name} (Standard${i > 1 ? ` ${i}` : ''})`;
        }
        names.add(name.toLocaleLowerCase('de'));
        const created = tx
          .insert(templates)
          .values({
            name,
            category: plan.entry.category,
            description: plan.entry.description ?? null,
            builtinKey: plan.entry.file,
            createdAt: now,
            updatedAt: now,
          })
          .returning()
          .get();
        const row = insertVersion(scope, deps, created.id, version);
        audit({
          action: 'template.install_default',
          entityType: 'template',
          entityId: created.id,
          after: { ...created, ...versionAudit(row) },
        });
        installed += 1;
      } else {
        const before = loadTemplateRow(tx, plan.templateId);
        tx.update(templates)
          .set({ updatedAt: now, version: before.version + 1 })
          .where(eqId(before.id))
          .run();
        const row = insertVersion(scope, deps, before.id, version);
        audit({
          action: 'template.update_default',
          entityType: 'template',
          entityId: before.id,
          after: versionAudit(row),
        });
        updated += 1;
      }
    }
  });
  if (installed + updated > 0) deps.logger.info({ installed, updated }, 'default templates installed');
  return { installed, updated };
}
