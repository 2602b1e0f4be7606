import { templateFilters } from '../../../src-shared/templates';
import { PartTextIndex, partLabel, type TemplateLocation } from './tag-locations';

export interface TemplateSyntaxError {
  /** docxtemplater's error id, e.g. `unclosed_loop`. */
  code: string;
  /** German explanation. */
  message: string;
  /** The tag concerned, as written. */
  tag?: string;
  location?: TemplateLocation;
}

interface DocxtemplaterErrorProperties {
  id?: string;
  xtag?: string;
  context?: string;
  offset?: number | number[];
  file?: string;
  openingtag?: string;
  closingtag?: string;
  explanation?: string;
  rootError?: { message?: string };
  errors?: { properties?: DocxtemplaterErrorProperties; message?: string }[];
}

const filterNames = templateFilters.map((filter) => filter.name).join(', ');

function explain(p: DocxtemplaterErrorProperties): string {
  const tag = p.xtag ?? '';
  switch (p.id) {
    case 'unclosed_tag':
      return `Der Platzhalter „${p.context ?? tag}“ wird nicht geschlossen: Es fehlt die schließende Klammer „}“.`;
    case 'unopened_tag':
      return `Vor „${p.context ?? tag}“ steht eine schließende Klammer „}“ ohne öffnende Klammer „{“.`;
    case 'duplicate_open_tag':
      return `In „${p.context ?? tag}“ steht die öffnende Klammer doppelt; ein Platzhalter beginnt mit genau einer „{“.`;
    case 'duplicate_close_tag':
      return `In „${p.context ?? tag}“ steht die schließende Klammer doppelt; ein Platzhalter endet mit genau einer „}“.`;
    case 'unclosed_loop':
      return `Der Abschnitt „{#${tag}}“ wird nicht geschlossen: Es fehlt „{/${tag}}“ (Schleife oder Bedingung ohne Ende).`;
    case 'unopened_loop':
      return `„{/${tag}}“ schließt einen Abschnitt, der nie geöffnet wurde: Es fehlt „{#${tag}}“ davor.`;
    case 'closing_tag_does_not_match_opening_tag':
      return `Der Abschnitt „{#${p.openingtag ?? ''}}“ wird mit „{/${p.closingtag ?? ''}}“ geschlossen; erwartet ist „{/${p.openingtag ?? ''}}“. Abschnitte müssen in umgekehrter Reihenfolge geschlossen werden.`;
    case 'unbalanced_loop_tags':
      return 'Die Abschnitte sind falsch verschachtelt: Ein innerer Abschnitt muss vor dem äußeren geschlossen werden.';
    case 'scopeparser_compilation_failed': {
      const root = p.rootError?.message ?? '';
      const filter = /Filter '([^']*)' is not defined/.exec(root);
      if (filter) {
        return `Der Filter „${filter[1] ?? ''}“ in „{${tag}}“ ist unbekannt. Verfügbare Filter: ${filterNames}.`;
      }
      return `Der Platzhalter „{${tag}}“ enthält keinen gültigen Ausdruck. Erlaubt sind Namen wie „mandant.name“ und Filter wie „| datum“.`;
    }
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
    case 'raw_tag_outerxml_invalid':
      return `Der Platzhalter „{@${tag}}“ muss allein in einem eigenen Absatz stehen.`;
    case 'loop_position_invalid':
      return `Der Abschnitt „{#${tag}}“ beginnt und endet an Stellen, die nicht zusammenpassen (z. B. in verschiedenen Tabellen). Anfang und Ende gehören in denselben Absatz, dieselbe Tabellenzeile oder jeweils in eigene Absätze.`;
    case 'malformed_xml':
      return 'Die Vorlage enthält fehlerhaftes XML. Bitte die Datei in Word öffnen und neu speichern.';
    default:
      return tag
        ? `Der Platzhalter „{${tag}}“ kann nicht verarbeitet werden.`
        : 'Die Vorlage enthält einen Fehler, der die Verarbeitung verhindert.';
  }
}

/** docxtemplater's error (a multi error, usually) as German messages with the place in the document. */
export function toSyntaxErrors(
  error: unknown,
  partXml: (part: string) => string | undefined,
): TemplateSyntaxError[] {
  const properties = (error as { properties?: DocxtemplaterErrorProperties }).properties;
  const list = properties?.errors?.map((inner) => inner.properties ?? {}) ?? (properties ? [properties] : []);
  if (list.length === 0) {
    return [
      {
        code: 'unknown',
        message: 'Die Vorlage kann nicht verarbeitet werden; bitte in Word öffnen und neu speichern.',
      },
    ];
  }
  const indexes = new Map<string, PartTextIndex>();
  return list.map((p) => {
    const result: TemplateSyntaxError = { code: p.id ?? 'unknown', message: explain(p) };
    if (p.xtag) result.tag = p.xtag;
    if (p.file) {
      const location: TemplateLocation = { part: p.file, partLabel: partLabel(p.file) };
      const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset;
      let index = indexes.get(p.file);
      const xml = index ? undefined : partXml(p.file);
      if (!index && xml !== undefined) {
        index = new PartTextIndex(xml);
        indexes.set(p.file, index);
      }
      const found = offset === undefined ? undefined : index?.locate(offset);
      if (found) Object.assign(location, found);
      result.location = location;
      result.message += found
        ? ` (${location.partLabel}, Absatz ${found.paragraph}: „${found.context}“)`
        : ` (${location.partLabel})`;
    }
    return result;
  });
}
