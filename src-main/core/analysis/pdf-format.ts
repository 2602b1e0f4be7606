import type { DocumentFormat } from '../../../src-shared/rules/documents';

/** A PDF is a scan when at least half of its pages are scanned images (read by OCR). */
export const pdfFormat = (scannedPages: number, pageCount: number): DocumentFormat =>
  scannedPages > 0 && scannedPages * 2 >= pageCount ? 'pdf-scan' : 'pdf-text';
