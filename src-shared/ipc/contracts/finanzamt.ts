import { z } from 'zod';
import { finanzamtSummarySchema } from '../../clients/client-output';
import { defineChannel } from '../define';

/** The Finanzamt directory shipped with the app (BZSt GemFA export); `source` is the attribution to show. */
export const finanzamtContracts = {
  /** Search as you type in the form: BUFA, name or city, case- and umlaut-insensitive. */
  search: defineChannel({
    channel: 'finanzamt:search',
    input: z
      .object({
        query: z.string().trim().max(100),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: z.object({
      items: z.array(finanzamtSummarySchema),
      total: z.number().int(),
      source: z.string(),
    }),
    access: 'read',
  }),
  get: defineChannel({
    channel: 'finanzamt:get',
    input: z.object({ bufa: z.string().regex(/^\d{4}$/, 'Die Finanzamtsnummer hat 4 Ziffern.') }).strict(),
    output: finanzamtSummarySchema.extend({ source: z.string() }),
    access: 'read',
  }),
};
