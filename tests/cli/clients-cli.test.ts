import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rsk, rskAsync } from '../helpers/cli';
import { sampleClientsCsv } from '../helpers/clients';
import { makeTempDir } from '../helpers/temp-dir';

interface ImportJson {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: { line: number; field: string; message: string }[];
}

describe('rsk clients', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const tempDir = () => {
    const { dir, cleanup } = makeTempDir('rsk-cli-clients-');
    cleanups.push(cleanup);
    return dir;
  };

  it('imports the shared sample, and a second run with --update changes nothing', () => {
    const dir = tempDir();
    const first = rsk(['clients', 'import', sampleClientsCsv, '--data-dir', dir, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const result = first.json<ImportJson>();
    // All 64 rows, including the two Berlin Steuernummern that pass only the other check variant.
    expect(result).toMatchObject({ imported: 64, updated: 0, skipped: 0, rejected: [] });

    const second = rsk(['clients', 'import', sampleClientsCsv, '--update', '--data-dir', dir, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 64, skipped: 0 });

    const human = rsk(['clients', 'import', sampleClientsCsv, '--data-dir', dir]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(
      '0 Mandanten neu angelegt, 0 aktualisiert, 0 unverändert, 64 übersprungen.',
    );
  });

  it('all-or-nothing refuses a file with one wrong check digit with exit code 1 and imports nothing', () => {
    const dir = tempDir();
    const broken = path.join(dir, 'broken.csv');
    const sample = fs.readFileSync(sampleClientsCsv, 'latin1');
    fs.writeFileSync(broken, sample.replace('045 103 03219', '045 103 03218'), 'latin1');
    const run = rsk(['clients', 'import', broken, '--mode', 'all-or-nothing', '--data-dir', dir, '--json']);
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({
      imported: 0,
      aborted: true,
      rejected: [{ line: 3, field: 'Steuernummer' }],
    });
    const search = rsk(['clients', 'search', 'Hartmann', '--data-dir', dir, '--json']);
    expect(search.json()).toMatchObject({ total: 0 });
  });

  it('searches, shows and exports', async () => {
    const dir = tempDir();
    expect(rsk(['clients', 'import', sampleClientsCsv, '--data-dir', dir, '--json']).code).toBe(0);
    const out = path.join(dir, 'export.csv');
    const [search, show, showText, exported, missing] = await Promise.all([
      rskAsync(['clients', 'search', '045 103 03219', '--data-dir', dir, '--json']),
      rskAsync(['clients', 'show', '10002', '--data-dir', dir, '--json']),
      rskAsync(['clients', 'show', '10002', '--data-dir', dir]),
      rskAsync(['clients', 'export', out, '--data-dir', dir, '--json']),
      rskAsync(['clients', 'show', '99999', '--data-dir', dir, '--json']),
    ]);
    expect(search.json()).toMatchObject({
      total: 1,
      items: [{ clientNumber: '10002', displayName: 'Hartmann, Ulrich' }],
    });
    expect(show.json()).toMatchObject({
      clientNumber: '10002',
      taxNumbers: [{ printed: '045 103 03219', finanzamt: { name: 'Frankfurt am Main' } }],
    });
    expect(showText.stdout).toContain('Sehr geehrter Herr Dr. Hartmann,');
    expect(showText.stdout).toMatch(/Steuernummer: +045 103 03219 \(2645010303219\)/);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.json()).toEqual({ file: out, count: 64 });
    expect(fs.readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Einen Mandanten mit der Nummer „99999“ gibt es nicht.');
  });

  it('seeds synthetic clients with valid identifiers', () => {
    const dir = tempDir();
    const seeded = rsk(['seed', '--clients', '300', '--data-dir', dir, '--json']);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.json()).toMatchObject({ created: 300, first: '10000', last: '10299' });
    const out = path.join(dir, 'all.csv');
    expect(rsk(['clients', 'export', out, '--data-dir', dir]).code).toBe(0);
    // Every generated identifier passes the same checks as an import.
    const fresh = tempDir();
    const reimport = rsk([
      'clients',
      'import',
      out,
      '--mode',
      'all-or-nothing',
      '--data-dir',
      fresh,
      '--json',
    ]);
    expect(reimport.json()).toMatchObject({ imported: 300, rejected: [] });
  });

  it('explains wrong usage in German with exit code 1', () => {
    const dir = tempDir();
    const missing = rsk(['clients', 'import', path.join(dir, 'gibt-es-nicht.csv'), '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('gibt es nicht');
    const mode = rsk(['clients', 'import', sampleClientsCsv, '--mode', 'halb', '--data-dir', dir]);
    expect(mode.code).toBe(1);
    expect(mode.stderr).toContain('--mode: „halb“ ist unbekannt');
    const binary = path.join(dir, 'bild.png');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
    const refused = rsk(['clients', 'import', binary, '--data-dir', dir, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(refused.stderr).toContain('keine Textdatei');
  });
});
