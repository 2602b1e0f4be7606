import { benchAnalysisText } from './analysis-text';
import { benchClientsImport } from './clients-import';
import { benchClientsSearch } from './clients-search';
import { benchCoreBoot } from './core-boot';
import type { BenchResult } from './measure';
import { benchOcr } from './ocr';
import { benchTemplatesRender } from './templates-render';

/** npm run -s bench -- --json: one JSON object with every result and its baseline from the same run. */
const benches: (() => Promise<BenchResult>)[] = [
  benchCoreBoot,
  benchClientsSearch,
  benchClientsImport,
  benchTemplatesRender,
  benchAnalysisText,
  benchOcr,
];

const json = process.argv.includes('--json');
const results: BenchResult[] = [];
for (const bench of benches) {
  const r = await bench();
  results.push(r);
  if (!json)
    process.stderr.write(
      `${r.name}: ${r.value} ${r.unit} (baseline ${r.baseline.name}: ${r.baseline.value}, ratio ${r.ratio})\n`,
    );
}
process.stdout.write(`${JSON.stringify({ results }, null, json ? 0 : 2)}\n`);
