import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, p } from '../core/templates-helpers';
import { rsk, rskAsync } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

interface ClientJson {
  displayName: string;
  letter: { greeting: string; addressLines: string[] };
}

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((file) =>
  fs.existsSync(file),
);

/** Converts a DOCX to plain text with LibreOffice, as a Word-compatible tool would read it. */
function sofficeText(docx: string, workDir: string): string {
  const outDir = path.join(workDir, 'txt');
  const result = spawnSync(
    soffice as string,
    [
      `-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const file = path.join(outDir, `${path.basename(docx, '.docx')}.txt`);
  if (!fs.existsSync(file)) throw new Error(`soffice failed: ${result.stderr || result.stdout}`);
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

describe('rsk templates and rsk generate', () => {
  let dir = '';
  let cleanup = () => {};
  const data = () => ['--data-dir', path.join(dir, 'daten')];

  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir('rsk-cli-templates-'));
    const seeded = rsk(['seed', '--demo', ...data(), '--json']);
    expect(seeded.code, seeded.stderr).toBe(0);
  }, 120_000);
  afterAll(() => cleanup());

  it('lists the default templates', () => {
    const run = rsk(['templates', 'list', ...data(), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const names = run.json<{ items: { name: string; builtin: boolean }[] }>().items.map((item) => item.name);
    expect(names).toHaveLength(7);
    expect(names).toContain('Einspruch gegen einen Steuerbescheid');
    const human = rsk(['templates', 'list', ...data()]);
    expect(human.stdout).toMatch(/Mandantenanschreiben\s+Allgemein\s+V1/);
  });

  it('inspects a template: tags, unknown placeholders and syntax errors in the documented JSON shape', async () => {
    const unknown = path.join(dir, 'unbekannt.docx');
    fs.writeFileSync(
      unknown,
      makeDocx([p('{mandant.briefanrede}'), p('{#hatFrist}bis {auftrag.frist}{/hatFrist}'), p('{kundennr}')]),
    );
    const broken = path.join(dir, 'kaputt.docx');
    fs.writeFileSync(broken, makeDocx([p('Einleitung'), p('{#offeneAuftraege}'), p('{titel}')]));
    const pdf = path.join(dir, 'brief.docx');
    fs.writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
    const [ok, bad, refused] = await Promise.all([
      rskAsync(['templates', 'inspect', unknown, ...data(), '--json']),
      rskAsync(['templates', 'inspect', broken, ...data(), '--json']),
      rskAsync(['templates', 'inspect', pdf, ...data()]),
    ]);

    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json()).toEqual({
      tags: ['mandant.briefanrede', '#hatFrist', 'auftrag.frist', 'kundennr'],
      unknown: [
        {
          name: 'kundennr',
          message: 'Unbekannter Platzhalter „kundennr“ (Haupttext, Absatz 3).',
          location: 'Haupttext, Absatz 3',
        },
      ],
      errors: [],
    });

    expect(bad.code).toBe(1);
    const badJson = bad.json<{
      tags: string[];
      unknown: unknown[];
      errors: { message: string; location: string }[];
    }>();
    expect(Object.keys(badJson)).toEqual(['tags', 'unknown', 'errors']);
    expect(badJson.errors).toEqual([
      {
        message: expect.stringContaining('Der Abschnitt „{#offeneAuftraege}“ wird nicht geschlossen'),
        location: 'Haupttext, Absatz 2',
      },
    ]);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Die Datei ist keine Word-Vorlage (.docx), sondern ein PDF-Dokument.');
  });

  it('generates a letter for a client that reopens and reads with the Briefanrede and address', async () => {
    const client = rsk(['clients', 'show', '10001', ...data(), '--json']).json<ClientJson>();
    const out = path.join(dir, 'brief', 'schreiben.docx');
    const run = rsk([
      'generate',
      '--template',
      'Mandantenanschreiben',
      '--client',
      '10001',
      '--set',
      'eingabe.betreff=Ihre Einkommensteuererklärung 2025',
      '--out',
      out,
      ...data(),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const result = run.json<{
      file: string;
      documentId: number | null;
      fileName: string;
      missing: unknown[];
    }>();
    expect(result.file).toBe(out);
    expect(result.documentId).toEqual(expect.any(Number));
    expect(result.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Mandantenanschreiben – 10001 .+\.docx$/);

    const bytes = fs.readFileSync(out);
    const zip = new PizZip(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain(client.letter.greeting);
    for (const line of client.letter.addressLines) expect(text).toContain(line);
    expect(text).toContain('Ihre Einkommensteuererklärung 2025');
    expect(text).not.toMatch(/[{}]/);

    if (!soffice) {
      console.log(
        'skip: LibreOffice (soffice) is not installed; the DOCX was checked with pizzip and mammoth only',
      );
    } else {
      const converted = sofficeText(out, dir);
      expect(converted).toContain(client.letter.greeting);
      expect(converted).toContain(client.letter.addressLines[1] ?? '');
    }

    // The letter is now a document of the client, in the same data directory.
    const human = rsk([
      'generate',
      '--template',
      'Mandantenanschreiben',
      '--client',
      '10001',
      '--out',
      out,
      ...data(),
    ]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain('Als Dokument des Mandanten abgelegt');
  }, 240_000);

  it('generates from a template file without storing it, and refuses a broken one', () => {
    const template = path.join(dir, 'eigene.docx');
    fs.writeFileSync(template, makeDocx([p('{mandant.anschrift}'), p('{mandant.briefanrede}')]));
    const out = path.join(dir, 'eigene-out.docx');
    const run = rsk([
      'generate',
      '--template',
      template,
      '--client',
      '10001',
      '--out',
      out,
      ...data(),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({ documentId: null, template: 'eigene' });
    expect(fs.existsSync(out)).toBe(true);

    const broken = path.join(dir, 'kaputt2.docx');
    fs.writeFileSync(broken, makeDocx([p('{#offeneAuftraege}')]));
    const refused = rsk(['generate', '--template', broken, '--client', '10001', '--out', out, ...data()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('enthält Fehler');

    const unknownClient = rsk([
      'generate',
      '--template',
      'Mandantenanschreiben',
      '--client',
      '99999',
      '--out',
      out,
      ...data(),
    ]);
    expect(unknownClient.code).toBe(1);
    expect(unknownClient.stderr).toContain('Einen Mandanten mit der Nummer „99999“ gibt es nicht.');
  });

  it('writes a serial letter into a folder, one DOCX per client, with a per-client report', () => {
    const out = path.join(dir, 'serie');
    const run = rsk([
      'generate',
      '--template',
      'Serienbrief Jahresbeginn',
      '--clients',
      '10000,10001,10003',
      '--out',
      out,
      ...data(),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const result = run.json<{
      count: number;
      clients: { clientNumber: string; file: string; missing: string[] }[];
    }>();
    expect(result.count).toBe(3);
    expect(result.clients.map((c) => c.clientNumber)).toEqual(['10000', '10001', '10003']);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files).toEqual(result.clients.map((c) => c.file).sort());
    for (const file of files)
      expect(new PizZip(fs.readFileSync(path.join(out, file))).file('word/document.xml')).not.toBeNull();

    // A second run into the same folder keeps the first files.
    const again = rsk([
      'generate',
      '--template',
      'Serienbrief Jahresbeginn',
      '--clients',
      '10000',
      '--out',
      out,
      ...data(),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(fs.readdirSync(out)).toHaveLength(4);
    expect(again.stdout).toContain('1 Briefe aus „Serienbrief Jahresbeginn“');
  });
});
