import { AppError } from '../../../src-shared/errors/app-error';
import { validateTemplateFile } from './file-validation';
import { inspectValidated, type TemplateInspection } from './inspect';
import { createTemplateParser } from './expression-parser';
import { TemplateRenderer } from './template-renderer';

/**
 * A template checked and inspected once, ready to render many letters: the file checks, the tag
 * inspection and the compiled expressions are shared by every render of a batch.
 */
export interface PreparedTemplate {
  /** Canonical DOCX bytes (see validateTemplateFile). */
  readonly docx: Buffer;
  readonly inspection: TemplateInspection;
  /** Renders letter after letter from one compilation of the template. */
  readonly renderer: TemplateRenderer;
}

/** Validates and inspects; refuses files and templates with syntax errors (AppError, German message). */
export async function prepareTemplate(bytes: Uint8Array): Promise<PreparedTemplate> {
  const { docx } = await validateTemplateFile(bytes);
  const inspection = inspectValidated(docx);
  if (!inspection.ok) {
    const first = inspection.syntaxErrors[0]?.message ?? '';
    const more =
      inspection.syntaxErrors.length > 1 ? ` (und ${inspection.syntaxErrors.length - 1} weitere Fehler)` : '';
    throw new AppError(
      'validation',
      `Die Vorlage enthält Fehler: ${first}${more}`,
      'Template has syntax errors',
      {
        code: 'template-syntax',
        errors: inspection.syntaxErrors,
      },
    );
  }
  return { docx, inspection, renderer: new TemplateRenderer(docx, createTemplateParser()) };
}

export const isPreparedTemplate = (value: unknown): value is PreparedTemplate =>
  typeof value === 'object' && value !== null && 'inspection' in value && 'docx' in value;
