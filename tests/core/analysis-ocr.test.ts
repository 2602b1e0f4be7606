import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyzeDocument,
  createExtractionPool,
  DocumentError,
  extractDocument,
  type ExtractionProgress,
} from '../../src-main/core/analysis';
import { createOfflineWorker, ocrPaths } from '../../src-main/core/analysis/ocr';
import { createRng } from '../../scripts/eval/synthetic/random';
import { buildPdf, textPageFromLayout } from '../../scripts/eval/synthetic/pdf-writer';
import { renderScanPage } from '../../scripts/eval/synthetic/scan';
import { sharedSamplesDir } from '../helpers/shared-samples';

// OCR takes about 6–10 s per page and core; these tests read only a few pages.
const OCR_TIMEOUT = 180_000;
const pool = createExtractionPool({ maxThreads: 2, idleTimeoutMs: 1000 });
afterAll(() => pool.destroy());
const samples = sharedSamplesDir();

describe('OCR, fully offline', () => {
  it('uses only local files for engine, worker and language data', () => {
    const paths = ocrPaths();
    expect(fs.existsSync(path.join(paths.langPath, 'deu.traineddata.gz'))).toBe(true);
    expect(fs.existsSync(paths.workerPath)).toBe(true);
    expect(fs.existsSync(paths.corePath)).toBe(true);
  });

  it(
    'blocks any network access from the OCR worker',
    async () => {
      const paths = ocrPaths();
      // Without a local langPath tesseract.js would download from a CDN; our worker entry makes that fail.
      const attempt = createOfflineWorker({
        ...paths,
        langPath: 'https://cdn.jsdelivr.net/npm/@tesseract.js-data/deu/4.0.0_best_int',
      });
      await expect(attempt).rejects.toThrow(/Network access blocked/);
    },
    OCR_TIMEOUT,
  );

  it.skipIf(!samples)(
    'reads a scanned Prüfungsanordnung including the info column',
    async () => {
      const events: ExtractionProgress[] = [];
      const result = await extractDocument(
        { path: path.join(samples ?? '', 'docs', 'doc_013.pdf') },
        { pool, onProgress: (p) => events.push(p) },
      );
      expect(result).toMatchObject({ format: 'pdf-scan', pageCount: 1 });
      expect(result.pages[0]?.source).toBe('ocr');
      expect(result.pages[0]?.ocrConfidence).toBeGreaterThan(0.8);
      expect(events.some((e) => e.phase === 'ocr' && e.page === 1)).toBe(true);
      const analysis = await analyzeDocument(result);
      expect(analysis.docType.value).toBe('pruefungsanordnung');
      expect(analysis.fields.steuernummer.value).toBe('86783/20835');
      expect(analysis.fields.documentDate.value).toBe('2025-03-11');
      expect(analysis.einspruchsfristEnd.value).toBe('2025-04-17');
    },
    OCR_TIMEOUT,
  );

  it(
    'reads an image file (JPEG) as a scan',
    async () => {
      const layout = [
        'Finanzamt Göttingen',
        '',
        'Finanzamt Göttingen · Postfach 1 · 37085 Göttingen          Steuernummer    20/918/12638',
        'Firma                                                        Datum           11.07.2025',
        'Malerbetrieb Hofmann GmbH',
        'Gartenstraße 109',
        '37078 Göttingen',
        '',
        'Mahnung',
        'Gesamtbetrag                                   1.088,42 €',
      ].join('\n');
      const page = renderScanPage(createRng(5), layout, { dpi: 200, maxSkew: 0.4 });
      if (page.kind !== 'image') throw new Error('image expected');
      const result = await extractDocument({ bytes: page.jpeg, fileName: 'scan.jpg' }, { pool });
      expect(result).toMatchObject({ fileKind: 'jpeg', format: 'image' });
      const analysis = await analyzeDocument(result);
      expect(analysis.docType.value).toBe('mahnung');
      expect(analysis.fields.steuernummer.value).toBe('20/918/12638');
      expect(analysis.fields.amount.value).toBe(1088.42);
    },
    OCR_TIMEOUT,
  );

  it(
    'reads only the scanned page of a mixed PDF by OCR; an empty page keeps its text layer',
    async () => {
      const letter = textPageFromLayout('Finanzamt Göttingen\n\nBescheid für 2024 über Einkommensteuer');
      const scan = renderScanPage(createRng(7), 'Anlage zum Bescheid\n\nGesamtbetrag      1.088,42 €', {
        dpi: 200,
        maxSkew: 0,
      });
      const empty = textPageFromLayout('');
      const result = await extractDocument(
        { bytes: buildPdf([letter, scan, empty]), fileName: 'gemischt.pdf' },
        { pool },
      );
      expect(result).toMatchObject({ fileKind: 'pdf', format: 'pdf-text', pageCount: 3 });
      expect(result.pages.map((page) => page.source)).toEqual(['text-layer', 'ocr', 'text-layer']);
      expect(result.pages[1]?.text).toMatch(/Gesamtbetrag\s+1\.088,42/);
      expect(result.pages[2]?.text.trim()).toBe('');
      expect(result.warnings).toEqual([]);

      // Of two pages without a text layer only one is a scan: half of the pages, so a scanned PDF.
      const halfEmpty = await extractDocument(
        { bytes: buildPdf([scan, empty]), fileName: 'scan.pdf' },
        { pool },
      );
      expect(halfEmpty).toMatchObject({ format: 'pdf-scan', pageCount: 2 });
      expect(halfEmpty.pages.map((page) => page.source)).toEqual(['ocr', 'text-layer']);
    },
    OCR_TIMEOUT,
  );

  it.skipIf(!samples)(
    'cancels a running OCR and stays usable',
    async () => {
      const controller = new AbortController();
      const file = path.join(samples ?? '', 'docs', 'doc_010.pdf');
      const started = Date.now();
      const running = extractDocument({ path: file }, { pool, signal: controller.signal });
      setTimeout(() => controller.abort(), 1500);
      await expect(running).rejects.toMatchObject({ code: 'cancelled' });
      expect(Date.now() - started).toBeLessThan(10_000);
      const again = await extractDocument({ bytes: new Uint8Array(Buffer.from('noch da')) }, { pool });
      expect(again.pages[0]?.text).toBe('noch da');
      expect(DocumentError).toBeDefined();
    },
    OCR_TIMEOUT,
  );
});
