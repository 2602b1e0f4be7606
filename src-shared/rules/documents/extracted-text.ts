/**
 * Text of a document as the extraction layer delivers it: one entry per page, lines in reading order.
 * Lines keep the horizontal layout roughly: a run of two or more spaces separates cells (columns), and
 * leading spaces stand for indentation, so label/value pairs printed side by side stay on one line.
 */
export type DocumentFormat = 'pdf-text' | 'pdf-scan' | 'docx' | 'txt' | 'image';

export type PageSource = 'text-layer' | 'ocr' | 'docx' | 'txt';

export interface ExtractedPage {
  /** 1-based page number as shown to the user. */
  pageNumber: number;
  text: string;
  source: PageSource;
  /** Mean OCR word confidence 0..1; undefined for pages with a text layer. */
  ocrConfidence?: number;
}

export interface ExtractedDocument {
  format: DocumentFormat;
  pages: ExtractedPage[];
  /** German notes for the user, e.g. pages that were skipped because of a page limit. */
  warnings: string[];
}
