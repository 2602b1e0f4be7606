import type { LandCode } from '../land';
import type { DocType } from './doc-types';

/** 'sicher': read and validated; 'unsicher': read but needs a look; 'fehlt': not found. */
export type FieldState = 'sicher' | 'unsicher' | 'fehlt';

/** Where a value was read: page and the text around it, for the review screen. */
export interface Evidence {
  page: number;
  snippet: string;
}

export interface FieldResult<T> {
  value: T | null;
  state: FieldState;
  /** 0..1; 0 when the field is missing. */
  confidence: number;
  evidence: Evidence[];
  /** German hint for the reviewer, e.g. why a value is uncertain. */
  note?: string;
}

export interface DocumentFields {
  /** The subject's Steuernummer exactly as printed. */
  steuernummer: FieldResult<string>;
  /** 11 digits without spaces. */
  steuerId: FieldResult<string>;
  /** Without spaces, e.g. DE136695976. */
  ustId: FieldResult<string>;
  /** ISO date. */
  documentDate: FieldResult<string>;
  taxYear: FieldResult<number>;
  /** "Finanzamt <Name>" as printed (spelling of the official directory when recognised). */
  finanzamt: FieldResult<string>;
  /** Euro; positive = to pay, negative = refund or debit balance. */
  amount: FieldResult<number>;
  /** ISO date. */
  dueDate: FieldResult<string>;
  /** The subject's IBAN without spaces. */
  iban: FieldResult<string>;
}

export type FieldKey = keyof DocumentFields;

export const fieldKeys: readonly FieldKey[] = [
  'steuernummer',
  'steuerId',
  'ustId',
  'documentDate',
  'taxYear',
  'finanzamt',
  'amount',
  'dueDate',
  'iban',
];

export interface DocTypeResult {
  value: DocType;
  confidence: number;
  evidence: Evidence[];
  /** Runner-up types with their scores, best first. */
  alternatives: { docType: DocType; score: number }[];
}

export type PartyKind = 'person' | 'company';

/** The party the document is about (addressee, invoice recipient, account holder, donor, ...). */
export interface SubjectParty {
  kind: PartyKind;
  /** Persons "Vorname Nachname" without Anrede or title; companies the Firma as printed. */
  name: string;
  firstName?: string;
  lastName?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  evidence: Evidence[];
  confidence: number;
}

export interface NewClientProposal {
  kind: PartyKind;
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

export type MatchReason =
  'steuernummer' | 'steuerId' | 'ustId' | 'iban' | 'email' | 'name' | 'postalCode' | 'street' | 'city';

export interface ClientCandidate {
  clientId: string;
  clientNumber?: string;
  displayName: string;
  /** 0..1 */
  score: number;
  reasons: MatchReason[];
}

export interface ClientDecision {
  /** 'match': an existing client; 'new': nobody fits, see proposal; 'unknown': no subject found. */
  decision: 'match' | 'new' | 'unknown';
  client: ClientCandidate | null;
  candidates: ClientCandidate[];
  confidence: number;
  proposal: NewClientProposal | null;
  /** German explanation for the reviewer. */
  explanation: string;
}

export interface DocumentAnalysis {
  docType: DocTypeResult;
  fields: DocumentFields;
  /** Land of the issuing authority (Finanzamt, Finanzgericht, Registergericht). */
  state: FieldResult<LandCode>;
  /** End of the Einspruchsfrist for documents with a Rechtsbehelfsbelehrung. */
  einspruchsfristEnd: FieldResult<string>;
  subject: SubjectParty | null;
  client: ClientDecision;
  warnings: string[];
}
