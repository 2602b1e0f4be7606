import type { RskApi } from '../../src-shared/ipc/build-api';

declare global {
  interface Window {
    /** Installed by the preload (Electron) or the browser test harness; use it via src-renderer/api only. */
    readonly api: RskApi;
  }
}

export {};
