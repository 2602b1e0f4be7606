import {
  buildRenderData,
  missingDataReport,
  type MissingValue,
  type RenderData,
  type RenderInput,
  type RenderOverrides,
} from '../../../src-shared/templates';
import { isPreparedTemplate, prepareTemplate, type PreparedTemplate } from './prepare';

export interface RenderResult {
  /** The filled-in document (.docx). */
  docx: Buffer;
  /** Values the template needed but the data lacked; they were left empty. */
  missing: MissingValue[];
}

/** Fills a prepared template with a ready render-data object; the fast path of serial letters. */
export function renderDocx(template: PreparedTemplate, data: RenderData): Buffer {
  return template.renderer.render(data);
}

/**
 * Renders one document: the render data from the input records and the overrides typed in for this
 * document, the missing-data report for the tags the template uses, and the DOCX.
 */
export async function renderTemplate(
  template: PreparedTemplate | Uint8Array,
  input: RenderInput,
  overrides?: RenderOverrides,
): Promise<RenderResult> {
  const prepared = isPreparedTemplate(template) ? template : await prepareTemplate(template);
  const data = buildRenderData(input, overrides);
  return { docx: renderDocx(prepared, data), missing: missingDataReport(prepared.inspection.usages, data) };
}
