import { AppError } from '../../../src-shared/errors/app-error';
import { allChannels } from '../../../src-shared/ipc/registry';
import type { ChannelContract } from '../../../src-shared/ipc/define';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events';
import { fail, ok, type IpcResult } from '../../../src-shared/ipc/result';
import type { Logger } from '../logging/logger';
import type { AccessGuard } from '../services/auth/access-guard';
import type { Actor } from '../services/deps';
import type { Handlers } from './handlers';
import { toAppError, validationError } from './to-app-error';

type AnyHandler = (input: unknown, ctx: { actor: Actor | null; emit: Emit }) => unknown;
type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * `as`: in-process hosts (CLI, scripts) name the user they act as; the login session is bypassed
 * but the role check is not.
 */
export type Dispatch = (channel: string, input: unknown, as?: Actor) => Promise<IpcResult<unknown>>;

/**
 * The single registration path: every channel's input is parsed with its contract, then access is
 * checked (setup done, logged in, session not locked, role has the right), the handler runs, the
 * output is parsed (which also strips fields the contract does not name), and every failure
 * becomes an AppError. Input is validated before access on purpose: a malformed call is refused the
 * same way for everyone and reveals nothing, and the contracts are public in the renderer anyway.
 */
export function createDispatcher(opts: {
  handlers: Handlers;
  logger: Logger;
  guard: AccessGuard;
  emit: Emit;
}): Dispatch {
  const table = new Map<string, { contract: ChannelContract; handler: AnyHandler }>();
  for (const { domain, method, contract } of allChannels) {
    const handler = (opts.handlers as unknown as Record<string, Record<string, AnyHandler>>)[domain]?.[
      method
    ];
    if (!handler) throw new Error(`No handler for channel ${contract.channel}`);
    table.set(contract.channel, { contract, handler });
  }

  const actorFor = (contract: ChannelContract, as: Actor | undefined): Actor | null => {
    if (as) {
      opts.guard.check(as, contract.access, contract.channel);
      return as;
    }
    if (contract.access === 'public') return opts.guard.publicActor();
    return opts.guard.require(contract.access, contract.channel);
  };

  return async (channel, input, as) => {
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
      const actor = actorFor(entry.contract, as);
      const value = await entry.handler(parsed.data, { actor, emit: opts.emit });
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
