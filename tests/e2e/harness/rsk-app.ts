import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createCore, type Core } from '../../../src-main/core/index';
import { buildApi, type RskApi } from '../../../src-shared/ipc/build-api';
import { eventContracts, type EventName } from '../../../src-shared/ipc/events';
import { fail, type IpcResult } from '../../../src-shared/ipc/result';
import { readInstallApiBundle } from './install-api-bundle';
import { rendererDirToServe } from './renderer-snapshot';
import { APP_URL, serveRenderer } from './serve-renderer';

export interface Invocation {
  channel: string;
  input: unknown;
}

export interface RskAppOptions {
  context: BrowserContext;
  page: Page;
  /** Defaults to a fresh temporary directory that `close()` removes. */
  dataDir?: string;
}

type EmitHook = { __rskEmit?: (channel: string, payload: unknown) => void };

/**
 * A real core in this process wired to a Chromium page exactly as the preload wires it to the
 * renderer: `window.api` is built by the same `buildApi`, its calls arrive at `core.invoke`.
 */
export class RskApp {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly dataDir: string;
  /** Every call the page made, in order: lets a test check what the UI asked the core. */
  readonly invocations: Invocation[] = [];
  /** Requests to anything but the app's own origin; all of them were aborted. */
  readonly blockedRequests: string[] = [];
  /** The typed API in the test process, talking to the same core (for seeding and checks). */
  readonly api: RskApi;

  private core: Promise<Core>;
  private stopEvents: (() => void)[] = [];
  private closed = false;
  private readonly ownsDataDir: boolean;

  private constructor(options: RskAppOptions, core: Promise<Core>, dataDir: string, ownsDataDir: boolean) {
    this.context = options.context;
    this.page = options.page;
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    this.core = core;
    this.api = buildApi(
      (channel, input) => this.invokeCore(channel, input),
      () => () => undefined,
    );
  }

  static async start(options: RskAppOptions): Promise<RskApp> {
    const ownsDataDir = options.dataDir === undefined;
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-e2e-'));
    const app = new RskApp(options, RskApp.openCore(dataDir), dataDir, ownsDataDir);
    app.forwardEvents(await app.core);
    await app.wirePage();
    return app;
  }

  private static openCore(dataDir: string): Promise<Core> {
    return createCore({ dataDir, logLevel: 'silent' });
  }

  private async invokeCore(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    if (this.closed) {
      return fail({
        kind: 'unavailable',
        userMessage: 'Der Programmkern ist beendet.',
        message: 'core closed',
      });
    }
    return (await this.core).invoke(channel, input);
  }

  private async wirePage(): Promise<void> {
    await serveRenderer(this.context, rendererDirToServe(), (url) => this.blockedRequests.push(url));
    await this.context.exposeBinding('__rskInvoke', (_source, channel: string, input: unknown) => {
      this.invocations.push({ channel, input });
      return this.invokeCore(channel, input);
    });
    await this.context.addInitScript({ content: await readInstallApiBundle() });
  }

  private forwardEvents(core: Core): void {
    for (const [name, contract] of Object.entries(eventContracts)) {
      this.stopEvents.push(
        core.on(name as EventName, (payload) => void this.emit(contract.channel, payload)),
      );
    }
  }

  /** Delivers an event to every open page, as the Electron shell does with webContents.send. */
  async emit(channel: string, payload: unknown): Promise<void> {
    await Promise.all(
      this.context
        .pages()
        .map((page) =>
          page
            .evaluate(([c, p]) => (globalThis as EmitHook).__rskEmit?.(c, p), [channel, payload] as const)
            .catch(() => undefined),
        ),
    );
  }

  /** Opens the app in the page and waits until the shell is on screen. */
  async open(): Promise<void> {
    await this.page.goto(APP_URL);
    await this.page.getByTestId('app-navigation').waitFor();
  }

  /** The core's own handle, for checks that go past the IPC surface. */
  currentCore(): Promise<Core> {
    return this.core;
  }

  /** Like quitting and starting the app again: a new core on the same data, then a reload. */
  async restartCore(): Promise<void> {
    for (const stop of this.stopEvents.splice(0)) stop();
    const previous = this.core;
    this.core = (async () => {
      await (await previous).close();
      return RskApp.openCore(this.dataDir);
    })();
    this.forwardEvents(await this.core);
    await this.page.reload();
    await this.page.getByTestId('app-navigation').waitFor();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    for (const stop of this.stopEvents.splice(0)) stop();
    const core = await this.core;
    this.closed = true;
    await core.close();
    if (this.ownsDataDir && !process.env['RSK_E2E_KEEP_DATA']) {
      fs.rmSync(this.dataDir, { recursive: true, force: true });
    }
  }
}
