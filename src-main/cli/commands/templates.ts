import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../src-shared/errors/app-error';
import { contracts } from '../../../src-shared/ipc/contracts';
import type { TemplateInspectionDto, TemplateSummary } from '../../../src-shared/templates/template-schemas';
import type { Core } from '../../core';
import { withCore } from '../context';
import { EXIT_OK, EXIT_USER_ERROR, printResult, UserError, type GlobalOptions } from '../output';

type Run<O> = (fn: (opts: O) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

interface TemplatesOptions extends GlobalOptions {
  archived?: boolean;
}

/** The CLI acts as the office administrator (core.actor): same validation and role check, no login. */
export async function callAs<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invokeAs(core.actor, channel, input);
  if (!result.ok) throw AppError.fromData(result.error);
  return result.value as T;
}

export function readInputFile(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(`Die Datei „${file}“ gibt es nicht.`, `File not found: ${file}`);
    if (code === 'EISDIR')
      throw new UserError(`„${file}“ ist ein Ordner, keine Datei.`, `Is a directory: ${file}`);
    throw new UserError(
      `Die Datei „${file}“ kann nicht gelesen werden (${code ?? 'Fehler'}).`,
      String(error),
    );
  }
}

type Location = TemplateInspectionDto['unknown'][number]['location'];

/** "Haupttext, Absatz 2" — where something is, as the user finds it in Word. */
export const locationText = (location: Location | undefined): string | null =>
  location
    ? [location.partLabel, location.paragraph ? `Absatz ${location.paragraph}` : '']
        .filter(Boolean)
        .join(', ')
    : null;

const tagText = (tag: TemplateInspectionDto['tags'][number]): string =>
  tag.kind === 'section' ? `#${tag.tag}` : tag.kind === 'inverted-section' ? `^${tag.tag}` : tag.tag;

/**
 * The shape of `rsk templates inspect --json`: the tags as written (sections with # or ^, each once),
 * unknown placeholders and syntax errors with German messages and their place.
 */
export function inspectionJson(inspection: TemplateInspectionDto) {
  return {
    tags: [...new Set(inspection.tags.map(tagText))],
    unknown: inspection.unknown.map((u) => ({
      name: u.name,
      message: u.message,
      location: locationText(u.location),
    })),
    errors: inspection.syntaxErrors.map((e) => ({ message: e.message, location: locationText(e.location) })),
  };
}

function inspectionText(file: string, result: ReturnType<typeof inspectionJson>): string {
  const lines = [`${path.basename(file)}: ${result.tags.length} Platzhalter`];
  if (result.tags.length > 0) lines.push(`  ${result.tags.map((tag) => `{${tag}}`).join(' ')}`);
  if (result.unknown.length > 0) {
    lines.push(`${result.unknown.length} unbekannte(r) Platzhalter (Warnung):`);
    for (const u of result.unknown) lines.push(`  ${u.message}`);
  }
  if (result.errors.length > 0) {
    lines.push(`${result.errors.length} Fehler – die Vorlage kann so nicht verwendet werden:`);
    for (const e of result.errors) lines.push(`  ${e.message}`);
  } else lines.push('Keine Fehler.');
  return lines.join('\n');
}

const summaryLine = (t: TemplateSummary) =>
  [
    String(t.id).padStart(4),
    t.name.slice(0, 44).padEnd(44),
    t.category.slice(0, 22).padEnd(22),
    `V${t.current.versionNo}`.padEnd(4),
    t.current.warnings > 0 ? `${t.current.warnings} Warnung(en)` : '',
    t.archived ? '(archiviert)' : '',
  ]
    .join('  ')
    .trimEnd();

export function registerTemplatesCommands(program: Command, run: Run<TemplatesOptions>): void {
  const templates = program.command('templates').description('Vorlagen (Word-Dateien) anzeigen und prüfen');

  templates
    .command('list')
    .description('Listet die Vorlagen der Bibliothek mit Kategorie und aktueller Version')
    .option('--archived', 'auch archivierte Vorlagen')
    .action((...rest: unknown[]) =>
      run(async (opts) =>
        withCore(opts, async (core) => {
          const { items } = await callAs<{ items: TemplateSummary[] }>(
            core,
            contracts.templates.list.channel,
            {
              includeArchived: opts.archived === true,
            },
          );
          printResult(opts, { items }, () =>
            items.length === 0 ? 'Keine Vorlagen.' : items.map(summaryLine).join('\n'),
          );
        }),
      )(...rest),
    );

  templates
    .command('inspect <datei>')
    .description(
      'Prüft eine Vorlage: verwendete Platzhalter, unbekannte Platzhalter, Syntaxfehler (Exit-Code 1 bei Fehlern oder abgelehnter Datei)',
    )
    .action((file: string, ...rest: unknown[]) =>
      run(async (opts) => {
        const bytes = readInputFile(file);
        return withCore(opts, async (core) => {
          const inspection = await callAs<TemplateInspectionDto>(core, contracts.templates.inspect.channel, {
            bytes,
            fileName: path.basename(file),
          });
          const result = inspectionJson(inspection);
          printResult(opts, result, () => inspectionText(file, result));
          return result.errors.length > 0 ? EXIT_USER_ERROR : EXIT_OK;
        });
      })(...rest),
    );
}
