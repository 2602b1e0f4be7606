/** The documents service (Posteingang) for the IPC handlers, the CLI (`rsk import`, `rsk documents search`) and tools. */
export { analyzeFile, analyzeExtraction } from './analyze-file';
export type { AnalyzeFileOptions, AnalyzeFileResult } from './analyze-file';
export { confirmDocument, createReviewOrder, linkOrder } from './document-confirm';
export type { ConfirmInput } from './document-confirm';
export { documentContent, documentPage, openDocument } from './document-files';
export { importDocuments, reanalyzeDocument } from './document-import';
export type {
  ImportDocumentsOptions,
  ImportDocumentsResult,
  ImportFileInput,
  ImportProgress,
} from './document-import';
export { documentAccuracy, searchDocuments } from './document-search';
export type { DocumentSearchHit } from './document-search';
export { cancelAllDocumentTasks, cancelDocumentTask } from './document-tasks';
export { documentDetail, listDocuments } from './document-view';
export {
  getWatchFolder,
  setWatchFolder,
  startWatchFolder,
  watchFolderOf,
  WATCH_FOLDER_TASK_ID,
} from './watch-folder';
export type { ScanResult, WatchFolder, WatchFolderOptions } from './watch-folder';
