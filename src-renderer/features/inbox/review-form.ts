import type { CreateClientInput } from '../../../src-shared/clients/client-input';
import type { ConfirmedFields, DocumentDetail } from '../../../src-shared/documents/document-schemas';
import type { LandCode } from '../../../src-shared/rules/land/land-codes';
import type { DocType } from '../../../src-shared/rules/documents/doc-types';

export const fieldKeys = [
  'steuernummer',
  'steuerId',
  'ustId',
  'documentDate',
  'taxYear',
  'finanzamt',
  'amount',
  'dueDate',
  'iban',
] as const satisfies readonly (keyof ConfirmedFields)[];
export type FieldKey = (typeof fieldKeys)[number];

export const dateFields = new Set<FieldKey>(['documentDate', 'dueDate']);
export const numberFields = new Set<FieldKey>(['taxYear', 'amount']);

/** What the inputs hold: text, 'YYYY-MM-DD' or null for dates, number or '' for numbers. */
export type FieldValues = Record<FieldKey, string | number | null>;

export type ClientChoice =
  | { mode: 'candidate'; id: number }
  | { mode: 'other'; picked: { id: number; label: string } | null }
  | { mode: 'new' }
  | { mode: 'none' };

export interface NewClientDraft {
  kind: 'person' | 'company';
  firstName: string;
  lastName: string;
  companyName: string;
  street: string;
  postalCode: string;
  city: string;
}

export interface ReviewValues {
  docType: DocType;
  title: string;
  client: ClientChoice;
  newClient: NewClientDraft;
  fields: FieldValues;
  createReviewOrder: boolean;
}

const candidateIds = (doc: DocumentDetail): number[] =>
  (doc.analysis?.client.candidates ?? []).map((c) => Number(c.clientId)).filter(Number.isInteger);

function initialClient(doc: DocumentDetail): ClientChoice {
  const proposed = doc.clientId ?? doc.proposedClientId;
  if (proposed !== null) {
    if (candidateIds(doc).includes(proposed)) return { mode: 'candidate', id: proposed };
    const name = doc.clientName ?? doc.proposedClientName ?? String(proposed);
    return { mode: 'other', picked: { id: proposed, label: name } };
  }
  if (doc.analysis?.client.decision === 'new' && doc.analysis.client.proposal) return { mode: 'new' };
  return { mode: 'none' };
}

/** Splits "Dr. Anna Maria Beispiel" when the analysis gave no separate names. */
function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { firstName: '', lastName: name.trim() };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

function initialNewClient(doc: DocumentDetail): NewClientDraft {
  const proposal = doc.analysis?.client.proposal ?? null;
  const subject = doc.analysis?.subject ?? null;
  const kind = proposal?.kind ?? subject?.kind ?? 'company';
  const name = proposal?.name ?? subject?.name ?? '';
  const names =
    subject?.lastName !== undefined
      ? { firstName: subject.firstName ?? '', lastName: subject.lastName }
      : splitName(name);
  return {
    kind,
    firstName: kind === 'person' ? names.firstName : '',
    lastName: kind === 'person' ? names.lastName : '',
    companyName: kind === 'company' ? name : '',
    street: proposal?.street ?? subject?.street ?? '',
    postalCode: proposal?.postalCode ?? subject?.postalCode ?? '',
    city: proposal?.city ?? subject?.city ?? '',
  };
}

function initialFields(doc: DocumentDetail): FieldValues {
  const values = {} as FieldValues;
  for (const key of fieldKeys) {
    const confirmed = doc.confirmedFields?.[key];
    const proposed = doc.analysis?.fields[key].value ?? null;
    const value = confirmed !== undefined && doc.confirmedFields ? confirmed : proposed;
    values[key] = numberFields.has(key)
      ? (value ?? '')
      : dateFields.has(key)
        ? (value ?? null)
        : (value ?? '');
  }
  return values;
}

export const isBescheid = (docType: DocType): boolean => docType.endsWith('_bescheid');

export function initialReview(doc: DocumentDetail): ReviewValues {
  const docType = doc.docType ?? doc.analysis?.docType.value ?? 'sonstiges';
  return {
    docType,
    title: doc.title ?? '',
    client: initialClient(doc),
    newClient: initialNewClient(doc),
    fields: initialFields(doc),
    createReviewOrder: doc.orderProposal !== null && isBescheid(docType),
  };
}

const text = (value: string | number | null): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const num = (value: string | number | null): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function confirmedFieldsOf(values: FieldValues): ConfirmedFields {
  return {
    steuernummer: text(values.steuernummer),
    steuerId: text(values.steuerId),
    ustId: text(values.ustId),
    documentDate: text(values.documentDate),
    taxYear: num(values.taxYear),
    finanzamt: text(values.finanzamt),
    amount: num(values.amount),
    dueDate: text(values.dueDate),
    iban: text(values.iban),
  };
}

/** A minimal valid new client from the draft and the identifiers on the document. */
export function newClientInput(
  draft: NewClientDraft,
  fields: ConfirmedFields,
  land: LandCode | null,
  confirmDuplicate: boolean,
): CreateClientInput {
  const address = {
    street: draft.street.trim() || null,
    postalCode: draft.postalCode.trim() || null,
    city: draft.city.trim() || null,
  };
  const common = {
    address,
    ...(fields.steuernummer
      ? { taxNumbers: [{ value: fields.steuernummer, ...(land ? { land } : {}) }] }
      : {}),
    ...(fields.iban ? { bankAccounts: [{ iban: fields.iban }] } : {}),
    ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
  };
  if (draft.kind === 'person') {
    return {
      kind: 'person',
      lastName: draft.lastName.trim(),
      firstName: draft.firstName.trim() || null,
      ...(fields.steuerId ? { steuerId: fields.steuerId } : {}),
      ...common,
    };
  }
  return {
    kind: 'company',
    companyName: draft.companyName.trim(),
    ...(fields.ustId ? { ustIdNr: fields.ustId } : {}),
    ...common,
  };
}

export function clientIdOf(choice: ClientChoice): number | null {
  if (choice.mode === 'candidate') return choice.id;
  if (choice.mode === 'other') return choice.picked?.id ?? null;
  return null;
}
