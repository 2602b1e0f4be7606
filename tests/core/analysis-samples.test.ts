import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyzeDocument,
  clientDirectoryFromCsv,
  createExtractionPool,
  extractDocument,
  loadFinanzaemter,
} from '../../src-main/core/analysis';
import { evaluate } from '../../scripts/eval/compare';
import { loadTruth } from '../../scripts/eval/truth';
import { sharedSamplesDir } from '../helpers/shared-samples';

const samples = sharedSamplesDir();
const pool = createExtractionPool({ maxThreads: 2, idleTimeoutMs: 1000 });
afterAll(() => pool.destroy());

// The scans are covered by the eval (about 6–10 s of OCR per page); here the text formats end to end.
describe.skipIf(!samples)('sample corpus, text formats, end to end', () => {
  const dir = samples ?? '';
  const truth = samples ? loadTruth(dir).filter((entry) => entry.format !== 'pdf-scan') : [];
  const clients = samples
    ? clientDirectoryFromCsv(
        new Uint8Array(fs.readFileSync(path.join(dir, 'clients.csv'))),
        loadFinanzaemter(),
      )
    : undefined;

  it.each(truth.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const extracted = await extractDocument({ path: path.join(dir, entry.file) }, { pool });
    const analysis = await analyzeDocument(extracted, { findClients: clients });
    const wrong = evaluate(entry, analysis).checks.filter((check) => !check.ok);
    expect(wrong).toEqual([]);
  });
});
