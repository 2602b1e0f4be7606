import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createCore, type Core } from '../../../src-main/core/index';
import { buildApi, type RskApi } from '../../../src-shared/ipc/build-api';
import { eventContracts, type EventName } from '../../../src-shared/ipc/events';
import { fail, type IpcResult } from '../../../src-shared/ipc/result';
import { readInstallApiBundle } from './install-api-bundle';
import { E2E_ADMIN, E2E_OFFICE } from './kanzlei';
import { MovableClock } from './movable-clock';
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
  /** The core's clock; defaults to one starting at the real time. */
  clock?: MovableClock;
}

interface Credentials {
  username: string;
  password: string;
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
  /**
   * The typed API in the test process, talking to the same core (for seeding and checks). The core
   * has one session, so a login through it logs the page in as well.
   */
  readonly api: RskApi;
  /** The core's clock: move it to make Fristen pass or the session idle. */
  readonly clock: MovableClock;

  private core: Promise<Core>;
  private stopEvents: (() => void)[] = [];
  private closed = false;
  private readonly ownsDataDir: boolean;
  private credentials: Credentials | null = null;

  private constructor(options: RskAppOptions, dataDir: string, ownsDataDir: boolean) {
    this.context = options.context;
    this.page = options.page;
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    this.clock = options.clock ?? new MovableClock();
    this.core = RskApp.openCore(dataDir, this.clock);
    this.api = buildApi(
      (channel, input) => this.invokeCore(channel, input),
      () => () => undefined,
    );
  }

  static async start(options: RskAppOptions): Promise<RskApp> {
    const ownsDataDir = options.dataDir === undefined;
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-e2e-'));
    const app = new RskApp(options, dataDir, ownsDataDir);
    app.forwardEvents(await app.core);
    await app.wirePage();
    return app;
  }

  private static openCore(dataDir: string, clock: MovableClock): Promise<Core> {
    return createCore({ dataDir, logLevel: 'silent', now: clock.now });
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

  /** Opens the app in the page and waits until it shows the wizard, the login, the lock screen or the shell. */
  async open(): Promise<void> {
    await this.page.goto(APP_URL);
    await this.page.locator('[data-session-view]').waitFor();
  }

  /** The first-start wizard's work, done through the API (the wizard itself has its own test). */
  async setupOffice(): Promise<void> {
    const result = await this.api.auth.setup({ office: { ...E2E_OFFICE }, admin: { ...E2E_ADMIN } });
    if (!result.ok) throw new Error(`auth:setup failed: ${result.error.message}`);
  }

  /** Logs in through the API; a restart of the core logs in again with the same credentials. */
  async login(username: string = E2E_ADMIN.username, password: string = E2E_ADMIN.password): Promise<void> {
    const result = await this.api.auth.login({ username, password });
    if (!result.ok) throw new Error(`auth:login as ${username} failed: ${result.error.message}`);
    this.credentials = { username, password };
  }

  /** Creates a user as the logged-in administrator. */
  async createUser(user: {
    username: string;
    displayName: string;
    role: 'admin' | 'berater' | 'mitarbeiter' | 'readonly';
    password: string;
  }): Promise<number> {
    const result = await this.api.users.create(user);
    if (!result.ok) throw new Error(`users:create failed: ${result.error.message}`);
    return result.value.id;
  }

  /** The core's own handle, for checks that go past the IPC surface. */
  currentCore(): Promise<Core> {
    return this.core;
  }

  /**
   * Like quitting and starting the app again: a new core on the same data, then a reload. The
   * session lives in memory, so the new core starts logged out; by default the same user logs in again.
   */
  async restartCore(options: { login?: boolean } = {}): Promise<void> {
    for (const stop of this.stopEvents.splice(0)) stop();
    const previous = this.core;
    this.core = (async () => {
      await (await previous).close();
      return RskApp.openCore(this.dataDir, this.clock);
    })();
    this.forwardEvents(await this.core);
    if (options.login !== false && this.credentials) {
      await this.login(this.credentials.username, this.credentials.password);
    }
    await this.page.reload();
    await this.page.locator('[data-session-view]').waitFor();
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
