import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExtractionPool,
  extractDocument,
  renderPreviewPage,
  type ExtractionPool,
} from '../../src-main/core/analysis';
import { unpackedPath } from '../../src-main/core/analysis/unpacked-path';
import { sharedSamplesDir } from '../helpers/shared-samples';

const outMain = path.resolve('out/main');
const workerFile = path.join(outMain, 'analysis-worker.js');
const samples = sharedSamplesDir();

/** The desktop app runs the compiled worker, not the tsx source entry: it must work on its own. */
describe('bundled analysis worker (out/main)', () => {
  let pool: ExtractionPool;

  beforeAll(() => {
    // CI builds before testing; a developer's first `npm test` builds here.
    if (!fs.existsSync(workerFile)) {
      execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
        stdio: 'inherit',
      });
    }
    pool = createExtractionPool({ maxThreads: 2, idleTimeoutMs: 1000, workerFile: workerFile });
  }, 300_000);
  afterAll(() => pool?.destroy());

  it('ships the OCR worker entry beside the compiled worker', () => {
    expect(fs.existsSync(path.join(outMain, 'tesseract-offline-worker.cjs'))).toBe(true);
    expect(fs.readFileSync(workerFile, 'utf8')).not.toMatch(/tsx\/esm/);
  });

  it.skipIf(!samples)(
    'reads a text PDF',
    async () => {
      const bytes = fs.readFileSync(path.join(samples ?? '', 'docs/doc_002.pdf'));
      const result = await extractDocument({ bytes, fileName: 'doc_002.pdf' }, { pool });
      expect(result.format).toBe('pdf-text');
      expect(result.pages.map((p) => p.text).join('\n')).toMatch(/Finanzamt/);
    },
    120_000,
  );

  it.skipIf(!samples)(
    'reads a scanned PDF with OCR',
    async () => {
      const bytes = fs.readFileSync(path.join(samples ?? '', 'docs/doc_003.pdf'));
      const result = await extractDocument({ bytes, fileName: 'doc_003.pdf' }, { pool });
      expect(result.format).toBe('pdf-scan');
      expect(result.pages[0]?.source).toBe('ocr');
      expect(result.pages.map((p) => p.text).join('\n')).toMatch(/Finanzamt/i);
    },
    300_000,
  );

  it.skipIf(!samples)(
    'draws a page preview of a scan as PNG',
    async () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(samples ?? '', 'docs/doc_003.pdf')));
      const preview = await renderPreviewPage({ bytes, fileKind: 'pdf', page: 1, maxWidth: 500 }, { pool });
      expect(preview.pages).toBe(1);
      expect(preview.image?.width).toBe(500);
      expect(Buffer.from(preview.image?.png.subarray(0, 8) ?? []).toString('hex')).toBe('89504e470d0a1a0a');
      expect(await renderPreviewPage({ bytes, fileKind: 'pdf', page: 2, maxWidth: 500 }, { pool })).toEqual({
        pages: 1,
      });
    },
    120_000,
  );
});

describe('unpacked paths in the packaged app', () => {
  it('points into app.asar.unpacked when the file was unpacked, else keeps the path', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-asar-'));
    const inAsar = path.join(root, 'resources', 'app.asar', 'out', 'main', 'analysis-worker.js');
    expect(unpackedPath(inAsar)).toBe(inAsar);
    const unpacked = path.join(root, 'resources', 'app.asar.unpacked', 'out', 'main', 'analysis-worker.js');
    fs.mkdirSync(path.dirname(unpacked), { recursive: true });
    fs.writeFileSync(unpacked, '');
    expect(unpackedPath(inAsar)).toBe(unpacked);
    expect(unpackedPath('/opt/rsk/out/main/analysis-worker.js')).toBe('/opt/rsk/out/main/analysis-worker.js');
  });
});

describe('a worker that cannot load', () => {
  it('fails the task instead of hanging or crashing the process', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-badworker-'));
    const file = path.join(dir, 'broken-worker.mjs');
    fs.writeFileSync(file, "throw new Error('broken bundle');\nexport default () => null;\n");
    const broken = createExtractionPool({ maxThreads: 1, workerFile: pathToFileURL(file).href });
    try {
      await expect(broken.run({ kind: 'detect' } as never)).rejects.toThrow(/worker failed/);
    } finally {
      await broken.destroy();
    }
  }, 60_000);
});
