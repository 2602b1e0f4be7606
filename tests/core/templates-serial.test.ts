import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import {
  prepareTemplate,
  renderSerial,
  safeFileName,
  serialMissingData,
  type SerialEntry,
  type SerialProgress,
} from '../../src-main/core/templates';
import { AppError } from '../../src-shared/errors/app-error';
import {
  sampleClients,
  sampleContact,
  sampleInput,
  syntheticInputs,
} from '../../scripts/templates/sample-data';
import { docxParagraphs, isWellFormed, partXml, readTemplate } from './templates-helpers';

const entries: SerialEntry[] = [
  { input: sampleInput(sampleClients.herrDr) },
  { input: { ...sampleInput(sampleClients.gmbhContact), kontakt: sampleContact } },
  { input: sampleInput({ ...sampleClients.divers, birthDate: null }) },
];
const greetings = ['Sehr geehrter Herr Dr. Müller,', 'Sehr geehrte Frau Weber,', 'Guten Tag Kim Mayer,'];

describe('renderSerial', () => {
  it('writes one DOCX per client into a ZIP, with safe names, and reports progress', async () => {
    const progress: SerialProgress[] = [];
    const result = await renderSerial(readTemplate('serienbrief-jahresbeginn.docx'), entries, {
      mode: 'zip',
      onProgress: (step) => progress.push(step),
    });
    expect(result.fileName).toBe('Serienbrief.zip');
    const zip = new PizZip(result.output);
    const names = Object.keys(zip.files);
    expect(names).toEqual(['10023_Dr._Thomas_Mueller.docx', '20001_Weber_GmbH.docx', '10025_Kim_Mayer.docx']);
    for (const [i, name] of names.entries()) {
      const docx = zip.file(name)?.asNodeBuffer() as Buffer;
      expect(await docxParagraphs(docx)).toContain(greetings[i]);
    }
    expect(progress.map((step) => [step.done, step.total, step.current])).toEqual([
      [1, 3, '10023 Dr. Thomas Müller'],
      [2, 3, '20001 Weber GmbH'],
      [3, 3, '10025 Kim Mayer'],
    ]);
  });

  it('combines the letters into one DOCX, each starting on a new page', async () => {
    const result = await renderSerial(readTemplate('mandantenanschreiben.docx'), entries, {
      mode: 'combined',
    });
    expect(result.fileName).toBe('Serienbrief.docx');
    const xml = partXml(result.output, 'word/document.xml');
    expect(isWellFormed(xml)).toBe(true);
    // Each letter ends with its own section: new page, its letterhead, page numbers from 1.
    expect(xml.match(/<w:sectPr\b/g)).toHaveLength(3);
    expect(xml.match(/<w:type w:val="nextPage"\/>/g)).toHaveLength(3);
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
    const paragraphs = await docxParagraphs(result.output);
    expect(paragraphs.filter((paragraph) => greetings.includes(paragraph))).toEqual(greetings);

    const pages = await renderSerial(readTemplate('mandantenanschreiben.docx'), entries, {
      mode: 'combined',
      combinedBreak: 'page',
    });
    const pageXml = partXml(pages.output, 'word/document.xml');
    expect(pageXml.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
    expect(pageXml.match(/<w:sectPr\b/g)).toHaveLength(1);
  });

  it('reports missing data per client before starting', async () => {
    const template = await prepareTemplate(readTemplate('vollmacht-steuersachen.docx'));
    const reports = serialMissingData(template, entries);
    expect(
      reports.map((report) => [report.clientNumber, report.missing.map((entry) => entry.message)]),
    ).toEqual([
      ['10023', []],
      ['20001', []],
      ['10025', ['Geburtsdatum fehlt bei Mandant 10025', 'Steuer-ID fehlt bei Mandant 10025']],
    ]);
  });

  it('stops when cancelled and creates no file', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = renderSerial(
      readTemplate('mandantenanschreiben.docx'),
      syntheticInputs(50).map((input) => ({ input })),
      {
        mode: 'zip',
        signal: controller.signal,
        onProgress: (step) => {
          done.push(step.done);
          if (step.done === 2) controller.abort();
        },
      },
    );
    await expect(run).rejects.toSatisfy((error) => AppError.is(error) && error.kind === 'cancelled');
    expect(done).toEqual([1, 2]);
  });

  it('refuses an empty client list', async () => {
    await expect(
      renderSerial(readTemplate('mandantenanschreiben.docx'), [], { mode: 'zip' }),
    ).rejects.toSatisfy(
      (error) =>
        AppError.is(error) && error.userMessage === 'Für den Serienbrief ist kein Mandant ausgewählt.',
    );
  });
});

describe('safeFileName', () => {
  it('keeps names inside the archive and portable', () => {
    expect(safeFileName('10023_Müller & Söhne <GmbH>', 'docx')).toBe('10023_Mueller_Soehne_GmbH.docx');
    expect(safeFileName('../../etc/passwd', 'docx')).toBe('etc_passwd.docx');
    expect(safeFileName('..\\..\\Windows\\win.ini', 'docx')).toBe('Windows_win.ini.docx');
    expect(safeFileName('CON', 'docx')).toBe('Dokument_CON.docx');
    expect(safeFileName('', 'docx')).toBe('Dokument.docx');
    expect(safeFileName('x'.repeat(200), 'docx')).toHaveLength(85);
  });

  it('gives two clients with the same name distinct files', async () => {
    const twin = sampleInput({ ...sampleClients.frau });
    const result = await renderSerial(
      readTemplate('mandantenanschreiben.docx'),
      [{ input: twin }, { input: twin }],
      {
        mode: 'zip',
      },
    );
    expect(Object.keys(new PizZip(result.output).files)).toEqual([
      '10024_Anna_Schmidt.docx',
      '10024_Anna_Schmidt_2.docx',
    ]);
  });
});
