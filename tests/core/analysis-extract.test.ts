import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionPool, extractDocument, type ExtractionProgress } from '../../src-main/core/analysis';
import { buildPdf, textPageFromLayout } from '../../scripts/eval/synthetic/pdf-writer';
import { sharedSamplesDir } from '../helpers/shared-samples';
import { buildDocx } from '../helpers/zip-writer';

const pool = createExtractionPool({ maxThreads: 2, idleTimeoutMs: 1000 });
afterAll(() => pool.destroy());
const samples = sharedSamplesDir();

describe('text extraction', () => {
  it('rebuilds the two-column layout of a text PDF (label and value on one line)', async () => {
    const layout = [
      'Finanzamt Köln-Mitte',
      '',
      'Herrn                                       Steuernummer     214/5600/0019',
      'Max Müller                                  Datum            12.03.2025',
      'Hauptstraße 1',
      '50667 Köln',
      '',
      'Bescheid für 2024 über Einkommensteuer',
    ].join('\n');
    const result = await extractDocument(
      { bytes: buildPdf([textPageFromLayout(layout)]), fileName: 'bescheid.pdf' },
      { pool },
    );
    expect(result).toMatchObject({ fileKind: 'pdf', format: 'pdf-text', pageCount: 1 });
    const lines = result.pages[0]?.text.split('\n').map((line) => line.trim()) ?? [];
    expect(lines.find((line) => line.startsWith('Herrn'))).toMatch(
      /^Herrn\s{2,}Steuernummer\s{2,}214\/5600\/0019$/,
    );
    expect(lines.find((line) => line.startsWith('Max'))).toMatch(/Max Müller\s{2,}Datum\s{2,}12\.03\.2025/);
  });

  it('reports progress per page and reads multi-page PDFs in order', async () => {
    const pages = Array.from({ length: 12 }, (_, i) =>
      textPageFromLayout(`Seite ${i + 1} von 12\nText der Seite ${i + 1}`),
    );
    const events: ExtractionProgress[] = [];
    const result = await extractDocument(
      { bytes: buildPdf(pages), fileName: 'lang.pdf' },
      { pool, onProgress: (p) => events.push(p) },
    );
    expect(result.pages.map((page) => page.pageNumber)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(events.filter((e) => e.phase === 'text').map((e) => e.page)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(events.at(-1)).toMatchObject({ phase: 'done', fileName: 'lang.pdf' });
  });

  it('reports progress through a 300-page PDF and can be cancelled midway', async () => {
    const pages = Array.from({ length: 300 }, (_, i) =>
      textPageFromLayout(`Anlage Seite ${i + 1}\nBuchungsliste ${i + 1}`),
    );
    const bytes = buildPdf(pages);
    const controller = new AbortController();
    let last = 0;
    const running = extractDocument(
      { bytes, fileName: 'anlagen.pdf' },
      {
        pool,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'text' && p.page !== undefined) last = p.page;
          if (p.page === 40) controller.abort();
        },
      },
    );
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(last).toBeGreaterThanOrEqual(40);
    expect(last).toBeLessThan(300);
  }, 60_000);

  it('reads DOCX paragraphs and keeps table rows as label/value lines', async () => {
    const docx = buildDocx(['Vollmacht', 'Vollmachtgeber/in', 'Steuernummer 045 103 03219']);
    const result = await extractDocument({ bytes: docx, fileName: 'vollmacht.docx' }, { pool });
    expect(result).toMatchObject({ fileKind: 'docx', format: 'docx' });
    expect(result.pages[0]?.text).toContain('Steuernummer 045 103 03219');
  });

  it('decodes Windows-1252 and UTF-8 (with and without BOM) text files', async () => {
    const text = 'Rechnung für Jürgen Größe – 1.234,56 €';
    const cp1252 = await extractDocument(
      { bytes: new Uint8Array(iconv.encode(text, 'windows-1252')) },
      { pool },
    );
    expect(cp1252.pages[0]?.text).toBe(text);
    expect(cp1252.encoding).toMatch(/1252|8859/i);
    const bom = await extractDocument(
      { bytes: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])) },
      { pool },
    );
    expect(bom.pages[0]?.text).toBe(text);
    const utf8 = await extractDocument({ bytes: new Uint8Array(Buffer.from(text)) }, { pool });
    expect(utf8).toMatchObject({ encoding: 'UTF-8' });
  });

  it('reads a file given by path and never uses the display name as a path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-extract-'));
    try {
      const file = path.join(dir, 'brief.txt');
      fs.writeFileSync(file, 'Hallo');
      const byPath = await extractDocument({ path: file, fileName: '../../etc/passwd 😀.txt' }, { pool });
      expect(byPath.fileName).toBe('passwd 😀.txt');
      expect(byPath.pages[0]?.text).toBe('Hallo');
      const byBytes = await extractDocument(
        { bytes: new Uint8Array(Buffer.from('Hallo')), fileName: '..\\..\\boot.ini' },
        { pool },
      );
      expect(byBytes.fileName).toBe('boot.ini');
      expect(fs.readdirSync(dir)).toEqual(['brief.txt']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!samples)('reads the sample text PDF, DOCX and TXT files', async () => {
    const dir = samples ?? '';
    const pdf = await extractDocument({ path: path.join(dir, 'docs', 'doc_019.pdf') }, { pool });
    expect(pdf).toMatchObject({ format: 'pdf-text', pageCount: 2 });
    expect(pdf.pages[0]?.text).toMatch(/Steuernummer\s{2,}60 900 56563/);
    const docx = await extractDocument({ path: path.join(dir, 'docs', 'doc_015.docx') }, { pool });
    expect(docx.pages[0]?.text).toMatch(/Steuernummer\s{2,}045 103 03219/);
    const txt = await extractDocument({ path: path.join(dir, 'docs', 'doc_011.txt') }, { pool });
    expect(txt.pages[0]?.text).toContain('Neuer Kontostand  7.787,19 EUR');
  });
});
