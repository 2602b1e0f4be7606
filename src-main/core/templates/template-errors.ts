import { AppError } from '../../../src-shared/errors/app-error';

export type TemplateFileErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-docx'
  | 'legacy-doc'
  | 'encrypted'
  | 'corrupt'
  | 'zip-bomb'
  | 'macro'
  | 'xxe'
  | 'not-word';

/** A file refused as a template, with a German message for the user and the code for callers. */
export function templateFileError(
  code: TemplateFileErrorCode,
  userMessage: string,
  message: string,
): AppError {
  return new AppError('validation', userMessage, `Template refused (${code}): ${message}`, { code });
}

/** The code of a template file error, or undefined for other errors. */
export function templateFileErrorCode(error: unknown): TemplateFileErrorCode | undefined {
  if (!AppError.is(error)) return undefined;
  const code = error.details?.code;
  return typeof code === 'string' ? (code as TemplateFileErrorCode) : undefined;
}
