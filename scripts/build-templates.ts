import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultTemplates } from './templates/default-templates';

/** resources/templates/: the default templates as .docx and catalog.json. Run: npx tsx scripts/build-templates.ts */
export const templatesDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'resources',
  'templates',
);

export function catalog() {
  return {
    templates: defaultTemplates.map(({ name, category, description, file, recipient }) => ({
      name,
      category,
      description,
      file,
      recipient,
    })),
  };
}

function main(): void {
  fs.mkdirSync(templatesDir, { recursive: true });
  for (const template of defaultTemplates) {
    fs.writeFileSync(path.join(templatesDir, template.file), template.build());
  }
  fs.writeFileSync(path.join(templatesDir, 'catalog.json'), `${JSON.stringify(catalog(), null, 2)}\n`);
  process.stdout.write(`${defaultTemplates.length} Vorlagen nach ${templatesDir} geschrieben.\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
