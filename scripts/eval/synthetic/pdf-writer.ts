import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

/**
 * A minimal PDF writer for tests: text pages (Helvetica, WinAnsi so umlauts work), image pages (one
 * JPEG per page, as scanners produce) and the Standard security handler (RC4 40-bit, revision 2) for
 * password-protected files. Enough to exercise pdfjs the way real files do, without binary fixtures.
 */
export interface TextItem {
  x: number;
  /** From the top of the page, in points. */
  y: number;
  text: string;
  size?: number;
}

export type PdfPage =
  | { kind: 'text'; items: TextItem[] }
  | { kind: 'image'; jpeg: Uint8Array; width: number; height: number; color?: 'gray' | 'rgb' };

export interface PdfOptions {
  /** Encrypts with RC4 40-bit; opening then needs this password. */
  userPassword?: string;
  ownerPassword?: string;
}

const A4 = { width: 595.28, height: 841.89 };
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[n] = (data[n] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 0xff] ?? 0);
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const pad = (password: string): Buffer =>
  Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);

interface Encryption {
  key: Buffer;
  o: Buffer;
  u: Buffer;
  p: number;
}

function setupEncryption(userPassword: string, ownerPassword: string, fileId: Buffer): Encryption {
  const p = -44;
  const o = rc4(md5(pad(ownerPassword)).subarray(0, 5), pad(userPassword));
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(pad(userPassword), o, pBytes, fileId).subarray(0, 5);
  return { key, o, u: rc4(key, PADDING), p };
}

const objectKey = (enc: Encryption, num: number): Buffer =>
  md5(enc.key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);

const escapeText = (text: string): Buffer => {
  const bytes = iconv.encode(text, 'windows-1252');
  const out: number[] = [];
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c);
    out.push(byte);
  }
  return Buffer.from(out);
};

export function buildPdf(pages: PdfPage[], opts: PdfOptions = {}): Uint8Array {
  const fileId = md5(Buffer.from(`rsk-test-${pages.length}-${JSON.stringify(opts)}`));
  const enc =
    opts.userPassword !== undefined
      ? setupEncryption(opts.userPassword, opts.ownerPassword ?? 'owner', fileId)
      : undefined;
  const objects: Buffer[] = [];
  const add = (body: Buffer): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (num: number, dict: string, data: Buffer): Buffer => {
    const payload = enc ? rc4(objectKey(enc, num), data) : data;
    return Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${payload.length} >>\nstream\n`, 'latin1'),
      payload,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  };

  add(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>')); // 1
  add(Buffer.alloc(0)); // 2: pages, filled in below
  add(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')); // 3
  const kids: number[] = [];
  for (const page of pages) {
    if (page.kind === 'text') {
      const parts: Buffer[] = [];
      for (const item of page.items) {
        const size = item.size ?? 10;
        parts.push(
          Buffer.from(
            `BT /F1 ${size} Tf ${item.x.toFixed(2)} ${(A4.height - item.y).toFixed(2)} Td (`,
            'latin1',
          ),
          escapeText(item.text),
          Buffer.from(') Tj ET\n', 'latin1'),
        );
      }
      const contentNum = objects.length + 1;
      add(stream(contentNum, '', Buffer.concat(parts)));
      kids.push(
        add(
          Buffer.from(
            `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum} 0 R >>`,
          ),
        ),
      );
    } else {
      const imageNum = objects.length + 1;
      add(
        stream(
          imageNum,
          `/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /${page.color === 'rgb' ? 'DeviceRGB' : 'DeviceGray'} /BitsPerComponent 8 /Filter /DCTDecode`,
          Buffer.from(page.jpeg),
        ),
      );
      const contentNum = objects.length + 1;
      add(stream(contentNum, '', Buffer.from(`q ${A4.width} 0 0 ${A4.height} 0 0 cm /Im0 Do Q`, 'latin1')));
      kids.push(
        add(
          Buffer.from(
            `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /XObject << /Im0 ${imageNum} 0 R >> >> /Contents ${contentNum} 0 R >>`,
          ),
        ),
      );
    }
  }
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  const encryptNum = enc
    ? add(
        Buffer.from(
          `<< /Filter /Standard /V 1 /R 2 /O <${enc.o.toString('hex')}> /U <${enc.u.toString('hex')}> /P ${enc.p} >>`,
        ),
      )
    : undefined;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]?.length ?? 0;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ].join('');
  const id = fileId.toString('hex');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${id}> <${id}>]${encryptNum ? ` /Encrypt ${encryptNum} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** Lays out text lines like a letter: `lines` of layout text (two-space gaps = columns) from the top. */
export function textPageFromLayout(
  layout: string,
  opts: { left?: number; top?: number; lineHeight?: number; charWidth?: number; size?: number } = {},
): PdfPage {
  const left = opts.left ?? 56;
  const top = opts.top ?? 60;
  const lineHeight = opts.lineHeight ?? 13;
  const charWidth = opts.charWidth ?? 4.6;
  const items: TextItem[] = [];
  layout.split('\n').forEach((line, row) => {
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
      items.push({
        x: left + m.index * charWidth,
        y: top + row * lineHeight,
        text: m[0],
        size: opts.size ?? 9,
      });
    }
  });
  return { kind: 'text', items };
}
