import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Docxtemplater from 'docxtemplater';
import expressionParser from 'docxtemplater/expressions.js';
import PizZip from 'pizzip';
import { prepareTemplate, renderDocx } from '../../src-main/core/templates';
import { buildRenderData, missingDataReport, templateFilterFunctions } from '../../src-shared/templates';
import { syntheticInputs } from '../templates/sample-data';
import { median, result, timeMs, type BenchResult } from './measure';

const LETTERS = 1000;
const RUNS = 3;
const TEMPLATE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'resources',
  'templates',
  'serienbrief-jahresbeginn.docx',
);

/**
 * templates.render_1000_ms: 1000 letters from a default template (loops, conditions, filters) for
 * different clients through the engine (check and compile once, then per client: render data,
 * missing-data report, render, DOCX), vs. a bare docxtemplater loop on the same template and data.
 */
export async function benchTemplatesRender(): Promise<BenchResult> {
  const bytes = fs.readFileSync(TEMPLATE);
  const inputs = syntheticInputs(LETTERS);
  // The baseline gets the finished data objects: it measures docxtemplater alone.
  const datas = inputs.map((input) => buildRenderData(input));
  const rawParser = expressionParser.configure({ filters: { ...templateFilterFunctions } });

  const engine = async () => {
    const template = await prepareTemplate(bytes);
    for (const input of inputs) {
      const data = buildRenderData(input);
      missingDataReport(template.inspection.usages, data);
      renderDocx(template, data);
    }
  };
  const raw = () => {
    for (const data of datas) {
      const doc = new Docxtemplater(new PizZip(bytes), {
        parser: rawParser,
        paragraphLoop: true,
        linebreaks: true,
        nullGetter: () => '',
        errorLogging: false,
      });
      doc.render(data);
      doc.toBuffer({ compression: 'DEFLATE' });
    }
  };

  // The median of three runs absorbs the first run's warm-up.
  const engineRuns: number[] = [];
  const rawRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    rawRuns.push(await timeMs(raw));
    engineRuns.push(await timeMs(engine));
  }
  return result(
    'templates.render_1000_ms',
    'ms',
    median(engineRuns),
    'docxtemplater.raw_1000_ms',
    median(rawRuns),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(`${JSON.stringify(await benchTemplatesRender())}\n`);
}
