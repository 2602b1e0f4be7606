import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src-main/core';
import type { Actor, UserRole } from '../../src-shared/ipc';
import { makeTempDir } from './temp-dir';

export const TEST_OFFICE = {
  name: 'Steuerkanzlei Sonnenschein & Partner',
  street: 'Königsallee 12',
  postalCode: '40212',
  city: 'Düsseldorf',
  land: 'NW',
} as const;

export const TEST_ADMIN = {
  username: 'mschulz',
  displayName: 'Maria Schulz',
  password: 'Sicheres-Passwort-2026',
} as const;

/** A clock a test can move: `advance` takes minutes. */
export function movableClock(start: string | Date) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(minutes: number) {
      now += minutes * 60_000;
    },
    set(at: string | Date) {
      now = new Date(at).getTime();
    },
  };
}

export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Runs the first-start wizard (office + administrator) without logging in. */
export async function setupOffice(core: Core): Promise<Actor> {
  const result = expectOk(await core.invoke('auth:setup', { office: TEST_OFFICE, admin: TEST_ADMIN })) as {
    user: Actor;
  };
  return result.user;
}

export async function login(core: Core, username: string, password: string) {
  return expectOk(await core.invoke('auth:login', { username, password }));
}

/** Creates a user with the role (acting as the administrator, not through the session) and logs them in. */
export async function loginAs(core: Core, role: UserRole, name = `Test ${role}`): Promise<Actor> {
  const username = `${role}.${Math.random().toString(36).slice(2, 8)}`;
  const password = `Passwort-fuer-${role}`;
  const user = expectOk(
    await core.invokeAs(core.actor, 'users:create', { username, displayName: name, role, password }),
  ) as Actor;
  await login(core, username, password);
  return user;
}

/** Starts real cores on real SQLite files in temp dirs; everything is closed and removed after each test. */
export function useCores() {
  const open: Core[] = [];
  const dirs: (() => void)[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
    dirs.splice(0).forEach((cleanup) => cleanup());
  });
  const helpers = {
    tempDir(): string {
      const { dir, cleanup } = makeTempDir();
      dirs.push(cleanup);
      return dir;
    },
    async start(options: Partial<CoreOptions> & { dataDir: string }): Promise<Core> {
      const core = await createCore({ logLevel: 'silent', ...options });
      open.push(core);
      return core;
    },
    /** A fresh core with the office set up and its administrator (Maria Schulz) logged in. */
    async startLoggedIn(options: Partial<CoreOptions> = {}): Promise<Core> {
      const core = await helpers.start({ dataDir: options.dataDir ?? helpers.tempDir(), ...options });
      await setupOffice(core);
      await login(core, TEST_ADMIN.username, TEST_ADMIN.password);
      return core;
    },
  };
  return helpers;
}
