import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function rsk(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'src-main/cli/main.ts'), ...args],
      { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface ImportJson {
  items: {
    file: string;
    ok: boolean;
    error: string | null;
    documentId: number | null;
    duplicate: boolean;
    status: string | null;
    docType: string | null;
    clientNumber: string | null;
    clientName: string | null;
    einspruchsfristEnd: string | null;
    reviewState: string | null;
  }[];
  cancelled: boolean;
}

const CLIENTS = [
  'Mandantennummer;Typ;Anrede;Titel;Vorname;Nachname;Firma;Rechtsform;Straße;PLZ;Ort;E-Mail;Telefon;Steuernummer;Steuer-ID;USt-IdNr;Finanzamt;Geburtsdatum;IBAN',
  '10003;natürliche Person;Herr;;Jürgen;Müller;;;Domstraße 5;50668;Köln;;;;;;;;',
  '10004;Unternehmen;Firma;;;;Bäckerei Schmidt GmbH;GmbH;Hauptstraße 3;33602;Bielefeld;;;;;;;;',
].join('\r\n');

const INVOICE = [
  'Malerbetrieb Krause · Ringstraße 4 · 50667 Köln',
  '',
  'Herrn',
  'Jürgen Müller',
  'Domstraße 5',
  '50668 Köln',
  '',
  'Rechnung Nr. 2026-117                                   Datum: 12.03.2026',
  '',
  'Treppenhausrenovierung mit Zitronengelb',
  'Rechnungsbetrag brutto                                   1.190,00 EUR',
].join('\n');

const temp = makeTempDir('rsk-cli-documents-');
afterAll(() => temp.cleanup());

describe('rsk import and rsk documents', () => {
  const dataDir = path.join(temp.dir, 'daten');
  const file = (name: string, text: string) => {
    const target = path.join(temp.dir, name);
    fs.writeFileSync(target, text);
    return target;
  };

  it('stores and analyses, finds the document by its text, lists the inbox, points duplicates to it', async () => {
    const clients = await rsk([
      'clients',
      'import',
      file('mandanten.csv', CLIENTS),
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(clients.code, clients.stderr).toBe(0);

    const invoice = file('rechnung-krause.txt', INVOICE);
    const empty = file('leer.txt', '');
    const imported = await rsk(['import', invoice, empty, '--data-dir', dataDir, '--json']);
    expect(imported.code, imported.stderr).toBe(1);
    const result = JSON.parse(imported.stdout) as ImportJson;
    expect(result.items).toHaveLength(2);
    const [stored, refused] = result.items;
    expect(stored).toMatchObject({
      file: invoice,
      ok: true,
      duplicate: false,
      status: 'zu_pruefen',
      docType: 'rechnung',
      clientNumber: '10003',
    });
    expect(stored?.documentId).toBeGreaterThan(0);
    expect(refused?.ok).toBe(false);
    expect(refused?.error).toBe('Die Datei ist leer.');

    const search = await rsk(['documents', 'search', 'zitronengelb', '--data-dir', dataDir, '--json']);
    expect(search.code, search.stderr).toBe(0);
    const hits = (
      JSON.parse(search.stdout) as { items: { id: number; originalName: string; snippet: string }[] }
    ).items;
    expect(hits.map((hit) => hit.id)).toContain(stored?.documentId);
    expect(hits[0]?.originalName).toBe('rechnung-krause.txt');

    const human = await rsk(['documents', 'search', 'Zitronengelb', '--data-dir', dataDir]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/rechnung-krause\.txt/);

    const none = await rsk(['documents', 'search', 'Marzipanfabrik', '--data-dir', dataDir]);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/Keine Dokumente gefunden/);

    const inbox = await rsk(['documents', 'list', '--inbox', '--data-dir', dataDir, '--json']);
    expect(inbox.code, inbox.stderr).toBe(0);
    const listed = JSON.parse(inbox.stdout) as { items: { id: number; status: string }[]; total: number };
    expect(listed.items.map((item) => item.id)).toContain(stored?.documentId);

    const again = await rsk(['import', invoice, '--data-dir', dataDir, '--json']);
    expect(again.code, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout) as ImportJson;
    expect(second.items[0]).toMatchObject({ ok: true, duplicate: true, documentId: stored?.documentId });
  }, 300_000);

  it('pre-assigns with --client and refuses an unknown client number in German', async () => {
    const note = file('notiz.txt', 'Protokoll der Besprechung vom 03.03.2026\n\nThemen: Kassenführung.\n');
    const assigned = await rsk(['import', note, '--client', '10004', '--data-dir', dataDir, '--json']);
    expect(assigned.code, assigned.stderr).toBe(0);
    const result = JSON.parse(assigned.stdout) as ImportJson;
    expect(result.items[0]).toMatchObject({
      ok: true,
      clientNumber: '10004',
      clientName: 'Bäckerei Schmidt GmbH',
    });

    const unknown = await rsk(['import', note, '--client', '99999', '--data-dir', dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Einen Mandanten mit der Nummer „99999“ gibt es nicht\./);
  }, 300_000);
});
