import type { PlaceholderDefinition, PlaceholderGroup, PlaceholderType } from './placeholder-types';
import { findPlaceholder } from './registry';
import { getRenderValue, isEmptyValue, type RenderData } from './render-values';

/** A section (`{#key}` or inverted `{^key}`) a tag stands in. */
export interface SectionRef {
  key: string;
  inverted: boolean;
}

/** Where a template uses a registry placeholder: its key and the sections around it, outermost first. */
export interface TagUsage {
  key: string;
  sections: readonly SectionRef[];
}

export interface MissingValue {
  /** Placeholder key, so a UI can offer an input for this one document (an override). */
  key: string;
  label: string;
  group: PlaceholderGroup;
  type: PlaceholderType;
  /** German, e.g. "Geburtsdatum fehlt bei Mandant 10023". */
  message: string;
}

const text = (data: RenderData, key: string): string => {
  const value = getRenderValue(data, key);
  return typeof value === 'string' ? value.trim() : '';
};

function mandantSubject(data: RenderData): string {
  const number = text(data, 'mandant.nummer');
  if (number !== '') return `Mandant ${number}`;
  const name = text(data, 'mandant.name');
  return name === '' ? 'beim Mandanten' : `Mandant „${name}“`;
}

function listMessage(definition: PlaceholderDefinition, data: RenderData): string {
  if (definition.group === 'Benutzereingabe') {
    return `${definition.label} sind für dieses Dokument noch nicht eingegeben`;
  }
  if (definition.key === 'offeneAuftraege') return `${mandantSubject(data)} hat keine offenen Aufträge`;
  return `Die Liste „${definition.label}“ ist leer (${mandantSubject(data)})`;
}

function valueMessage(definition: PlaceholderDefinition, data: RenderData): string {
  const { label } = definition;
  const mandant = mandantSubject(data);
  const bei = mandant.startsWith('beim') ? mandant : `bei ${mandant}`;
  switch (definition.group) {
    case 'Mandant':
      return `${label} fehlt ${bei}`;
    case 'Ansprechpartner':
      return getRenderValue(data, 'hatAnsprechpartner') === true
        ? `${label} fehlt beim Ansprechpartner ${text(data, 'ansprechpartner.name')} (${mandant})`
        : `${label} des Ansprechpartners fehlt: Für ${mandant} ist kein Ansprechpartner gewählt`;
    case 'Berater': {
      const name = text(data, 'berater.name');
      return name === ''
        ? `${label} des Beraters fehlt: Für ${mandant} ist kein Berater zugeordnet`
        : `${label} fehlt bei Berater ${name}`;
    }
    case 'Kanzlei':
      return `${label} fehlt in den Kanzleidaten`;
    case 'Finanzamt': {
      const name = text(data, 'finanzamt.name');
      return name === ''
        ? `${label} des Finanzamts fehlt: Für ${mandant} ist kein Finanzamt bekannt`
        : `${label} fehlt beim ${name}`;
    }
    case 'Auftrag': {
      const title = text(data, 'auftrag.titel');
      return title === ''
        ? `${label} fehlt: Es ist kein Auftrag ausgewählt`
        : `${label} fehlt beim Auftrag „${title}“`;
    }
    case 'Bescheid': {
      const title = text(data, 'auftrag.titel');
      return getRenderValue(data, 'hatBescheid') === true
        ? `${label} fehlt beim Bescheid${title === '' ? '' : ` zum Auftrag „${title}“`}`
        : `${label} fehlt: Zum Auftrag ist kein Bescheid erfasst`;
    }
    case 'Benutzer':
      return `${label} fehlt im Benutzerprofil`;
    case 'Benutzereingabe':
      return `${label} ist für dieses Dokument noch nicht eingegeben`;
    case 'Datum':
      return `${label} fehlt`;
  }
}

const sectionOpen = (data: RenderData, section: SectionRef): boolean =>
  isEmptyValue(getRenderValue(data, section.key)) === section.inverted;

/**
 * Which values the template would print empty for this data: placeholders whose sections are open,
 * that apply to the client's kind and are not optional. Conditions are never missing; an empty
 * list is reported once. Unknown keys are left to the template inspection.
 */
export function missingDataReport(usages: readonly TagUsage[], data: RenderData): MissingValue[] {
  const kind = getRenderValue(data, 'istPerson') === true ? 'person' : 'company';
  const seen = new Set<string>();
  const missing: MissingValue[] = [];
  for (const usage of usages) {
    if (seen.has(usage.key)) continue;
    const definition = findPlaceholder(usage.key);
    if (!definition || definition.type === 'condition' || definition.optional) continue;
    if (definition.appliesTo !== undefined && definition.appliesTo !== kind) continue;
    if (!usage.sections.every((section) => sectionOpen(data, section))) continue;
    if (!isEmptyValue(getRenderValue(data, usage.key))) continue;
    seen.add(usage.key);
    missing.push({
      key: definition.key,
      label: definition.label,
      group: definition.group,
      type: definition.type,
      message: definition.type === 'loop' ? listMessage(definition, data) : valueMessage(definition, data),
    });
  }
  return missing;
}
