import { z } from 'zod';
import { isoDateSchema, landSchema } from '../common-schemas';
import { defineChannel } from '../define';

/** One step of a Frist computation with its legal basis (mirrors DeadlineStep of the engine). */
export const deadlineStepSchema = z.object({
  code: z.string(),
  legalBasis: z.string(),
  explanation: z.string(),
  date: z.string(),
});
export type DeadlineStepDto = z.infer<typeof deadlineStepSchema>;

// Listed here rather than imported: the engine module pulls the holiday tables into the preload bundle.
export const bekanntgabeMethodValues = [
  'post',
  'elektronisch',
  'datenabruf',
  'einschreiben',
  'ausland',
] as const;

export const deadlinesContracts = {
  einspruch: defineChannel({
    channel: 'deadlines:einspruch',
    input: z
      .object({
        bescheidDate: isoDateSchema,
        finanzamtLand: landSchema,
        recipientLand: landSchema.optional(),
        mitRechtsbehelfsbelehrung: z.boolean().default(true),
        method: z.enum(bekanntgabeMethodValues).optional(),
        actualReceipt: isoDateSchema.optional(),
      })
      .strict(),
    output: z.object({
      bekanntgabe: z.string(),
      fristende: z.string(),
      unshiftedFristende: z.string(),
      period: z.enum(['month', 'year']),
      steps: z.array(deadlineStepSchema),
    }),
  }),
  filing: defineChannel({
    channel: 'deadlines:filing',
    input: z
      .object({
        taxYear: z.number().int(),
        advised: z.boolean(),
        land: landSchema,
        lufAbweichendesWirtschaftsjahr: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      fristende: z.string(),
      unshiftedFristende: z.string(),
      ruleSet: z.enum(['transitional', 'regular', 'fallback']),
      steps: z.array(deadlineStepSchema),
    }),
  }),
  ustva: defineChannel({
    channel: 'deadlines:ustva',
    input: z
      .object({
        period: z.string().trim().max(10),
        land: landSchema,
        dauerfristverlaengerung: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      period: z.string(),
      fristende: z.string(),
      unshiftedFristende: z.string(),
      steps: z.array(deadlineStepSchema),
    }),
  }),
};
