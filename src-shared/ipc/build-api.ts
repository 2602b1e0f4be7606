import type { z } from 'zod';
import type { ChannelContract, ContractInput, ContractOutput } from './define';
import { contracts, type Contracts } from './contracts';
import { eventContracts, type EventName, type EventPayload } from './events';
import type { IpcResult } from './result';

export type Invoke = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

type DomainApi<D extends Record<string, ChannelContract>> = {
  [M in keyof D]: (input?: ContractInput<D[M]>) => Promise<IpcResult<ContractOutput<D[M]>>>;
};

/** The shape of `window.api`: one method per contract, results as IpcResult envelopes. */
export type RskApi = { [D in keyof Contracts]: DomainApi<Contracts[D]> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * Builds the typed API from the contracts. The preload passes ipcRenderer.invoke,
 * the browser test harness passes a Playwright binding: both get the identical object.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): RskApi {
  const api: Record<string, unknown> = {};
  for (const [domain, methods] of Object.entries(contracts)) {
    const domainApi: Record<string, (input?: unknown) => Promise<IpcResult<unknown>>> = {};
    for (const [method, contract] of Object.entries(methods as Record<string, ChannelContract>)) {
      domainApi[method] = (input?: unknown) => invoke(contract.channel, input === undefined ? {} : input);
    }
    api[domain] = Object.freeze(domainApi);
  }
  api['on'] = (event: EventName, listener: (payload: unknown) => void) => {
    const contract = eventContracts[event] as { channel: string; payload: z.ZodType } | undefined;
    if (!contract) throw new Error(`Unknown event ${String(event)}`);
    return subscribe(contract.channel, listener);
  };
  return Object.freeze(api) as RskApi;
}
