import { z } from 'zod';
import { landCodes } from '../rules/land/land-codes';
import { docTypes } from '../rules/documents/doc-types';

/** zod mirror of src-shared/rules/documents/analysis-types.ts, so the analysis crosses IPC checked. */
const evidence = z.object({ page: z.number().int(), snippet: z.string() });
const fieldState = z.enum(['sicher', 'unsicher', 'fehlt']);
const field = <T extends z.ZodType>(value: T) =>
  z.object({
    value: value.nullable(),
    state: fieldState,
    confidence: z.number(),
    evidence: z.array(evidence),
    note: z.string().optional(),
  });

export const documentFieldsSchema = z.object({
  steuernummer: field(z.string()),
  steuerId: field(z.string()),
  ustId: field(z.string()),
  documentDate: field(z.string()),
  taxYear: field(z.number().int()),
  finanzamt: field(z.string()),
  amount: field(z.number()),
  dueDate: field(z.string()),
  iban: field(z.string()),
});

const partyKind = z.enum(['person', 'company']);
const matchReason = z.enum([
  'steuernummer',
  'steuerId',
  'ustId',
  'iban',
  'email',
  'name',
  'postalCode',
  'street',
  'city',
]);

export const clientCandidateSchema = z.object({
  clientId: z.string(),
  clientNumber: z.string().optional(),
  displayName: z.string(),
  score: z.number(),
  reasons: z.array(matchReason),
});

export const newClientProposalSchema = z.object({
  kind: partyKind,
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
});

export const documentAnalysisSchema = z.object({
  docType: z.object({
    value: z.enum(docTypes),
    confidence: z.number(),
    evidence: z.array(evidence),
    alternatives: z.array(z.object({ docType: z.enum(docTypes), score: z.number() })),
  }),
  fields: documentFieldsSchema,
  state: field(z.enum(landCodes)),
  einspruchsfristEnd: field(z.string()),
  subject: z
    .object({
      kind: partyKind,
      name: z.string(),
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      street: z.string().optional(),
      postalCode: z.string().optional(),
      city: z.string().optional(),
      evidence: z.array(evidence),
      confidence: z.number(),
    })
    .nullable(),
  client: z.object({
    decision: z.enum(['match', 'new', 'unknown']),
    client: clientCandidateSchema.nullable(),
    candidates: z.array(clientCandidateSchema),
    confidence: z.number(),
    proposal: newClientProposalSchema.nullable(),
    explanation: z.string(),
  }),
  warnings: z.array(z.string()),
});
export type DocumentAnalysisDto = z.infer<typeof documentAnalysisSchema>;
