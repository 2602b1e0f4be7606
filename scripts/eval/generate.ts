/**
 * Writes a synthetic labelled corpus in the samples' layout (docs/, clients.csv, truth.json):
 *   npx tsx scripts/eval/generate.ts OUT_DIR [--seed 7] [--per-type 20] [--scans 0.2]
 * `--scans` is the share of documents written as scanned (image-only) PDFs instead of text.
 * The generator varies Länder, issuers, layouts, wordings and label spellings; run the eval on it to
 * see how the rules do on documents they were not tuned on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadFinanzaemter } from '../../src-main/core/analysis';
import { generateCorpus } from './synthetic/corpus';
import { createRng } from './synthetic/random';
import { scanPdf } from './synthetic/scan';

const args = process.argv.slice(2);
const out = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
const value = (flag: string, fallback: number): number => {
  const index = args.indexOf(flag);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
if (!out) {
  console.error('Aufruf: generate OUT_DIR [--seed N] [--per-type N]');
  process.exit(2);
}
const corpus = generateCorpus(loadFinanzaemter(), {
  seed: value('--seed', 7),
  perType: value('--per-type', 20),
});
fs.mkdirSync(path.join(out, 'docs'), { recursive: true });
const scanShare = value('--scans', 0);
const rng = createRng(value('--seed', 7) + 1000);
for (const doc of corpus.docs) {
  if (rng.next() < scanShare) {
    const name = doc.name.replace(/\.txt$/, '.pdf');
    const stamp = rng.chance(0.4)
      ? `${rng.int(1, 28)} ${rng.pick(['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN'])} 2025`
      : undefined;
    fs.writeFileSync(path.join(out, 'docs', name), scanPdf(rng, doc.text, { stamp }));
    doc.truth.file = `docs/${name}`;
    doc.truth.format = 'pdf-scan';
  } else fs.writeFileSync(path.join(out, 'docs', doc.name), doc.text);
}
fs.writeFileSync(path.join(out, 'clients.csv'), corpus.clientsCsv);
fs.writeFileSync(
  path.join(out, 'truth.json'),
  `${JSON.stringify(
    corpus.docs.map((doc) => doc.truth),
    null,
    2,
  )}\n`,
);
console.log(`${corpus.docs.length} Dokumente in ${out}`);
