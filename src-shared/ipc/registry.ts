import type { ChannelContract } from './define';
import { contracts } from './contracts';
import { eventContracts } from './events';

export interface FlatContract {
  domain: string;
  method: string;
  contract: ChannelContract;
}

/** All channels as a flat list: the preload, the shell and the core iterate over this. */
export const allChannels: readonly FlatContract[] = Object.entries(contracts).flatMap(([domain, methods]) =>
  Object.entries(methods as Record<string, ChannelContract>).map(([method, contract]) => ({
    domain,
    method,
    contract,
  })),
);

export const channelNames: readonly string[] = allChannels.map((c) => c.contract.channel);
export const eventChannelNames: readonly string[] = Object.values(eventContracts).map((e) => e.channel);
