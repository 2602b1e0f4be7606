import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import { watchFolderOf } from '../../src-main/core/services/documents';
import type { DocumentDetail, DocumentSummary } from '../../src-shared/documents/document-schemas';
import { expectOk, useCores } from '../helpers/core';
import { sharedSamplesDir } from '../helpers/shared-samples';

const samples = sharedSamplesDir();
const sample = (file: string) => new Uint8Array(fs.readFileSync(path.join(samples ?? '', 'docs', file)));
// OCR reads a page in about 6–10 s per core; these tests read three scanned pages at most.
const OCR_TIMEOUT = 300_000;

type ImportResult = {
  items: {
    name: string;
    ok: boolean;
    documentId: number | null;
    status: string | null;
    error: string | null;
  }[];
  cancelled: boolean;
};

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  return expectOk(await core.invoke(channel, input)) as T;
}

const clientIdOf = (core: Core, clientNumber: string) =>
  core.deps.sqlite
    .prepare('SELECT id FROM clients WHERE client_number = ?')
    .pluck()
    .get(clientNumber) as number;

describe.skipIf(!samples)('Posteingang: scans, cancelling, scan folder', () => {
  const cores = useCores();

  async function start(): Promise<Core> {
    const core = await cores.startLoggedIn({ watchFolderIntervalMs: 0 });
    await call(core, 'clients:import-run', {
      bytes: new Uint8Array(fs.readFileSync(path.join(samples ?? '', 'clients.csv'))),
      fileName: 'clients.csv',
      mode: 'valid-only',
      updateExisting: false,
      taskId: 'clients',
    });
    return core;
  }

  it(
    'reads a scanned and a text PDF dropped together: right client and type for both',
    async () => {
      const core = await start();
      const result = await call<ImportResult>(core, 'documents:import', {
        files: [
          { name: 'scan.pdf', bytes: sample('doc_003.pdf') },
          { name: 'text.pdf', bytes: sample('doc_030.pdf') },
        ],
        taskId: 'drop',
      });
      expect(result.items.map((i) => i.status)).toEqual(['zu_pruefen', 'zu_pruefen']);
      const [scan, text] = await Promise.all(
        result.items.map((i) => call<DocumentDetail>(core, 'documents:get', { id: i.documentId })),
      );
      expect(scan).toMatchObject({
        docType: 'gewst_bescheid',
        textSource: 'ocr',
        proposedClientId: clientIdOf(core, '10001'),
        documentDate: '2025-06-26',
        einspruchsfristEnd: '2025-07-30',
      });
      expect(text).toMatchObject({
        docType: 'est_bescheid',
        textSource: 'pdf-text',
        proposedClientId: clientIdOf(core, '10003'),
        einspruchsfristEnd: '2024-03-11',
      });
      // The OCR text is searchable like any other.
      const hits = await call<{ items: { id: number }[] }>(core, 'documents:search', {
        query: 'Gewerbesteuer',
      });
      expect(hits.items.map((h) => h.id)).toContain(scan!.id);
    },
    OCR_TIMEOUT,
  );

  it(
    'cancels a running OCR import; the document can be read again afterwards',
    async () => {
      const core = await start();
      let cancelled: Promise<unknown> | undefined;
      core.on('progress', (event) => {
        // Cancel once the text layer is done and OCR is running.
        if (event.taskId === 'scan' && event.total > 1 && !cancelled) {
          cancelled = core.invoke('documents:cancel-import', { taskId: 'scan' });
        }
      });
      const started = Date.now();
      const result = await call<ImportResult>(core, 'documents:import', {
        files: [{ name: 'doc_012.pdf', bytes: sample('doc_012.pdf') }],
        taskId: 'scan',
      });
      expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(result.cancelled).toBe(true);
      expect(result.items[0]).toMatchObject({ ok: false, status: 'fehler' });
      expect(result.items[0]!.error).toMatch(/abgebrochen/);
      const id = result.items[0]!.documentId!;
      expect(await call<DocumentDetail>(core, 'documents:get', { id })).toMatchObject({
        status: 'fehler',
        errorCode: 'cancelled',
      });
      expect(await core.invoke('documents:cancel-import', { taskId: 'scan' })).toEqual({
        ok: true,
        value: { cancelled: false },
      });

      const again = await call<DocumentDetail>(core, 'documents:reanalyze', { id, taskId: 'again' });
      expect(again).toMatchObject({
        status: 'zu_pruefen',
        docType: 'est_bescheid',
        textSource: 'ocr',
        proposedClientId: clientIdOf(core, '10042'),
        einspruchsfristEnd: '2025-05-08',
        orderProposal: { title: 'Einkommensteuerbescheid 2024 prüfen', dueDate: '2025-05-08' },
      });
    },
    OCR_TIMEOUT,
  );

  it('imports new files from the scan folder once they stopped growing, never through links', async () => {
    const core = await start();
    const folder = cores.tempDir();
    const outside = cores.tempDir();

    for (const [folderInput, code] of [
      ['relativ/scans', 'folder_not_absolute'],
      [path.join(folder, 'fehlt'), 'folder_missing'],
      [core.paths.dataDir, 'folder_in_data_dir'],
    ] as const) {
      const refused = await core.invoke('documents:set-watch-folder', { folder: folderInput });
      expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', details: { code } } });
      if (!refused.ok) expect(refused.error.userMessage).toMatch(/Ordner/);
    }
    fs.writeFileSync(path.join(folder, 'datei.txt'), 'x');
    expect(
      await core.invoke('documents:set-watch-folder', { folder: path.join(folder, 'datei.txt') }),
    ).toMatchObject({ ok: false, error: { details: { code: 'folder_not_directory' } } });
    fs.rmSync(path.join(folder, 'datei.txt'));

    expect(await call(core, 'documents:set-watch-folder', { folder })).toMatchObject({ folder });
    fs.copyFileSync(path.join(samples ?? '', 'docs', 'doc_001.txt'), path.join(folder, 'rechnung.txt'));
    fs.writeFileSync(path.join(folder, 'scan.pdf.part'), 'wird noch geschrieben');
    fs.writeFileSync(path.join(outside, 'geheim.txt'), 'Geheimes Dokument ausserhalb des Ordners');
    fs.symlinkSync(path.join(outside, 'geheim.txt'), path.join(folder, 'link.txt'));

    const watcher = watchFolderOf(core.deps)!;
    expect(await watcher.scanNow()).toEqual({ imported: 0, waiting: 1 });
    expect(await watcher.scanNow()).toEqual({ imported: 1, waiting: 0 });
    expect(await watcher.scanNow()).toEqual({ imported: 0, waiting: 0 });

    const list = await call<{ items: DocumentSummary[] }>(core, 'documents:list', {});
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      originalName: 'rechnung.txt',
      source: 'ordner',
      status: 'zu_pruefen',
      docType: 'rechnung',
      importedByName: null,
    });
    const state = await call<{ folder: string; lastScanAt: string | null; lastError: string | null }>(
      core,
      'documents:get-watch-folder',
      {},
    );
    expect(state).toMatchObject({ folder, lastError: null });
    expect(state.lastScanAt).not.toBeNull();

    // A file that grows between two scans waits; a copy of known content is not imported twice.
    fs.copyFileSync(path.join(samples ?? '', 'docs', 'doc_001.txt'), path.join(folder, 'kopie.txt'));
    fs.writeFileSync(path.join(folder, 'neu.txt'), 'Erste Zeile');
    expect(await watcher.scanNow()).toEqual({ imported: 0, waiting: 2 });
    fs.appendFileSync(path.join(folder, 'neu.txt'), '\nZweite Zeile vom Scanner');
    expect(await watcher.scanNow()).toEqual({ imported: 1, waiting: 1 });
    expect(await watcher.scanNow()).toEqual({ imported: 1, waiting: 0 });
    const names = (await call<{ items: DocumentSummary[] }>(core, 'documents:list', {})).items.map(
      (d) => d.originalName,
    );
    expect(names.sort()).toEqual(['neu.txt', 'rechnung.txt']);

    // The folder disappears: reported, not thrown.
    fs.rmSync(folder, { recursive: true });
    await watcher.scanNow();
    expect((await call<{ lastError: string }>(core, 'documents:get-watch-folder', {})).lastError).toMatch(
      /nicht erreichbar/,
    );
    expect(await call(core, 'documents:set-watch-folder', { folder: null })).toMatchObject({ folder: null });
  });
});
