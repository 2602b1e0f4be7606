import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionPool, DocumentError, extractDocument } from '../../src-main/core/analysis';
import { buildPdf, textPageFromLayout } from '../../scripts/eval/synthetic/pdf-writer';
import { buildDocx, buildZip } from '../helpers/zip-writer';

const pool = createExtractionPool({ maxThreads: 2, idleTimeoutMs: 1000 });
afterAll(() => pool.destroy());

async function failure(
  bytes: Uint8Array,
  opts: Parameters<typeof extractDocument>[1] = {},
): Promise<DocumentError> {
  try {
    await extractDocument({ bytes, fileName: 'datei.pdf' }, { pool, ...opts });
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

const german = /[äöüß]|\b(der|die|das|ist|wird|nicht|Datei|Dokument)\b/;

describe('hostile and broken inputs', () => {
  it('asks for the password of an encrypted PDF and accepts the right one', async () => {
    const pdf = buildPdf([textPageFromLayout('Vertraulich: Steuernummer 181/815/08155')], {
      userPassword: 'geheim',
    });
    const missing = await failure(pdf);
    expect(missing).toMatchObject({ code: 'password-required', needsPassword: true });
    expect(missing.message).toMatch(/passwortgeschützt/);
    expect(await failure(pdf, { password: 'falsch' })).toMatchObject({ code: 'password-wrong' });
    const opened = await extractDocument({ bytes: pdf }, { pool, password: 'geheim' });
    expect(opened.pages[0]?.text).toContain('181/815/08155');
  });

  it('reports truncated and garbage PDFs as damaged, in German', async () => {
    const pdf = buildPdf([textPageFromLayout('Hallo Welt')]);
    for (const bytes of [
      pdf.slice(0, Math.floor(pdf.length / 3)),
      new Uint8Array(Buffer.from('%PDF-1.7\n<<< Unsinn >>>')),
    ]) {
      const error = await failure(bytes);
      expect(error.code).toBe('damaged-pdf');
      expect(error.message).toMatch(german);
    }
  });

  it('refuses empty files and executables renamed to .pdf', async () => {
    expect(await failure(new Uint8Array())).toMatchObject({ code: 'empty-file' });
    const elf = new Uint8Array(
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]),
    );
    expect(await failure(elf)).toMatchObject({ code: 'executable' });
    const pe = new Uint8Array(
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(200)]),
    );
    expect(await failure(pe)).toMatchObject({ code: 'executable' });
  });

  it('refuses a DOCX decompression bomb before extracting it', async () => {
    // 150 MB of zeros compress to about 150 KB; the central directory is honest here.
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      {
        name: 'word/document.xml',
        data: new Uint8Array(zlib.inflateRawSync(zlib.deflateRawSync(Buffer.alloc(1)))),
      },
      { name: 'word/media/fill.bin', data: Buffer.alloc(150 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await failure(bomb);
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(german);
  }, 60_000);

  it('refuses a DOCX whose central directory lies about the sizes', async () => {
    const liar = buildDocx(['x'], {
      extra: [{ name: 'word/settings.xml', data: `<a>${'x'.repeat(50_000_000)}</a>`, declaredSize: 10 }],
    });
    expect(await failure(liar, { limits: { maxDocxUncompressedBytes: 10_000_000 } })).toMatchObject({
      code: 'zip-bomb',
    });
  }, 60_000);

  it('refuses XML with DTDs or external entities, in DOCX and on its own', async () => {
    const xxe = buildDocx(['&xxe;'], {
      prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    });
    expect(await failure(xxe)).toMatchObject({ code: 'xml-entities' });
    const xml = new Uint8Array(
      Buffer.from(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "http://example.com/x">]>\n<r>&e;</r>',
      ),
    );
    expect(await failure(xml)).toMatchObject({ code: 'xml-entities' });
  });

  it('handles a 20 MB single-line text file in bounded time', async () => {
    const line = 'Rechnung 1.234,56 € Steuernummer 181/815/08155 '.repeat(450_000).slice(0, 20 * 1024 * 1024);
    const started = Date.now();
    const result = await extractDocument(
      { bytes: new Uint8Array(Buffer.from(line)), fileName: 'gross.txt' },
      { pool },
    );
    expect(result.fileKind).toBe('txt');
    expect(Date.now() - started).toBeLessThan(20_000);
    const { analyzeDocument } = await import('../../src-main/core/analysis');
    const analysisStarted = Date.now();
    await analyzeDocument(result);
    expect(Date.now() - analysisStarted).toBeLessThan(20_000);
  }, 60_000);

  it('refuses files above the size limit and unknown binaries', async () => {
    expect(
      await failure(new Uint8Array(Buffer.from('Hallo')), { limits: { maxFileBytes: 3 } }),
    ).toMatchObject({ code: 'file-too-large' });
    const binary = new Uint8Array(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00, 0x00, 0x00]));
    expect(await failure(binary)).toMatchObject({ code: 'unsupported-type' });
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await failure(new Uint8Array(Buffer.from('Hallo')), { signal: controller.signal })).toMatchObject({
      code: 'cancelled',
    });
  });
});
