import type { DocumentAnalysisDto } from './analysis-schema';
import {
  bescheidTypes,
  docTypeLabels,
  typesWithEinspruchsfrist,
  type DocType,
} from '../rules/documents/doc-types';

export type ReviewState = 'sicher' | 'unsicher' | 'fehlt';
export type FieldKey = keyof DocumentAnalysisDto['fields'];

const rank: Readonly<Record<ReviewState, number>> = { sicher: 0, unsicher: 1, fehlt: 2 };

/** The lower of two states: 'fehlt' below 'unsicher' below 'sicher'. */
export const worstState = (a: ReviewState, b: ReviewState): ReviewState => (rank[b] > rank[a] ? b : a);

/** Below this confidence a proposed document type is shown as 'unsicher'. */
export const DOC_TYPE_SURE = 0.75;
/** Below this confidence a matched client is shown as 'unsicher'. */
export const CLIENT_SURE = 0.9;

/**
 * Fields a document of this type is expected to carry: missing ones make the document 'fehlt'. Other
 * fields only count when they were read but are doubtful ('unsicher'); an absent USt-IdNr on an
 * Einkommensteuerbescheid is normal, not a gap.
 */
export function expectedFields(docType: DocType): FieldKey[] {
  const keys: FieldKey[] = ['documentDate'];
  if (typesWithEinspruchsfrist.has(docType)) keys.push('steuernummer', 'finanzamt');
  if (bescheidTypes.has(docType)) keys.push('taxYear');
  if (docType === 'rechnung' || docType === 'mahnung') keys.push('amount');
  return keys;
}

export function docTypeState(analysis: DocumentAnalysisDto): ReviewState {
  return analysis.docType.confidence >= DOC_TYPE_SURE ? 'sicher' : 'unsicher';
}

/** A pre-assigned client (dropped on the client's page) counts as sure. */
export function clientState(analysis: DocumentAnalysisDto, preassigned: boolean): ReviewState {
  if (preassigned) return 'sicher';
  switch (analysis.client.decision) {
    case 'match':
      return analysis.client.confidence >= CLIENT_SURE ? 'sicher' : 'unsicher';
    case 'new':
      return 'unsicher';
    case 'unknown':
      return 'fehlt';
  }
}

/** State of one field as the review screen marks it (expected-but-missing fields are 'fehlt'). */
export function fieldState(analysis: DocumentAnalysisDto, key: FieldKey, docType: DocType): ReviewState {
  const field = analysis.fields[key];
  if (field.state !== 'fehlt') return field.state;
  return expectedFields(docType).includes(key) ? 'fehlt' : 'sicher';
}

/** Einspruchsfrist of a type that has one: missing is 'fehlt', otherwise as read. */
export function deadlineState(analysis: DocumentAnalysisDto, docType: DocType): ReviewState {
  if (!typesWithEinspruchsfrist.has(docType)) return 'sicher';
  return analysis.einspruchsfristEnd.state;
}

/** Lowest state over type, client, the fields and the Einspruchsfrist: what the Posteingang list marks. */
export function reviewStateOf(analysis: DocumentAnalysisDto, preassigned: boolean): ReviewState {
  const docType = analysis.docType.value;
  let state = worstState(docTypeState(analysis), clientState(analysis, preassigned));
  for (const key of Object.keys(analysis.fields) as FieldKey[]) {
    state = worstState(state, fieldState(analysis, key, docType));
  }
  return worstState(state, deadlineState(analysis, docType));
}

/** Names used in order titles (the taxonomy's label of gewst_bescheid has a parenthesis). */
const reviewTitleNames: Partial<Record<DocType, string>> = {
  gewst_bescheid: 'Gewerbesteuerbescheid',
};

/** "Einkommensteuerbescheid 2024 prüfen" for the proposed "Bescheid prüfen" order. */
export function reviewOrderTitle(docType: DocType, taxYear: number | null): string {
  const name = reviewTitleNames[docType] ?? docTypeLabels[docType];
  return taxYear ? `${name} ${taxYear} prüfen` : `${name} prüfen`;
}

/** Bescheide get a proposed "Bescheid prüfen" order with their Einspruchsfrist. */
export const proposesReviewOrder = (docType: DocType | null): boolean =>
  docType !== null && bescheidTypes.has(docType);

/** Labels of the accuracy statistics. */
export const accuracyFieldLabels: Readonly<Record<string, string>> = {
  docType: 'Dokumenttyp',
  client: 'Mandant',
  steuernummer: 'Steuernummer',
  steuerId: 'Steuer-ID',
  ustId: 'USt-IdNr.',
  documentDate: 'Datum des Schreibens',
  taxYear: 'Steuerjahr',
  finanzamt: 'Finanzamt',
  amount: 'Betrag',
  dueDate: 'Fälligkeit',
  iban: 'IBAN',
};
