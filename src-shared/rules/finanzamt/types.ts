import { z } from 'zod';
import { landCodes } from '../land';

export const finanzamtSchema = z.object({
  /** 4-digit Bundesfinanzamtsnummer; a string so leading digits are kept. */
  bufa: z.string().regex(/^\d{4}$/),
  /** Short name as in GemFA, e.g. `Stuttgart I`; letters need the prefix "Finanzamt". */
  name: z.string().min(1),
  land: z.enum(landCodes),
  street: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
});
export type Finanzamt = z.infer<typeof finanzamtSchema>;

export const finanzamtDirectorySchema = z.object({
  /** Attribution to show wherever the data is displayed. */
  source: z.string(),
  /** ISO date of the GemFA export. */
  stand: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  finanzaemter: z.array(finanzamtSchema),
});
export type FinanzamtDirectory = z.infer<typeof finanzamtDirectorySchema>;
