import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholderRegistry } from '../../../src-shared/templates';
import { placeholderDocsMarkdown, placeholderDocsPath } from '../../../scripts/gen-placeholder-docs';

describe('docs/PLATZHALTER.md', () => {
  it('is up to date with the registry (regenerate: npx tsx scripts/gen-placeholder-docs.ts)', async () => {
    const committed = fs.readFileSync(placeholderDocsPath, 'utf8');
    expect(committed).toBe(await placeholderDocsMarkdown());
  });

  it('documents every placeholder', () => {
    const committed = fs.readFileSync(placeholderDocsPath, 'utf8');
    for (const definition of placeholderRegistry) {
      const section = definition.type === 'condition' || definition.type === 'loop';
      expect(committed, definition.key).toContain(section ? `{#${definition.key}}` : `{${definition.key}}`);
    }
  });
});
