import type { DocEvaluation, Metric } from './compare';

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface Summary {
  documents: number;
  overall: Accuracy;
  byMetric: Record<string, Accuracy>;
  byDocType: Record<string, Accuracy & { typeCorrect: number; documents: number }>;
  byFormat: Record<string, { docType: Accuracy }>;
  einspruchsfristGivenDate: Accuracy;
  misses: { file: string; metric: Metric; expected: unknown; got: unknown }[];
  errors: { file: string; error: string }[];
}

const acc = (correct: number, total: number): Accuracy => ({
  correct,
  total,
  accuracy: total === 0 ? 1 : Math.round((correct / total) * 10000) / 10000,
});

export function summarize(results: readonly DocEvaluation[]): Summary {
  const byMetric = new Map<string, [number, number]>();
  const byType = new Map<string, [number, number, number, number]>();
  const byFormat = new Map<string, [number, number]>();
  const misses: Summary['misses'] = [];
  let correct = 0;
  let total = 0;
  let fristOk = 0;
  let fristTotal = 0;
  for (const result of results) {
    const type = byType.get(result.docType) ?? [0, 0, 0, 0];
    type[3]++;
    for (const check of result.checks) {
      const m = byMetric.get(check.metric) ?? [0, 0];
      m[1]++;
      total++;
      type[1]++;
      if (check.ok) {
        m[0]++;
        correct++;
        type[0]++;
      } else
        misses.push({ file: result.file, metric: check.metric, expected: check.expected, got: check.got });
      byMetric.set(check.metric, m);
    }
    const typeOk = result.checks.find((check) => check.metric === 'docType')?.ok === true;
    type[2] += typeOk ? 1 : 0;
    byType.set(result.docType, type);
    const format = result.format.startsWith('pdf-scan') ? 'scan' : 'text';
    const f = byFormat.get(format) ?? [0, 0];
    f[1]++;
    if (typeOk) f[0]++;
    byFormat.set(format, f);
    if (result.fristGivenDate !== undefined) {
      fristTotal++;
      if (result.fristGivenDate) fristOk++;
    }
  }
  return {
    documents: results.length,
    overall: acc(correct, total),
    byMetric: Object.fromEntries([...byMetric].map(([k, [c, t]]) => [k, acc(c, t)])),
    byDocType: Object.fromEntries(
      [...byType]
        .sort()
        .map(([k, [c, t, typeCorrect, documents]]) => [k, { ...acc(c, t), typeCorrect, documents }]),
    ),
    byFormat: Object.fromEntries([...byFormat].map(([k, [c, t]]) => [k, { docType: acc(c, t) }])),
    einspruchsfristGivenDate: acc(fristOk, fristTotal),
    misses,
    errors: results.filter((r) => r.error !== undefined).map((r) => ({ file: r.file, error: r.error ?? '' })),
  };
}

const pct = (a: Accuracy): string =>
  `${(a.accuracy * 100).toFixed(1).padStart(5)} % (${a.correct}/${a.total})`;

const show = (value: unknown): string =>
  value === null || value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value);

export function printReport(summary: Summary, write: (line: string) => void = console.log): void {
  write(`Dokumente: ${summary.documents}`);
  write('');
  write('Nach Dokumenttyp (Typ richtig; alle Prüfungen: Typ, Felder, Land, Frist, Mandant)');
  for (const [type, a] of Object.entries(summary.byDocType)) {
    const typeShare: Accuracy = {
      correct: a.typeCorrect,
      total: a.documents,
      accuracy: a.typeCorrect / Math.max(1, a.documents),
    };
    write(`  ${type.padEnd(26)} Typ ${pct(typeShare)}   alle Prüfungen ${pct(a)}`);
  }
  write('');
  write('Dokumenttyp nach Format');
  for (const [format, a] of Object.entries(summary.byFormat))
    write(`  ${format.padEnd(26)} ${pct(a.docType)}`);
  write('');
  write('Nach Feld');
  for (const [metric, a] of Object.entries(summary.byMetric)) write(`  ${metric.padEnd(26)} ${pct(a)}`);
  write(`  ${'einspruchsfrist|datum ok'.padEnd(26)} ${pct(summary.einspruchsfristGivenDate)}`);
  write('');
  write(`Gesamt ${pct(summary.overall)}`);
  if (summary.misses.length > 0) {
    write('');
    write('Abweichungen (erwartet → erhalten)');
    for (const miss of summary.misses) {
      write(`  ${miss.file.padEnd(22)} ${miss.metric.padEnd(20)} ${show(miss.expected)} → ${show(miss.got)}`);
    }
  }
  if (summary.errors.length > 0) {
    write('');
    write('Nicht lesbar');
    for (const error of summary.errors) write(`  ${error.file}: ${error.error}`);
  }
}
