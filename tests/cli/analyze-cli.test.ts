import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTruth, type TruthEntry } from '../../scripts/eval/truth';
import { sharedSamplesDir } from '../helpers/shared-samples';
import { makeTempDir } from '../helpers/temp-dir';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real entry point as `npm run -s rsk --` runs it; OCR of a scan needs more than the usual minute. */
function rsk(args: string[], timeoutMs = 240_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'src-main/cli/main.ts'), ...args],
      { cwd: repoRoot, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface Report {
  file: string;
  ok: boolean;
  error: string | null;
  docType: string | null;
  confidence: number | null;
  fields: Record<string, string | number | null> | null;
  state: string | null;
  einspruchsfristEnd: string | null;
  client: {
    clientNumber: string | null;
    confidence: number;
    candidates: { clientNumber: string | null; displayName: string; score: number }[];
  } | null;
  newClient: { kind: string; name: string; street: string; postalCode: string; city: string } | null;
  textSource: string | null;
  pages: number | null;
  durationMs: number;
}

const KEYS = [
  'file',
  'ok',
  'error',
  'docType',
  'confidence',
  'fields',
  'state',
  'einspruchsfristEnd',
  'client',
  'newClient',
  'textSource',
  'pages',
  'durationMs',
];
const FIELD_KEYS = [
  'steuernummer',
  'steuerId',
  'ustId',
  'documentDate',
  'taxYear',
  'finanzamt',
  'amount',
  'dueDate',
  'iban',
];
const textSourceFor: Record<string, string> = {
  'pdf-text': 'pdf-text',
  'pdf-scan': 'ocr',
  docx: 'docx',
  txt: 'txt',
};

const samples = sharedSamplesDir();
const temp = makeTempDir('rsk-cli-analyze-');
afterAll(() => temp.cleanup());
const dataDir = path.join(temp.dir, 'daten');

/** A text PDF (new client), a text PDF (client by identifiers), a scan, a DOCX and a TXT. */
const SAMPLE_FILES = ['doc_001.txt', 'doc_002.pdf', 'doc_019.pdf', 'doc_028.pdf', 'doc_015.docx'];

describe.skipIf(!samples)('rsk analyze on the samples', () => {
  const dir = samples ?? '';
  let run: Run;
  let reports: Report[];
  const truth = new Map<string, TruthEntry>(
    samples ? loadTruth(dir).map((entry) => [path.basename(entry.file), entry]) : [],
  );

  beforeAll(async () => {
    const imported = await rsk([
      'clients',
      'import',
      path.join(dir, 'clients.csv'),
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    run = await rsk([
      'analyze',
      ...SAMPLE_FILES.map((name) => path.join(dir, 'docs', name)),
      '--data-dir',
      dataDir,
      '--json',
    ]);
    reports = JSON.parse(run.stdout) as Report[];
  }, 300_000);

  it('prints one object per file with the documented keys and exits 0', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(reports.map((r) => path.basename(r.file))).toEqual(SAMPLE_FILES);
    for (const report of reports) {
      expect(Object.keys(report).sort()).toEqual([...KEYS].sort());
      expect(Object.keys(report.fields ?? {}).sort()).toEqual([...FIELD_KEYS].sort());
      expect(report.ok).toBe(true);
      expect(report.error).toBeNull();
      expect(report.pages).toBeGreaterThanOrEqual(1);
      expect(report.durationMs).toBeGreaterThan(0);
      expect(report.confidence).toBeGreaterThan(0);
    }
  });

  it.each(SAMPLE_FILES)('%s matches truth.json', (name) => {
    const report = reports.find((r) => path.basename(r.file) === name);
    const expected = truth.get(name);
    if (!report || !expected) throw new Error(`missing ${name}`);
    expect(report.docType).toBe(expected.docType);
    expect(report.textSource).toBe(textSourceFor[expected.format]);
    for (const key of FIELD_KEYS) {
      const want = expected.fields[key as keyof TruthEntry['fields']];
      const got = report.fields?.[key] ?? null;
      if (typeof want === 'number' && typeof got === 'number') expect(got, key).toBeCloseTo(want, 2);
      else expect(got, key).toBe(want);
    }
    expect(report.state).toBe(expected.state);
    expect(report.einspruchsfristEnd).toBe(expected.einspruchsfristEnd);
    if (expected.clientNumber) {
      expect(report.client?.clientNumber).toBe(expected.clientNumber);
      expect(report.client?.candidates[0]?.clientNumber).toBe(expected.clientNumber);
      expect(report.newClient).toBeNull();
    } else {
      expect(report.client).toBeNull();
      expect(report.newClient).toEqual(expected.newClient);
    }
  });
});

describe('rsk analyze on bad input', () => {
  it('rejects each broken file with a German message, keeps the good one, exits 1', async () => {
    const dir = path.join(temp.dir, 'kaputt');
    fs.mkdirSync(dir, { recursive: true });
    const good = path.join(dir, 'Rechnung 🧾 März.txt');
    fs.writeFileSync(
      good,
      [
        'Malerbetrieb Krause · Ringstraße 4 · 50667 Köln',
        '',
        'Herrn',
        'Jürgen Müller',
        'Domstraße 5',
        '50668 Köln',
        '',
        'Rechnung Nr. 2026-117                                   Datum: 12.03.2026',
        'Rechnungsbetrag brutto                                   1.190,00 EUR',
      ].join('\n'),
    );
    const empty = path.join(dir, 'leer.pdf');
    fs.writeFileSync(empty, '');
    const exe = path.join(dir, 'rechnung.pdf');
    fs.writeFileSync(
      exe,
      Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000)]),
    );
    const truncated = path.join(dir, 'abgeschnitten.pdf');
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 200 >>\nstream\nBT /F1 12 Tf 72 720 Td (Steuerbescheid',
      'latin1',
    );
    fs.writeFileSync(truncated, pdf);
    const longLine = path.join(dir, 'eine-zeile.txt');
    fs.writeFileSync(longLine, 'Steuer '.repeat(3_000_000)); // 21 MB without a line break
    const missing = path.join(dir, 'gibt-es-nicht.pdf');

    const run = await rsk([
      'analyze',
      empty,
      exe,
      truncated,
      longLine,
      good,
      missing,
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(1);
    const reports = JSON.parse(run.stdout) as Report[];
    const byName = (name: string) => reports.find((r) => path.basename(r.file) === name);
    expect(reports).toHaveLength(6);

    for (const name of ['leer.pdf', 'rechnung.pdf', 'abgeschnitten.pdf', 'gibt-es-nicht.pdf']) {
      const report = byName(name);
      expect(report?.ok, name).toBe(false);
      expect(report?.error, name).toMatch(/[äöüÄÖÜß]|Datei|PDF/);
      expect(report?.docType, name).toBeNull();
      expect(Object.keys(report ?? {}).sort()).toEqual([...KEYS].sort());
    }
    expect(byName('leer.pdf')?.error).toBe('Die Datei ist leer.');
    expect(byName('rechnung.pdf')?.error).toMatch(/ausführbares Programm/);
    expect(byName('abgeschnitten.pdf')?.error).toMatch(/beschädigt|unvollständig/);
    expect(byName('gibt-es-nicht.pdf')?.error).toMatch(/gibt es nicht/);

    // The 21 MB single line is read (or refused) without taking the others down.
    const long = byName('eine-zeile.txt');
    if (long?.ok) expect(long.textSource).toBe('txt');
    else expect(long?.error).toMatch(/[a-zäöü]/);

    const invoice = byName('Rechnung 🧾 März.txt');
    expect(invoice?.ok).toBe(true);
    expect(invoice?.file).toBe(good);
    expect(invoice?.docType).toBe('rechnung');
    expect(invoice?.fields?.amount).toBe(1190);
  }, 300_000);

  it('prints a German table without --json', async () => {
    const file = path.join(temp.dir, 'notiz.txt');
    fs.writeFileSync(file, 'Rechnung Nr. 5\nRechnungsbetrag 10,00 EUR\n');
    const run = await rsk(['analyze', file, path.join(temp.dir, 'fehlt.txt'), '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Datei\s+Typ/);
    expect(run.stdout).toMatch(/notiz\.txt/);
    expect(run.stdout).toMatch(/abgelehnt: Die Datei „.*fehlt\.txt“ gibt es nicht\./);
    expect(run.stdout).toMatch(/1 von 2 Dateien analysiert\./);
  }, 120_000);
});
