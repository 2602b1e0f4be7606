import { describe, expect, it } from 'vitest';
import { prepareTemplate, previewHtml, renderTemplate } from '../../src-main/core/templates';
import { sanitizeHtml } from '../../src-main/core/templates/html-sanitizer';
import { sampleClients, sampleInput } from '../../scripts/templates/sample-data';
import { readTemplate } from './templates-helpers';

describe('HTML preview', () => {
  it('shows the rendered letter', async () => {
    const template = await prepareTemplate(readTemplate('unterlagen-anforderung.docx'));
    const { docx } = await renderTemplate(template, sampleInput(sampleClients.herrDr));
    const { html } = await previewHtml(docx);
    expect(html).toContain('<p>Sehr geehrter Herr Dr. Müller,</p>');
    expect(html).toContain('Herrn<br>Dr. Thomas Müller<br>Hauptstraße 5<br>50667 Köln');
    expect(html).not.toMatch(/<script|\son\w+=|javascript:|https?:/i);
  });

  it('drops scripts, event handlers, styles and external resources', () => {
    const dirty =
      '<p onclick="alert(1)" style="color:red">Text <a href="https://evil.example/x">Link</a> <a href="#anker">intern</a></p>' +
      '<script>alert(1)</script><img src="https://evil.example/p.png"><img src="data:image/png;base64,iVBORw0KGgo=" alt="Logo">' +
      '<iframe src="https://evil.example"></iframe><table><tr><td colspan="2" class="x">Zelle</td></tr></table><!-- c --><svg><a/></svg>';
    expect(sanitizeHtml(dirty)).toBe(
      '<p>Text <a>Link</a> <a href="#anker">intern</a></p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Logo">' +
        '<table><tr><td colspan="2">Zelle</td></tr></table>',
    );
  });
});
