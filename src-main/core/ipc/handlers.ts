import type { Contracts } from '../../../src-shared/ipc/contracts';
import type { ContractOutput, ContractParsedInput } from '../../../src-shared/ipc/define';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events';
import type { Actor } from '../services/deps';

export interface HandlerContext {
  actor: Actor;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

type Handler<C> = (
  input: ContractParsedInput<C>,
  ctx: HandlerContext,
) => ContractOutput<C> | Promise<ContractOutput<C>>;

/** One handler per contract; the compiler refuses a missing or mistyped one. */
export type Handlers = { [D in keyof Contracts]: { [M in keyof Contracts[D]]: Handler<Contracts[D][M]> } };
