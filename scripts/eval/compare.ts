import type { DocumentAnalysis } from '../../src-shared/rules/documents';
import type { TruthEntry, TruthFields } from './truth';

export const fieldNames = [
  'steuernummer',
  'steuerId',
  'ustId',
  'documentDate',
  'taxYear',
  'finanzamt',
  'amount',
  'dueDate',
  'iban',
] as const satisfies readonly (keyof TruthFields)[];

export type Metric =
  (typeof fieldNames)[number] | 'docType' | 'state' | 'einspruchsfristEnd' | 'client' | 'proposal';

export interface Check {
  metric: Metric;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

export interface DocEvaluation {
  file: string;
  docType: TruthEntry['docType'];
  format: string;
  checks: Check[];
  /** Einspruchsfrist checked only where the document date was read correctly. */
  fristGivenDate?: boolean;
  error?: string;
}

const same = (expected: unknown, got: unknown): boolean => {
  if (typeof expected === 'number' && typeof got === 'number') return Math.abs(expected - got) < 0.005;
  return expected === got;
};

export function evaluate(truth: TruthEntry, analysis: DocumentAnalysis): DocEvaluation {
  const checks: Check[] = [];
  const add = (metric: Metric, expected: unknown, got: unknown): void => {
    checks.push({ metric, ok: same(expected, got), expected, got });
  };
  add('docType', truth.docType, analysis.docType.value);
  for (const field of fieldNames) add(field, truth.fields[field], analysis.fields[field].value);
  add('state', truth.state, analysis.state.value);
  add('einspruchsfristEnd', truth.einspruchsfristEnd, analysis.einspruchsfristEnd.value);

  const client = analysis.client;
  const expectedClient = truth.clientNumber ?? 'neu';
  const gotClient =
    client.decision === 'match'
      ? (client.client?.clientNumber ?? client.client?.clientId ?? '?')
      : client.decision === 'new'
        ? 'neu'
        : 'unbekannt';
  add('client', expectedClient, gotClient);
  if (truth.newClient) {
    const p = client.proposal;
    const expected = `${truth.newClient.kind}|${truth.newClient.name}|${truth.newClient.street}|${truth.newClient.postalCode}|${truth.newClient.city}`;
    const got = p ? `${p.kind}|${p.name}|${p.street}|${p.postalCode}|${p.city}` : null;
    add('proposal', expected, got);
  }
  const dateOk = same(truth.fields.documentDate, analysis.fields.documentDate.value);
  return {
    file: truth.file,
    docType: truth.docType,
    format: truth.format,
    checks,
    fristGivenDate:
      truth.einspruchsfristEnd !== null && dateOk
        ? same(truth.einspruchsfristEnd, analysis.einspruchsfristEnd.value)
        : undefined,
  };
}

/** A document that could not be read counts as wrong on every metric. */
export function failed(truth: TruthEntry, error: string): DocEvaluation {
  const checks: Check[] = (
    ['docType', ...fieldNames, 'state', 'einspruchsfristEnd', 'client'] as Metric[]
  ).map((metric) => ({
    metric,
    ok: false,
    expected:
      metric === 'docType'
        ? truth.docType
        : metric === 'client'
          ? (truth.clientNumber ?? 'neu')
          : metric in truth.fields
            ? truth.fields[metric as keyof TruthFields]
            : truth[metric as 'state' | 'einspruchsfristEnd'],
    got: `Fehler: ${error}`,
  }));
  return { file: truth.file, docType: truth.docType, format: truth.format, checks, error };
}
