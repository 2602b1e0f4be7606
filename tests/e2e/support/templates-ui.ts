import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import PizZip from 'pizzip';
import { repoRoot } from '../harness/paths';
import { openScreen } from './ui';

/** A shipped default template's bytes. */
export const defaultTemplateBytes = (file = 'mandantenanschreiben.docx'): Buffer =>
  fs.readFileSync(path.join(repoRoot, 'resources', 'templates', file));

/**
 * A real DOCX (a shipped template) with one more paragraph at the top of the body holding `text`,
 * e.g. an unknown placeholder.
 */
export function docxWithParagraph(text: string, file = 'mandantenanschreiben.docx'): Buffer {
  const zip = new PizZip(defaultTemplateBytes(file));
  const document = zip.file('word/document.xml')?.asText();
  if (!document) throw new Error(`${file} has no word/document.xml`);
  const body = /<w:body>/.exec(document);
  if (!body) throw new Error(`${file}: no <w:body>`);
  const at = body.index + body[0].length;
  const paragraph = `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  zip.file('word/document.xml', document.slice(0, at) + paragraph + document.slice(at));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Names of the DOCX files inside a ZIP. */
export function docxEntries(zipBytes: Buffer): string[] {
  const zip = new PizZip(zipBytes);
  return Object.keys(zip.files).filter(
    (name) => !zip.files[name]?.dir && name.toLowerCase().endsWith('.docx'),
  );
}

export async function openTemplates(page: Page): Promise<void> {
  await openScreen(page, 'Vorlagen');
}

/** Opens "Vorlage hochladen" and hands the file to the drop zone's file input (what a picker does). */
export async function uploadFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Vorlage hochladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vorlage hochladen' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type="file"]').setInputFiles(file);
  return dialog;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
