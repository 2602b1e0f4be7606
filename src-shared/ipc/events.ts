import { z } from 'zod';
import { defineEvent } from './define';

/** Events pushed from the main process to the renderer. */
export const eventContracts = {
  progress: defineEvent({
    channel: 'event:progress',
    payload: z.object({
      taskId: z.string(),
      label: z.string(),
      done: z.number().int().min(0),
      total: z.number().int().min(0),
    }),
  }),
};

export type EventContracts = typeof eventContracts;
export type EventName = keyof EventContracts;
export type EventPayload<E extends EventName> = z.output<EventContracts[E]['payload']>;
