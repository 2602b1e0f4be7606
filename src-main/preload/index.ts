import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../src-shared/ipc/build-api';
import type { IpcResult } from '../../src-shared/ipc/result';

// The sandboxed preload can only require 'electron': the contracts and zod are bundled in.
// window.api is the one thing the page gets; the main process checks every call's sender.
const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  (channel, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
