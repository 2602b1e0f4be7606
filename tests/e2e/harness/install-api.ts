// Runs in the page (bundled as an IIFE init script): gives the renderer the same `window.api`
// the Electron preload builds, with calls going to the core in the Playwright test process.
import { buildApi, type Invoke, type Subscribe } from '../../../src-shared/ipc/build-api';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    /** Playwright binding forwarding to `core.invoke` in the test process. */
    __rskInvoke: Invoke;
    /** Called by the test process (page.evaluate) to deliver a core event. */
    __rskEmit: (channel: string, payload: unknown) => void;
  }
}

const listeners = new Map<string, Set<Listener>>();

const subscribe: Subscribe = (channel, listener) => {
  const set = listeners.get(channel) ?? new Set<Listener>();
  listeners.set(channel, set);
  set.add(listener);
  return () => {
    set.delete(listener);
  };
};

Object.defineProperty(window, '__rskEmit', {
  value: (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  },
});

// Like contextBridge.exposeInMainWorld: a frozen object on a non-writable property.
Object.defineProperty(window, 'api', {
  value: buildApi((channel, input) => window.__rskInvoke(channel, input), subscribe),
  enumerable: true,
});
