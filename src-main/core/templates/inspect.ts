import Docxtemplater, { type DXT } from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import { closest, distance } from 'fastest-levenshtein';
import PizZip from 'pizzip';
import {
  findPlaceholder,
  placeholderGroups,
  placeholderRegistry,
  type PlaceholderDefinition,
  type PlaceholderGroup,
  type SectionRef,
  type TagUsage,
} from '../../../src-shared/templates';
import { expressionPaths, singlePath } from './expression-paths';
import { createTemplateParser, nullGetter } from './expression-parser';
import { toSyntaxErrors, type TemplateSyntaxError } from './syntax-errors';
import { PartTextIndex, partLabel, type TemplateLocation } from './tag-locations';
import { validateTemplateFile } from './file-validation';

export type { TemplateSyntaxError } from './syntax-errors';
export type { TemplateLocation } from './tag-locations';

export interface InspectedTag {
  /** The tag as written, without braces and `#`/`^`/`/`. */
  tag: string;
  kind: 'value' | 'section' | 'inverted-section' | 'raw';
  /** Registry keys the tag reads. */
  keys: string[];
  location: TemplateLocation;
}

export interface UnknownPlaceholder {
  /** The unknown name as written, e.g. `mandant.nmae`. */
  name: string;
  tag: string;
  /** Closest registry key, if one is close. */
  suggestion?: string;
  message: string;
  location: TemplateLocation;
}

export interface TemplateInspection {
  /** True when the template can be rendered (no syntax errors). */
  ok: boolean;
  tags: InspectedTag[];
  /** Registry placeholders the template uses, with their sections (input of the missing-data report). */
  usages: TagUsage[];
  unknown: UnknownPlaceholder[];
  syntaxErrors: TemplateSyntaxError[];
  /** Data the template needs, in registry order. */
  groups: PlaceholderGroup[];
  /** Headers or footers use client-specific data (matters for combined serial letters). */
  clientDataInHeaderOrFooter: boolean;
}

interface Scope {
  /** Loop definition: its fields resolve without prefix. */
  loop?: PlaceholderDefinition;
  /** `{#mandant}…{/mandant}` makes `name` mean `mandant.name`. */
  prefix?: string;
  section?: SectionRef;
}

const clientGroups = new Set<PlaceholderGroup>([
  'Mandant',
  'Ansprechpartner',
  'Auftrag',
  'Bescheid',
  'Finanzamt',
]);
const allKeys = placeholderRegistry.map((definition) => definition.key);
const isPrefix = (path: string): boolean => allKeys.some((key) => key.startsWith(`${path}.`));

function resolve(path: string, scopes: readonly Scope[]): { key?: string; known: boolean } {
  const [head = ''] = path.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (scope?.loop?.fields?.some((field) => field.name === head) && !path.includes('.'))
      return { known: true };
    if (scope?.prefix && findPlaceholder(`${scope.prefix}.${path}`))
      return { key: `${scope.prefix}.${path}`, known: true };
  }
  if (path === '$index' || path === 'this') return { known: true };
  if (findPlaceholder(path)) return { key: path, known: true };
  return { known: false };
}

function suggestion(path: string): string | undefined {
  const best = closest(path, allKeys);
  return distance(path, best) <= Math.max(2, Math.floor(path.length / 4)) ? best : undefined;
}

class Walker {
  readonly tags: InspectedTag[] = [];
  readonly usages: TagUsage[] = [];
  readonly unknown: UnknownPlaceholder[] = [];
  readonly errors: TemplateSyntaxError[] = [];
  readonly used = new Set<string>();
  private index: PartTextIndex | undefined;

  constructor(
    readonly part: string,
    xml: string | undefined,
  ) {
    this.index = xml === undefined ? undefined : new PartTextIndex(xml);
  }

  private location(offset: number | undefined): TemplateLocation {
    const location: TemplateLocation = { part: this.part, partLabel: partLabel(this.part) };
    const found = offset === undefined ? undefined : this.index?.locate(offset);
    return found ? { ...location, ...found } : location;
  }

