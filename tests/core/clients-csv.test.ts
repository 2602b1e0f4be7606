import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../src-main/core/services/clients/import/csv-decode';
import { detectDelimiter, parseCsv } from '../../src-main/core/services/clients/import/csv-parse';
import { buildFtsQuery } from '../../src-main/core/services/clients/search-query';
import { expectAppError } from '../helpers/app-error';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV parser', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and keeps start lines', () => {
    const text = 'a;b;c\r\n1;"x;y";"er sagte ""ja"""\r\n2;"zwei\r\nZeilen";z\r\n\r\n3;;\r\n';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x;y', 'er sagte "ja"'] },
      { line: 3, cells: ['2', 'zwei\r\nZeilen', 'z'] },
      { line: 6, cells: ['3', '', ''] },
    ]);
  });

  it('accepts LF and CR line ends and a missing final line break', () => {
    expect(parseCsv('a,b\n1,2\r3,4', ',').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(parseCsv('a;b\n12" Monitor;x\n', ';')[1]?.cells).toEqual(['12" Monitor', 'x']);
  });

  it('names the line of an unclosed quote', () => {
    expectAppError(
      () => parseCsv('a;b\n1;2\n3;"offen\n4;5\n', ';'),
      /Zeile 3: Ein Anführungszeichen wird nicht geschlossen/,
    );
  });

  it('refuses text after a closing quote', () => {
    expectAppError(
      () => parseCsv('a;b\n"x"y;2\n', ';'),
      /Zeile 2: Nach einem schließenden Anführungszeichen/,
    );
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('Mandantennummer;Name;Ort\n1,5;x;y')).toBe(';');
    expect(detectDelimiter('clientNumber,lastName,city\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
  });
});

describe('encoding detection', () => {
  const sample = 'Mandantennummer;Nachname;Ort\r\n1;Müller;Köln\r\n';

  it('reads UTF-8 with and without BOM', () => {
    expect(decodeImportBytes(utf8(`\uFEFF${sample}`))).toMatchObject({
      encoding: 'utf-8',
      hasBom: true,
      text: sample,
    });
    expect(decodeImportBytes(utf8(sample))).toMatchObject({ encoding: 'utf-8', hasBom: false, text: sample });
  });

  it('reads Windows-1252 (what office exports write) when the bytes are not UTF-8', () => {
    const decoded = decodeImportBytes(
      new Uint8Array(iconv.encode(`${sample}2;Weiß;Düsseldorf €\r\n`, 'win1252')),
    );
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Weiß;Düsseldorf €');
  });

  it('reads UTF-16 with BOM and without', () => {
    const le = new Uint8Array(iconv.encode(sample, 'utf16le'));
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, ...le])).text).toBe(sample);
    expect(decodeImportBytes(le)).toMatchObject({ encoding: 'utf-16le', text: sample });
  });

  it('refuses binary data, empty files and unknown encodings in German', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2,
    ]);
    expectAppError(() => decodeImportBytes(png), /keine Textdatei/);
    expectAppError(() => decodeImportBytes(new Uint8Array()), /leer/);
    expectAppError(
      () => decodeImportBytes(utf8(sample), 'klingonisch'),
      /Zeichenkodierung „klingonisch“ wird nicht unterstützt/,
    );
  });

  it('honours a requested encoding', () => {
    const bytes = new Uint8Array(iconv.encode('Ort\r\nKöln\r\n', 'latin1'));
    expect(decodeImportBytes(bytes, 'ISO-8859-1').text).toBe('Ort\r\nKöln\r\n');
  });
});

describe('search query normalisation', () => {
  it('turns every word into a prefix term, with the ae/oe/ue spelling for umlauts', () => {
    expect(buildFtsQuery('mül')).toBe('("mül"* OR "muel"*)');
    expect(buildFtsQuery('Anna Mue')).toBe('"anna"* AND "mue"*');
  });

  it('searches a number typed with separators as one identifier', () => {
    expect(buildFtsQuery('181/815/08155')).toBe('"18181508155"*');
    expect(buildFtsQuery('181 815 08155')).toBe('"18181508155"*');
    expect(buildFtsQuery('12 345 678 903')).toBe('"12345678903"*');
    expect(buildFtsQuery('DE 136 695 976')).toBe('"de136695976"*');
  });

  it('never lets FTS syntax through', () => {
    expect(buildFtsQuery('"a" OR b* NEAR(c)')).toBe('"a"* AND "or"* AND "b"* AND "near"* AND "c"*');
    expect(buildFtsQuery('  ---  ')).toBeNull();
  });
});
