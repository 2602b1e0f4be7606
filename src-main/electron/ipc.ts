import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Core, Logger } from '../core';
import { AppError } from '../../src-shared/errors/app-error';
import { eventContracts, type EventName } from '../../src-shared/ipc/events';
import { allChannels } from '../../src-shared/ipc/registry';
import { fail, type IpcResult } from '../../src-shared/ipc/result';
import type { SenderInfo } from './renderer-trust';

export function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frame: frame ? { url: frame.url, isMainFrame: frame.parent === null, detached: frame.detached } : null,
  };
}

const forbidden = (channel: string, url: string | undefined): IpcResult<never> =>
  fail(
    new AppError(
      'forbidden',
      'Diese Anfrage wurde abgelehnt, weil sie nicht aus dem Programmfenster stammt.',
      `IPC call on ${channel} from an untrusted sender (${url ?? 'no frame'})`,
      { channel, code: 'untrusted_sender' },
    ).toData(),
  );

/**
 * The only IPC registration: one handler per contract, each checking the sender before it
 * forwards to the core, which validates the input against the same contract.
 * Returns a function that removes the handlers.
 */
export function registerIpcHandlers(opts: {
  core: Core;
  logger: Logger;
  isTrusted: (sender: SenderInfo) => boolean;
}): () => void {
  const channels = allChannels.map(({ contract }) => contract.channel);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<IpcResult<unknown>> => {
      const sender = senderInfo(event);
      if (!opts.isTrusted(sender)) {
        opts.logger.warn({ channel, url: sender.frame?.url?.slice(0, 200) }, 'ipc sender rejected');
        return forbidden(channel, sender.frame?.url);
      }
      try {
        return await opts.core.invoke(channel, input);
      } catch (error) {
        // The core turns failures into results itself; this only guards against a bug there.
        opts.logger.error({ channel, err: error }, 'ipc invoke threw');
        return fail(
          new AppError(
            'internal',
            'Ein unerwarteter Fehler ist aufgetreten. Die Details stehen im Protokoll.',
            error instanceof Error ? error.message : String(error),
            { channel },
          ).toData(),
        );
      }
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Forwards every core event to the renderer on the event's contract channel. */
export function forwardCoreEvents(core: Core, target: () => WebContents | null): () => void {
  const unsubscribes = (Object.keys(eventContracts) as EventName[]).map((name) => {
    const { channel } = eventContracts[name];
    return core.on(name, (payload) => {
      const contents = target();
      if (contents && !contents.isDestroyed()) contents.send(channel, payload);
    });
  });
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
