import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createFinanzamtLookup, finanzamtDirectorySchema } from '../../../src-shared/rules/finanzamt';
import type { FinanzamtDirectory } from '../../../src-shared/rules/finanzamt';

const path = fileURLToPath(new URL('../../../resources/finanzaemter.json', import.meta.url));

/** The shipped directory built by scripts/build-finanzaemter.ts from the GemFA export of 23.04.2025. */
export const directory: FinanzamtDirectory = finanzamtDirectorySchema.parse(
  JSON.parse(readFileSync(path, 'utf8')),
);

export const lookup = createFinanzamtLookup(directory);

/** BUFAs missing from the February 2026 list (doc §4.4), to simulate a newer directory. */
export const retiredBy2026 = ['2331', '2612', '2613', '2615', '2617', '2635', '2643', '2647'];

export const knownIn2026 = (bufa: string): boolean => lookup.has(bufa) && !retiredBy2026.includes(bufa);
