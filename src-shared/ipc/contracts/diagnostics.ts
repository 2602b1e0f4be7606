import { z } from 'zod';
import { defineChannel } from '../define';

export const diagnosticsContracts = {
  /** Renderer errors land in the main log, so support sees them without devtools (also before login). */
  reportRendererError: defineChannel({
    channel: 'diagnostics:renderer-error',
    input: z
      .object({
        message: z.string().max(4_000),
        stack: z.string().max(20_000).optional(),
        source: z.string().max(500).optional(),
      })
      .strict(),
    output: z.object({ logged: z.boolean() }),
    access: 'public',
  }),
};
