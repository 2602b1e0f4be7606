import { fileTypeFromBuffer } from 'file-type';
import PizZip from 'pizzip';
import { templateFileError } from './template-errors';
import { readZipDirectory, readZipEntry, zipLimits } from './zip-reader';

const docxMain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const dotxMain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';

/** A template that passed every check, re-packed from the checked contents. */
export interface ValidatedTemplate {
  /** Canonical DOCX bytes: exactly the entries that were checked, a .dotx turned into a document. */
  docx: Buffer;
  /** Part names in the archive. */
  parts: string[];
}

const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const fileTypeNames: Readonly<Record<string, string>> = {
  pdf: 'ein PDF-Dokument',
  rtf: 'ein RTF-Dokument',
  png: 'ein PNG-Bild',
  jpg: 'ein JPEG-Bild',
  gif: 'ein GIF-Bild',
  tif: 'ein TIFF-Bild',
  xml: 'eine XML-Datei',
  html: 'eine HTML-Datei',
  odt: 'ein OpenDocument-Text (.odt)',
  xlsx: 'eine Excel-Arbeitsmappe',
  pptx: 'eine PowerPoint-Präsentation',
  zip: 'ein ZIP-Archiv ohne Word-Dokument',
  '7z': 'ein 7-Zip-Archiv',
  rar: 'ein RAR-Archiv',
  gz: 'ein gzip-Archiv',
  exe: 'ein Programm',
};

async function notDocx(bytes: Buffer): Promise<Error> {
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const head = bytes.subarray(0, 5).toString('latin1');
  const what = type ? fileTypeNames[type.ext] : head === '{\\rtf' ? fileTypeNames.rtf : undefined;
  return templateFileError(
    'not-docx',
    `Die Datei ist keine Word-Vorlage (.docx)${what ? `, sondern ${what}` : ''}. Bitte eine .docx-Datei hochladen.`,
    `not a zip file (${type?.mime ?? 'unknown type'})`,
  );
}

/** UTF-16LE `EncryptedPackage`: the stream an encrypted OOXML file keeps inside its OLE container. */
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le');

function oleError(bytes: Buffer): Error {
  if (bytes.includes(encryptedPackage)) {
    return templateFileError(
      'encrypted',
      'Die Vorlage ist mit einem Kennwort geschützt (verschlüsselt) und kann nicht gelesen werden. ' +
        'Bitte in Word den Kennwortschutz entfernen (Datei › Informationen › Dokument schützen) und die Datei erneut hochladen.',
      'OLE container with EncryptedPackage',
    );
  }
  return templateFileError(
    'legacy-doc',
    'Die Datei ist im alten Office-Format (z. B. .doc, Word 97–2003). Bitte in Word als „Word-Dokument (*.docx)“ speichern und erneut hochladen.',
    'OLE compound file',
  );
}

const textOf = (data: Buffer): string =>
  data[0] === 0xff && data[1] === 0xfe ? data.toString('utf16le') : data.toString('utf8');

const isXmlPart = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

/** Content types of the main part and whether any part says it carries macros. */
function mainContentType(contentTypes: string): string | undefined {
  for (const match of contentTypes.matchAll(/<Override\b[^>]*>/g)) {
    const tag = match[0];
    if (!/PartName="\/word\/document\.xml"/i.test(tag)) continue;
    return /ContentType="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}

function wrongOfficeType(parts: string[], contentTypes: string): Error {
  const what = parts.includes('xl/workbook.xml')
    ? 'eine Excel-Arbeitsmappe'
    : parts.includes('ppt/presentation.xml')
      ? 'eine PowerPoint-Präsentation'
      : parts.includes('mimetype') || parts.includes('content.xml')
        ? 'ein OpenDocument-Dokument (.odt); bitte in Word oder LibreOffice als .docx speichern'
        : undefined;
  return templateFileError(
    'not-word',
    `Die Datei ist keine Word-Vorlage (.docx)${what ? `, sondern ${what}` : '; es fehlt das Word-Dokument im Archiv'}.`,
    `no word main part (${contentTypes.length} bytes of content types)`,
  );
}

/**
 * Checks an uploaded template by its content, not its name: refuses non-ZIP files, encrypted and
 * legacy OLE files, ZIP bombs, macro-enabled documents and XML with a DOCTYPE (entity expansion,
 * external entities). Returns the DOCX re-packed from the checked entries, so that every later step
 * (docxtemplater, mammoth) reads exactly what was checked.
 */
export async function validateTemplateFile(input: Uint8Array): Promise<ValidatedTemplate> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) throw templateFileError('empty', 'Die Datei ist leer.', 'empty file');
  if (bytes.length > zipLimits.maxArchiveBytes) {
    throw templateFileError(
      'too-large',
      `Die Datei ist ${(bytes.length / 1048576).toFixed(1).replace('.', ',')} MB groß; Vorlagen dürfen höchstens ${zipLimits.maxArchiveBytes / 1048576} MB groß sein.`,
      `file of ${bytes.length} bytes`,
    );
  }
  if (bytes.subarray(0, 8).equals(oleMagic)) throw oleError(bytes);
  if (bytes.readUInt32LE(0) !== 0x04034b50) throw await notDocx(bytes);

  const entries = readZipDirectory(bytes);
  const names = entries.map((entry) => entry.name);
  if (entries.some((entry) => (entry.flags & 0x1) !== 0)) {
    throw templateFileError(
      'encrypted',
      'Die Datei ist verschlüsselt und kann nicht gelesen werden. Bitte eine unverschlüsselte .docx-Datei hochladen.',
      'encrypted zip entries',
    );
  }
  if (names.some((name) => name.startsWith('/') || name.split(/[\\/]/).includes('..'))) {
    throw templateFileError(
      'corrupt',
      'Die Datei enthält ungültige Pfadangaben und wird nicht verarbeitet.',
      'path traversal',
    );
  }

  const contents = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    contents.set(entry.name, readZipEntry(bytes, entry));
  }
  const contentTypesPart = contents.get('[Content_Types].xml');
  const contentTypes = contentTypesPart ? textOf(contentTypesPart) : '';
  const macro =
    names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name)) || /macroEnabled/i.test(contentTypes);
  if (macro) {
    throw templateFileError(
      'macro',
      'Die Vorlage enthält Makros (.docm) und wird aus Sicherheitsgründen nicht angenommen. ' +
        'Bitte in Word als „Word-Dokument (*.docx)“ ohne Makros speichern und erneut hochladen.',
      'macro-enabled document',
    );
  }
  const main = mainContentType(contentTypes);
  if (!contents.has('word/document.xml') || (main !== docxMain && main !== dotxMain)) {
    throw wrongOfficeType(names, contentTypes);
  }
  for (const [name, data] of contents) {
    if (!isXmlPart(name)) continue;
    if (/<!DOCTYPE|<!ENTITY/i.test(textOf(data))) {
      throw templateFileError(
        'xxe',
        `Die Vorlage enthält in „${name}“ eine DTD- bzw. Entity-Deklaration (<!DOCTYPE …>). ` +
          'Word erzeugt so etwas nicht; die Datei wird aus Sicherheitsgründen abgelehnt.',
        `DOCTYPE in ${name}`,
      );
    }
  }
  if (main === dotxMain) {
    // A filled-in .dotx is a document: Word refuses a .docx that still says "template".
    contents.set('[Content_Types].xml', Buffer.from(contentTypes.replace(dotxMain, docxMain), 'utf8'));
  }

  const zip = new PizZip();
  for (const [name, data] of contents) zip.file(name, data);
  return {
    docx: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }),
    parts: [...contents.keys()],
  };
}
