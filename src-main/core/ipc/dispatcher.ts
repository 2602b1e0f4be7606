import { AppError } from '../../../src-shared/errors/app-error';
import { allChannels } from '../../../src-shared/ipc/registry';
import type { ChannelContract } from '../../../src-shared/ipc/define';
import { fail, ok, type IpcResult } from '../../../src-shared/ipc/result';
import type { Logger } from '../logging/logger';
import type { HandlerContext, Handlers } from './handlers';
import { toAppError, validationError } from './to-app-error';

type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown;

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

/**
 * The single registration path: every channel's input is parsed with its contract, the
 * role is checked, the handler runs, the output is parsed (which also strips fields the
 * contract does not name), and every failure becomes an AppError.
 */
export function createDispatcher(opts: {
  handlers: Handlers;
  logger: Logger;
  context: () => HandlerContext;
}): Dispatch {
  const table = new Map<string, { contract: ChannelContract; handler: AnyHandler }>();
  for (const { domain, method, contract } of allChannels) {
    const handler = (opts.handlers as unknown as Record<string, Record<string, AnyHandler>>)[domain]?.[
      method
    ];
    if (!handler) throw new Error(`No handler for channel ${contract.channel}`);
    table.set(contract.channel, { contract, handler });
  }

  return async (channel, input) => {
    const started = performance.now();
    const entry = typeof channel === 'string' ? table.get(channel) : undefined;
    if (!entry) {
      const error = new AppError(
        'validation',
        'Diese Funktion gibt es nicht. Bitte aktualisieren Sie das Programm.',
        `Unknown channel ${String(channel).slice(0, 100)}`,
        { code: 'unknown_channel' },
      );
      opts.logger.warn({ channel: String(channel).slice(0, 100) }, 'ipc unknown channel');
      return fail(error.toData());
    }
    const parsed = entry.contract.input.safeParse(input);
    if (!parsed.success) {
      opts.logger.info({ channel }, 'ipc input rejected');
      return fail(validationError(parsed.error, channel).toData());
    }
    try {
      const ctx = opts.context();
      if (entry.contract.mutates && ctx.actor.role === 'readonly') {
        throw new AppError(
          'forbidden',
          'Mit der Rolle „Nur-Lesen“ dürfen Sie keine Daten ändern.',
          `Role readonly may not call ${channel}`,
          { channel },
        );
      }
      const value = await entry.handler(parsed.data, ctx);
      const output = entry.contract.output.parse(value);
      opts.logger.debug({ channel, ms: Math.round(performance.now() - started) }, 'ipc ok');
      return ok(output);
    } catch (error) {
      const appError = toAppError(error, channel);
      if (appError.kind === 'internal') {
        opts.logger.error({ channel, err: error }, 'ipc handler failed');
      } else {
        opts.logger.info(
          { channel, kind: appError.kind, code: appError.details?.code },
          'ipc handler refused',
        );
      }
      return fail(appError.toData());
    }
  };
}
