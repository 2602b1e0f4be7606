import mammoth from 'mammoth';
import { sanitizeHtml } from './html-sanitizer';

export interface HtmlPreview {
  /** Sanitised HTML of the body (headers and footers are not part of mammoth's output). */
  html: string;
  /** mammoth's notes on what it could not convert, for logs. */
  warnings: string[];
}

const previewImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif']);

/**
 * HTML preview of a rendered DOCX via mammoth: images are embedded as data URIs (PNG, JPEG, GIF only),
 * linked files are never read, and the result is sanitised (no scripts, no external resources).
 */
export async function previewHtml(docx: Uint8Array): Promise<HtmlPreview> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
    {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) =>
        previewImageTypes.has(image.contentType)
          ? { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` }
          : { src: '' },
      ),
    },
  );
  return { html: sanitizeHtml(result.value), warnings: result.messages.map((message) => message.message) };
}
