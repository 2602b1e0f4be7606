import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { inspectTemplate, templateFileErrorCode, validateTemplateFile } from '../../src-main/core/templates';
import { AppError } from '../../src-shared/errors/app-error';
import { makeDocx, p, partXml, readTemplate } from './templates-helpers';

async function refusal(bytes: Uint8Array): Promise<{ code: string | undefined; message: string }> {
  try {
    await inspectTemplate(bytes);
  } catch (error) {
    expect(AppError.is(error)).toBe(true);
    return { code: templateFileErrorCode(error), message: (error as AppError).userMessage };
  }
  throw new Error('expected the file to be refused');
}

const findCentralEntry = (zip: Buffer, name: string): number => {
  for (let i = zip.length - 46; i >= 0; i--) {
    if (
      zip.readUInt32LE(i) === 0x02014b50 &&
      zip.toString('utf8', i + 46, i + 46 + zip.readUInt16LE(i + 28)) === name
    )
      return i;
  }
  throw new Error(`no central entry ${name}`);
};

describe('template upload validation (by content)', () => {
  it('accepts the default templates', async () => {
    const { docx, parts } = await validateTemplateFile(readTemplate('mandantenanschreiben.docx'));
    expect(parts).toContain('word/document.xml');
    expect(new PizZip(docx).file('word/document.xml')).not.toBeNull();
  });

  it('refuses files that are not DOCX, naming what they are', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'))).toEqual({
      code: 'not-docx',
      message:
        'Die Datei ist keine Word-Vorlage (.docx), sondern ein PDF-Dokument. Bitte eine .docx-Datei hochladen.',
    });
    expect((await refusal(Buffer.from('Sehr geehrte Damen und Herren'))).code).toBe('not-docx');
    expect((await refusal(Buffer.from('{\\rtf1\\ansi Hallo}'))).message).toContain('RTF-Dokument');
    expect(await refusal(new Uint8Array())).toEqual({ code: 'empty', message: 'Die Datei ist leer.' });
  });

  it('refuses a password-protected (encrypted OLE) file and an old .doc', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1000),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(500),
    ]);
    const encrypted = await refusal(ole);
    expect(encrypted.code).toBe('encrypted');
    expect(encrypted.message).toContain('mit einem Kennwort geschützt');
    const doc = await refusal(Buffer.concat([ole.subarray(0, 8), Buffer.alloc(2000)]));
    expect(doc.code).toBe('legacy-doc');
    expect(doc.message).toContain('alten Office-Format');
  });

  it('refuses macro-enabled documents (.docm)', async () => {
    const docm = makeDocx(
      [p('Hallo')],
      { 'word/vbaProject.bin': Buffer.from('macro') },
      {
        mainContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
      },
    );
    const result = await refusal(docm);
    expect(result.code).toBe('macro');
    expect(result.message).toContain('enthält Makros');
    expect((await refusal(makeDocx([p('x')], { 'word/vbaProject.bin': Buffer.from('x') }))).code).toBe(
      'macro',
    );
  });

  it('refuses XML with a DOCTYPE or entity declarations (XXE, billion laughs)', async () => {
    const xxe = makeDocx([], {
      'word/document.xml':
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>',
    });
    const result = await refusal(xxe);
    expect(result.code).toBe('xxe');
    expect(result.message).toContain('„word/document.xml“');
    const laughs = makeDocx([p('x')], {
      'word/styles.xml': '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><s/>',
    });
    expect((await refusal(laughs)).code).toBe('xxe');
  });

  it('refuses a ZIP bomb by its declared sizes before inflating', async () => {
    const bomb = makeDocx([p('x')], { 'word/media/zeros.bin': Buffer.alloc(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const result = await refusal(bomb);
    expect(result.code).toBe('zip-bomb');
    expect(result.message).toContain('ZIP-Bombe');
  });

  it('refuses an entry that inflates beyond the size its header declares', async () => {
    const zip = makeDocx([p('x')], { 'word/media/zeros.bin': Buffer.alloc(2 * 1024 * 1024) });
    const lying = Buffer.from(zip);
    const central = findCentralEntry(lying, 'word/media/zeros.bin');
    lying.writeUInt32LE(1000, central + 24);
    expect((await refusal(lying)).code).toBe('zip-bomb');
  });

  it('refuses archives with too many entries', async () => {
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`word/x/${i}.txt`, 'x']));
    expect((await refusal(makeDocx([p('x')], many))).code).toBe('zip-bomb');
  });

  it('refuses other Office files, broken archives and encrypted entries', async () => {
    const xlsx = new PizZip();
    xlsx.file('[Content_Types].xml', '<Types/>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const excel = await refusal(xlsx.generate({ type: 'nodebuffer' }));
    expect(excel).toEqual({
      code: 'not-word',
      message: 'Die Datei ist keine Word-Vorlage (.docx), sondern eine Excel-Arbeitsmappe.',
    });
    const docx = makeDocx([p('x')]);
    expect((await refusal(docx.subarray(0, docx.length - 30))).code).toBe('corrupt');
    const flagged = Buffer.from(docx);
    flagged.writeUInt16LE(
      flagged.readUInt16LE(findCentralEntry(flagged, 'word/document.xml') + 8) | 1,
      findCentralEntry(flagged, 'word/document.xml') + 8,
    );
    expect((await refusal(flagged)).code).toBe('encrypted');
  });

  it('refuses path traversal in entry names', async () => {
    const zip = new PizZip(makeDocx([p('x')]));
    zip.file('../../evil.txt', 'x');
    expect((await refusal(zip.generate({ type: 'nodebuffer' }))).code).toBe('corrupt');
  });

  it('accepts a Word template (.dotx) and turns it into a document', async () => {
    const dotx = makeDocx(
      [p('Hallo {mandant.name}')],
      {},
      {
        mainContentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
      },
    );
    const { docx } = await validateTemplateFile(dotx);
    expect(partXml(docx, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  });

  it('reads stored (uncompressed) entries too', async () => {
    const stored = new PizZip(makeDocx([p('Hallo {mandant.name}')])).generate({
      type: 'nodebuffer',
      compression: 'STORE',
    });
    expect((await inspectTemplate(stored)).tags.map((tag) => tag.tag)).toEqual(['mandant.name']);
  });
});
