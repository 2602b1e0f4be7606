import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { placeholderDocs } from '../src-shared/templates';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const placeholderDocsPath = path.join(root, 'docs', 'PLATZHALTER.md');

/** docs/PLATZHALTER.md as it should be: generated from the registry, formatted like `npm run format`. */
export async function placeholderDocsMarkdown(): Promise<string> {
  const config = (await prettier.resolveConfig(placeholderDocsPath)) ?? {};
  return prettier.format(placeholderDocs(), { ...config, parser: 'markdown' });
}

async function main(): Promise<void> {
  fs.writeFileSync(placeholderDocsPath, await placeholderDocsMarkdown());
  process.stdout.write(`${path.relative(root, placeholderDocsPath)} geschrieben.\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
