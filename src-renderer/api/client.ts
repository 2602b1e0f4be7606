import { AppError } from '../../src-shared/errors/app-error';
import type { RskApi } from '../../src-shared/ipc/build-api';
import { contracts, type Contracts } from '../../src-shared/ipc/contracts';
import type { ContractInput, ContractOutput } from '../../src-shared/ipc/define';
import type { IpcResult } from '../../src-shared/ipc/result';
import { i18n } from '../i18n/instance';
import { isSessionError, reportSessionLost } from './session-events';

type UnwrappedDomain<D> = {
  [M in keyof D]: (input?: ContractInput<D[M]>) => Promise<ContractOutput<D[M]>>;
};

/** `window.api` with the IpcResult envelope removed: values resolve, failures throw AppError. */
export type Api = { [D in keyof Contracts]: UnwrappedDomain<Contracts[D]> } & { on: RskApi['on'] };

type RawMethod = (input?: unknown) => Promise<IpcResult<unknown>>;

// Read on every call rather than once at import: the bridge is installed by the preload
// (or the test harness) before our scripts run, but a missing bridge must give a German
// error at the call site instead of crashing the module graph.
function bridge(): RskApi {
  const candidate = (window as Partial<Window>).api;
  if (!candidate) {
    throw new AppError('unavailable', i18n.t('shell:errors.bridgeMissing'), 'window.api is not installed');
  }
  return candidate;
}

async function unwrap(call: () => Promise<IpcResult<unknown>>): Promise<unknown> {
  let result: IpcResult<unknown>;
  try {
    result = await call();
  } catch (error) {
    if (AppError.is(error)) throw error;
    // The bridge itself failed (IPC torn down, core closed): not a typed error from the core.
    throw new AppError(
      'unavailable',
      i18n.t('shell:errors.bridgeFailed'),
      error instanceof Error ? error.message : String(error),
    );
  }
  if (result.ok) return result.value;
  const error = AppError.fromData(result.error);
  if (isSessionError(error)) reportSessionLost(error);
  throw error;
}

function buildClient(): Api {
  const client: Record<string, unknown> = {};
  for (const [domain, methods] of Object.entries(contracts)) {
    const wrapped: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(methods)) {
      wrapped[method] = (input?: unknown) =>
        unwrap(() => {
          const raw = (bridge() as unknown as Record<string, Record<string, RawMethod>>)[domain]?.[method];
          if (!raw) throw new Error(`window.api.${domain}.${method} is missing`);
          return raw(input);
        });
    }
    client[domain] = Object.freeze(wrapped);
  }
  client['on'] = ((event, listener) => bridge().on(event, listener)) satisfies RskApi['on'];
  return Object.freeze(client) as Api;
}

/** The renderer's only door to the core. */
export const api: Api = buildClient();
