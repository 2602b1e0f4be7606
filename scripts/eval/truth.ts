import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { docTypes } from '../../src-shared/rules/documents';

export const truthFieldsSchema = z.object({
  steuernummer: z.string().nullable(),
  steuerId: z.string().nullable(),
  ustId: z.string().nullable(),
  documentDate: z.string().nullable(),
  taxYear: z.number().nullable(),
  finanzamt: z.string().nullable(),
  amount: z.number().nullable(),
  dueDate: z.string().nullable(),
  iban: z.string().nullable(),
});

export const truthEntrySchema = z.object({
  file: z.string(),
  docType: z.enum(docTypes),
  format: z.string(),
  clientNumber: z.string().nullable(),
  newClient: z
    .object({
      kind: z.enum(['person', 'company']),
      name: z.string(),
      street: z.string(),
      postalCode: z.string(),
      city: z.string(),
    })
    .nullable(),
  fields: truthFieldsSchema,
  state: z.string().nullable(),
  einspruchsfristEnd: z.string().nullable(),
});

export type TruthEntry = z.infer<typeof truthEntrySchema>;
export type TruthFields = z.infer<typeof truthFieldsSchema>;

/** truth.json of a corpus folder (format: /work/shared/samples/README.md). */
export function loadTruth(dir: string): TruthEntry[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  return z.array(truthEntrySchema).parse(raw);
}
