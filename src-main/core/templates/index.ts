export { combineDocuments } from './combine';
export type { CombinedBreak } from './combine';
export { letterFileName, safeFileName, uniqueFileName } from './file-names';
export { validateTemplateFile } from './file-validation';
export type { ValidatedTemplate } from './file-validation';
export { inspectTemplate } from './inspect';
export type {
  InspectedTag,
  TemplateInspection,
  TemplateLocation,
  TemplateSyntaxError,
  UnknownPlaceholder,
} from './inspect';
export { prepareTemplate } from './prepare';
export type { PreparedTemplate } from './prepare';
export { previewHtml } from './preview';
export type { HtmlPreview } from './preview';
export { renderDocx, renderTemplate } from './render';
export type { RenderResult } from './render';
export { renderSerial, serialMissingData } from './serial';
export type { SerialClientReport, SerialEntry, SerialOptions, SerialProgress, SerialResult } from './serial';
export { templateFileErrorCode } from './template-errors';
export type { TemplateFileErrorCode } from './template-errors';
export { docxPlainText } from './plain-text';
export { inspectValidated } from './inspect';
