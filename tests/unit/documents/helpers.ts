import { loadFinanzaemter } from '../../../src-main/core/analysis/analyze-document';
import {
  createDocumentAnalyzer,
  type AnalyzeOptions,
  type DocumentAnalysis,
  type ExtractedDocument,
} from '../../../src-shared/rules/documents';

export const finanzaemter = loadFinanzaemter();
const analyzer = createDocumentAnalyzer({ finanzaemter });

/** A plain-text document; form feeds start new pages. */
export function textDoc(text: string): ExtractedDocument {
  return {
    format: 'txt',
    pages: text.split('\f').map((page, i) => ({ pageNumber: i + 1, text: page, source: 'txt' })),
    warnings: [],
  };
}

export function analyzeText(text: string, opts?: AnalyzeOptions): Promise<DocumentAnalysis> {
  return analyzer.analyze(textDoc(text), opts);
}

/** A Finanzamt letter in the usual two-column layout (address left, info column right). */
export function faLetter(opts: {
  office: string;
  officeAddress?: string;
  recipient: string[];
  info: [string, string][];
  body: string[];
  footer?: string[];
}): string {
  const left = [
    `${opts.office} · Postfach 12 34 56 · ${opts.officeAddress ?? '10115 Berlin'}`,
    ...opts.recipient,
  ];
  const rows = Math.max(left.length, opts.info.length);
  const lines = [opts.office, opts.officeAddress ?? 'Amtsstraße 1 · 10115 Berlin', '', ''];
  for (let i = 0; i < rows; i++) {
    const info = opts.info[i];
    lines.push(`${(left[i] ?? '').padEnd(70)}${info ? `${info[0].padEnd(24)}${info[1]}` : ''}`.trimEnd());
  }
  lines.push('', '', ...opts.body, '', '');
  lines.push(
    ...(opts.footer ?? [
      'Bankverbindungen: Deutsche Bundesbank · IBAN DE71 5300 0000 0101 0287 62 · BIC MARKDEF1530',
      'Telefon 0661 585-0 · Telefax 0661 5317-8129',
    ]),
  );
  return lines.join('\n');
}

export const belehrung = [
  'Rechtsbehelfsbelehrung',
  'Der Bescheid kann mit dem Einspruch angefochten werden. Die Frist für die Einlegung des Einspruchs beträgt einen Monat.',
];
