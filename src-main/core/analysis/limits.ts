/** Bounds on time and memory per file; all can be tightened per call. */
export interface ExtractionLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest plain-text file; text beyond the analysis window is cut anyway. */
  maxTextBytes: number;
  /** PDFs with more pages are refused. */
  maxPages: number;
  /** At most this many pages are read by OCR; the rest are reported as skipped. */
  maxOcrPages: number;
  /** DOCX: total uncompressed size and number of ZIP entries. */
  maxDocxUncompressedBytes: number;
  maxDocxEntries: number;
  /** Images (and rendered pages) above this pixel count are refused. */
  maxImagePixels: number;
  /** Wall-clock limit for one page's OCR, and for reading one file's text layer. */
  ocrPageTimeoutMs: number;
  fileTimeoutMs: number;
  /** Resolution at which image-only PDF pages are rendered for OCR. */
  ocrDpi: number;
}

export const defaultLimits: ExtractionLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxTextBytes: 32 * 1024 * 1024,
  maxPages: 2000,
  maxOcrPages: 300,
  maxDocxUncompressedBytes: 100 * 1024 * 1024,
  maxDocxEntries: 2000,
  maxImagePixels: 40_000_000,
  ocrPageTimeoutMs: 120_000,
  fileTimeoutMs: 120_000,
  ocrDpi: 300,
};
