import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { RenderData } from '../../../src-shared/templates';
import { emptyValueCleanupModule } from './empty-value-cleanup';
import { nullGetter, type TemplateParser } from './expression-parser';

/** The fields docxtemplater 3.71 uses to refuse a second render() and to cache the first data. */
interface RenderState {
  rendered: boolean;
  scopeManagers: Record<string, unknown>;
  mapper?: unknown;
}

const hasRenderState = (doc: object): doc is RenderState =>
  typeof (doc as Partial<RenderState>).rendered === 'boolean' &&
  typeof (doc as Partial<RenderState>).scopeManagers === 'object';

/**
 * Renders one template many times with a single compiled docxtemplater instance. Compiling (XML
 * parsing, lexing, loop expansion) is two thirds of a render; docxtemplater allows one render per
 * instance, but its compiled template is not changed by rendering, so resetting the per-render state
 * (rendered flag, scope managers, data map) renders again from the same compilation. The engine tests
 * compare every reused render with a fresh instance; should a docxtemplater update change these
 * fields, the renderer falls back to a fresh instance per letter.
 */
export class TemplateRenderer {
  private compiled: Docxtemplater | undefined;

  constructor(
    private readonly docx: Buffer,
    private readonly parser: TemplateParser,
  ) {}

  private compile(): Docxtemplater {
    return new Docxtemplater(new PizZip(this.docx), {
      modules: [emptyValueCleanupModule()],
      parser: this.parser,
      paragraphLoop: true,
      linebreaks: true,
      nullGetter,
      errorLogging: false,
      stripInvalidXMLChars: true,
    });
  }

  render(data: RenderData): Buffer {
    let doc = this.compiled ?? this.compile();
    // Taken out while rendering: an instance that failed mid-render is never reused.
    this.compiled = undefined;
    if (hasRenderState(doc)) {
      doc.rendered = false;
      doc.scopeManagers = {};
      delete doc.mapper;
    } else {
      doc = this.compile();
    }
    doc.render(data);
    const output = doc.toBuffer({ compression: 'DEFLATE' });
    if (hasRenderState(doc)) this.compiled = doc;
    return output;
  }
}