  walk(parts: readonly DXT.Part[], scopes: readonly Scope[]): void {
    for (const part of parts) {
      if (part.type !== 'placeholder') continue;
      const location = this.location(part.offset);
      const sections = scopes.flatMap((scope) => (scope.section ? [scope.section] : []));
      const kind: InspectedTag['kind'] =
        part.module === 'loop'
          ? part.inverted
            ? 'inverted-section'
            : 'section'
          : part.module === 'rawxml'
            ? 'raw'
            : 'value';
      if (kind === 'raw') {
        this.errors.push({
          code: 'raw_xml_not_allowed',
          tag: part.value,
          message: `Der Platzhalter „{@${part.value}}“ würde Daten als Word-XML einfügen; das ist nicht erlaubt. Bitte „{${part.value}}“ schreiben (${location.partLabel}${location.paragraph ? `, Absatz ${location.paragraph}` : ''}).`,
          location,
        });
      }
      const keys: string[] = [];
      for (const path of expressionPaths(part.value) ?? []) {
        const resolved = resolve(path, scopes);
        if (resolved.key) {
          keys.push(resolved.key);
          this.used.add(resolved.key);
          const definition = findPlaceholder(resolved.key);
          // A section over a text or condition is a test, not a value the letter prints.
          if (kind === 'value' || (kind === 'section' && definition?.type === 'loop')) {
            this.usages.push({ key: resolved.key, sections });
          }
        } else if (!resolved.known && !(kind !== 'value' && isPrefix(path))) {
          const suggested = suggestion(path);
          this.unknown.push({
            name: path,
            tag: part.value,
            ...(suggested ? { suggestion: suggested } : {}),
            message: `Unbekannter Platzhalter „${path}“${suggested ? ` – gemeint ist vielleicht „${suggested}“` : ''} (${location.partLabel}${location.paragraph ? `, Absatz ${location.paragraph}` : ''}).`,
            location,
          });
        }
      }
      this.tags.push({ tag: part.value, kind, keys, location });
      if (part.module === 'loop') {
        const path = singlePath(part.value);
        const definition = path ? findPlaceholder(resolve(path, scopes).key ?? '') : undefined;
        const scope: Scope = {};
        if (definition) scope.section = { key: definition.key, inverted: part.inverted === true };
        if (definition?.type === 'loop' && !part.inverted) scope.loop = definition;
        if (path && !definition && isPrefix(path)) scope.prefix = path;
        this.walk(part.subparsed ?? [], [...scopes, scope]);
      }
    }
  }
}

/** Compiles the template with our options; throws docxtemplater's (multi) error on syntax errors. */
export function compileTemplate(docx: Buffer, modules: DXT.Module[] = []): Docxtemplater {
  return new Docxtemplater(new PizZip(docx), {
    modules,
    parser: createTemplateParser(),
    paragraphLoop: true,
    linebreaks: true,
    nullGetter,
    errorLogging: false,
    stripInvalidXMLChars: true,
  });
}

/** Inspects an already validated DOCX (see inspectTemplate). */
export function inspectValidated(docx: Buffer): TemplateInspection {
  const zip = new PizZip(docx);
  const partXml = (part: string): string | undefined => zip.file(part)?.asText();
  const inspector = new InspectModule();
  try {
    compileTemplate(docx, [inspector]);
  } catch (error) {
    return {
      ok: false,
      tags: [],
      usages: [],
      unknown: [],
      syntaxErrors: toSyntaxErrors(error, partXml),
      groups: [],
      clientDataInHeaderOrFooter: false,
    };
  }
  const walkers = inspector.getTemplatedFiles().map((file) => {
    const walker = new Walker(file, partXml(file));
    walker.walk(inspector.getStructuredTags(file), []);
    return walker;
  });
  const used = new Set(walkers.flatMap((walker) => [...walker.used]));
  const groups = new Set(
    [...used].map((key) => findPlaceholder(key)?.group).filter((group) => group !== undefined),
  );
  const syntaxErrors = walkers.flatMap((walker) => walker.errors);
  return {
    ok: syntaxErrors.length === 0,
    tags: walkers.flatMap((walker) => walker.tags),
    usages: walkers.flatMap((walker) => walker.usages),
    unknown: walkers.flatMap((walker) => walker.unknown),
    syntaxErrors,
    groups: placeholderGroups.filter((group) => groups.has(group)),
    clientDataInHeaderOrFooter: walkers
      .filter((walker) => /word\/(header|footer)\d*\.xml$/.test(walker.part))
      .some((walker) =>
        [...walker.used].some((key) => clientGroups.has(findPlaceholder(key)?.group ?? 'Datum')),
      ),
  };
}

/**
 * Checks an uploaded template: the file (by content, see validateTemplateFile; refused files throw an
 * AppError with a German message), then its tags: syntax errors and unknown placeholders with German
 * explanations and their place in the document, the placeholders used and the data groups needed.
 */
export async function inspectTemplate(bytes: Uint8Array): Promise<TemplateInspection> {
  const { docx } = await validateTemplateFile(bytes);
  return inspectValidated(docx);
}
