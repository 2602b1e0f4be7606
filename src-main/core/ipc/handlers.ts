import type { Contracts } from '../../../src-shared/ipc/contracts';
import type { ContractAccess, ContractOutput, ContractParsedInput } from '../../../src-shared/ipc/define';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events';
import type { Actor } from '../services/deps';

interface BaseContext {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** Context of a channel that needs a login: the dispatcher has checked the session and the role. */
export interface HandlerContext extends BaseContext {
  /** The logged-in user (or, for in-process hosts such as the CLI, the user they act as). */
  actor: Actor;
}

/** Public channels run without login; actor is the user of an active, unlocked session if there is one. */
export interface PublicHandlerContext extends BaseContext {
  actor: Actor | null;
}

export type ContextFor<C> = ContractAccess<C> extends 'public' ? PublicHandlerContext : HandlerContext;

type Handler<C> = (
  input: ContractParsedInput<C>,
  ctx: ContextFor<C>,
) => ContractOutput<C> | Promise<ContractOutput<C>>;

/** One handler per contract; the compiler refuses a missing or mistyped one. */
export type Handlers = { [D in keyof Contracts]: { [M in keyof Contracts[D]]: Handler<Contracts[D][M]> } };
