import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../scripts/build-templates';
import { defaultTemplates } from '../../scripts/templates/default-templates';
import { partXml, readTemplate, templatesDir } from './templates-helpers';

describe('default templates in resources/templates', () => {
  it('match what scripts/build-templates.ts writes (run it after changing a template)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(templatesDir, 'catalog.json'), 'utf8')) as unknown;
    expect(committed).toEqual(catalog());
    for (const template of defaultTemplates) {
      expect(readTemplate(template.file).equals(template.build()), template.file).toBe(true);
    }
  });

  it('are A4 pages with DIN 5008 margins and a first-page letterhead', () => {
    for (const template of defaultTemplates) {
      const xml = partXml(readTemplate(template.file), 'word/document.xml');
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      // Left 25 mm, right 20 mm; text from 27 mm, the address field pushed to 45 mm on page 1.
      expect(xml).toMatch(/<w:pgMar w:top="1531" w:right="1134" w:bottom="1701" w:left="1417"/);
      expect(xml).toContain('<w:titlePg/>');
    }
  });
});
