import { describe, expect, it } from 'vitest';
import type { AuditEntry, SessionInfo } from '../../src-shared/ipc';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '../../src-main/core/services/auth/auth-errors';
import {
  expectOk,
  login,
  movableClock,
  setupOffice,
  TEST_ADMIN,
  TEST_OFFICE,
  useCores,
} from '../helpers/core';

const refused = (code: string, kind = 'unauthenticated') => ({
  ok: false,
  error: { kind, details: { code } },
});

describe('first-start setup', () => {
  const cores = useCores();

  it('allows only public channels before setup and answers setup_required otherwise', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    expect(expectOk(await core.invoke('auth:setup-status', {}))).toEqual({ setupRequired: true });
    expect(expectOk(await core.invoke('auth:session', {}))).toMatchObject({
      status: 'setup_required',
      user: null,
    });
    expect(expectOk(await core.invoke('system:info', {}))).toMatchObject({ actor: null });
    for (const channel of ['orders:list', 'clients:list', 'office:get', 'users:settings-get']) {
      const result = await core.invoke(channel, {});
      expect(result, channel).toMatchObject(refused('setup_required'));
      if (!result.ok) expect(result.error.userMessage).toContain('Ersteinrichtung');
    }
    expect(
      await core.invoke('auth:login', { username: 'admin', password: 'irgendetwas-langes' }),
    ).toMatchObject(refused('setup_required'));
  });

  it('creates the office and makes the initial account the administrator, exactly once', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    const initialId = core.actor.id;
    const user = await setupOffice(core);
    expect(user).toMatchObject({
      id: initialId,
      username: TEST_ADMIN.username,
      displayName: 'Maria Schulz',
      role: 'admin',
    });
    expect(expectOk(await core.invoke('auth:setup-status', {}))).toEqual({ setupRequired: false });

    const again = await core.invoke('auth:setup', {
      office: { ...TEST_OFFICE, name: 'Zweite Kanzlei' },
      admin: { username: 'boss', displayName: 'Boss', password: 'noch-ein-passwort' },
    });
    expect(again).toMatchObject(refused('setup_done', 'conflict'));
    if (!again.ok) expect(again.error.userMessage).toContain('nur einmal');

    await login(core, TEST_ADMIN.username, TEST_ADMIN.password);
    const office = expectOk(await core.invoke('office:get', {})) as {
      office: { name: string; land: string };
    };
    expect(office.office).toMatchObject({ name: TEST_OFFICE.name, land: 'NW' });
    const users = core.deps.sqlite.prepare('SELECT username, password_hash AS hash FROM users').all() as {
      username: string;
      hash: string;
    }[];
    expect(users).toHaveLength(1);
    // Self-describing scrypt hash with a random salt, never the password itself.
    expect(users[0]?.hash).toMatch(
      /^\$scrypt\$ln=(1[5-9]|20),r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
  });

  it('validates the wizard input in German', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    const result = await core.invoke('auth:setup', {
      office: { ...TEST_OFFICE, postalCode: '4021' },
      admin: { ...TEST_ADMIN, password: 'kurz' },
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (!result.ok) {
      expect(result.error.details?.fields).toMatchObject({
        'office.postalCode': 'Die Postleitzahl besteht aus fünf Ziffern.',
        'admin.password': 'Das Passwort muss mindestens 10 Zeichen lang sein.',
      });
    }
    expect(expectOk(await core.invoke('auth:setup-status', {}))).toEqual({ setupRequired: true });
  });
});

describe('login', () => {
  const cores = useCores();

  const start = async (clock = movableClock('2026-03-02T08:00:00Z')) => {
    const core = await cores.start({ dataDir: cores.tempDir(), now: clock.now });
    await setupOffice(core);
    return { core, clock };
  };

  it('logs in, names the user everywhere and audits the login', async () => {
    const { core } = await start();
    const session = (await login(core, '  MSchulz ', TEST_ADMIN.password)) as SessionInfo;
    expect(session).toMatchObject({
      status: 'active',
      user: { displayName: 'Maria Schulz' },
      access: 'admin',
    });
    expect(expectOk(await core.invoke('system:info', {}))).toMatchObject({
      actor: { displayName: 'Maria Schulz' },
    });
    const audit = expectOk(await core.invoke('audit:list', { entityType: 'user' })) as {
      items: AuditEntry[];
    };
    expect(audit.items[0]).toMatchObject({ action: 'auth.login', actorName: 'Maria Schulz' });
    expect(expectOk(await core.invoke('auth:logout', {}))).toEqual({ loggedOut: true });
    expect(await core.invoke('orders:list', {})).toMatchObject(refused('not_logged_in'));
    const info = expectOk(await core.invoke('auth:session', {})) as SessionInfo;
    expect(info.status).toBe('logged_out');
  });

  it('gives the same answer for an unknown user and a wrong password, and audits both alike', async () => {
    const { core } = await start();
    const unknown = await core.invoke('auth:login', { username: 'niemand', password: TEST_ADMIN.password });
    const wrong = await core.invoke('auth:login', {
      username: TEST_ADMIN.username,
      password: 'falsches-passwort',
    });
    expect(unknown).toMatchObject(refused('invalid_credentials'));
    expect(wrong).toMatchObject(refused('invalid_credentials'));
    if (!unknown.ok && !wrong.ok) {
      expect(unknown.error.userMessage).toBe('Benutzername oder Passwort ist falsch.');
      expect(wrong.error).toEqual(unknown.error);
    }
    const failures = core.deps.sqlite
      .prepare(
        "SELECT entity_type AS t, entity_id AS id, actor_id AS actor FROM audit_log WHERE action = 'auth.login_failed'",
      )
      .all();
    expect(failures).toEqual([
      { t: 'auth', id: 'login', actor: null },
      { t: 'auth', id: 'login', actor: null },
    ]);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} failures and lets it in again after ${LOCKOUT_MINUTES} minutes`, async () => {
    const { core, clock } = await start();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const result = await core.invoke('auth:login', {
        username: TEST_ADMIN.username,
        password: `falsch-${i}-xxxxx`,
      });
      expect(result).toMatchObject(refused('invalid_credentials'));
    }
    const last = await core.invoke('auth:login', {
      username: TEST_ADMIN.username,
      password: 'falsch-5-xxxxx',
    });
    expect(last).toMatchObject(refused('account_locked'));
    if (!last.ok) expect(last.error.userMessage).toContain('gesperrt');

    // Locked: even the right password is refused, with a German message naming the wait.
    clock.advance(LOCKOUT_MINUTES - 1);
    const during = await core.invoke('auth:login', {
      username: TEST_ADMIN.username,
      password: TEST_ADMIN.password,
    });
    expect(during).toMatchObject(refused('account_locked'));
    if (!during.ok) expect(during.error.userMessage).toContain('in einer Minute');
    expect(expectOk(await core.invoke('auth:session', {}))).toMatchObject({ status: 'logged_out' });

    clock.advance(2);
    await login(core, TEST_ADMIN.username, TEST_ADMIN.password);
    const row = core.deps.sqlite.prepare('SELECT failed_logins AS f, locked_until AS l FROM users').get();
    expect(row).toEqual({ f: 0, l: null });
    const actions = (
      core.deps.sqlite.prepare('SELECT action FROM audit_log').all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions).toContain('auth.account_locked');
    expect(actions).toContain('auth.refused_locked');
  });

  it('counts failures again from zero once a lock has run out', async () => {
    const { core, clock } = await start();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await core.invoke('auth:login', { username: TEST_ADMIN.username, password: 'falsches-passwort' });
    }
    clock.advance(LOCKOUT_MINUTES + 1);
    const next = await core.invoke('auth:login', {
      username: TEST_ADMIN.username,
      password: 'falsches-passwort',
    });
    expect(next).toMatchObject(refused('invalid_credentials'));
  });

  it('refuses a deactivated account after checking its password', async () => {
    const { core } = await start();
    expectOk(
      await core.invokeAs(core.actor, 'users:create', {
        username: 'ehemalig',
        displayName: 'Ehemalige Kollegin',
        role: 'mitarbeiter',
        password: 'passwort-der-kollegin',
      }),
    );
    const user = core.deps.sqlite
      .prepare("SELECT id, version FROM users WHERE username = 'ehemalig'")
      .get() as {
      id: number;
      version: number;
    };
    expectOk(
      await core.invokeAs(core.actor, 'users:update', { id: user.id, version: user.version, active: false }),
    );
    const result = await core.invoke('auth:login', {
      username: 'ehemalig',
      password: 'passwort-der-kollegin',
    });
    expect(result).toMatchObject(refused('account_inactive'));
  });
});

describe('idle lock', () => {
  const cores = useCores();

  it('locks the session after the idle time, and unlock with the password resumes the same user', async () => {
    const clock = movableClock('2026-03-02T08:00:00Z');
    const core = await cores.startLoggedIn({ now: clock.now });
    clock.advance(14);
    expectOk(await core.invoke('orders:list', {}));
    clock.advance(14);
    // Activity restarted the timer: 14 minutes after the last call the session is still open.
    expectOk(await core.invoke('orders:list', {}));

    clock.advance(10);
    // Public calls (the UI polls the session) never count as activity.
    expect(expectOk(await core.invoke('auth:session', {}))).toMatchObject({ status: 'active' });
    clock.advance(6);
    expect(expectOk(await core.invoke('auth:session', {}))).toMatchObject({
      status: 'locked',
      user: { displayName: 'Maria Schulz' },
    });
    const locked = await core.invoke('orders:list', {});
    expect(locked).toMatchObject(refused('session_locked'));
    if (!locked.ok) expect(locked.error.userMessage).toContain('nach 15 Minuten ohne Aktivität gesperrt');
    expect(expectOk(await core.invoke('system:info', {}))).toMatchObject({ actor: null });

    expect(await core.invoke('auth:unlock', { password: 'falsches-passwort' })).toMatchObject(
      refused('invalid_credentials'),
    );
    const unlocked = expectOk(
      await core.invoke('auth:unlock', { password: TEST_ADMIN.password }),
    ) as SessionInfo;
    expect(unlocked).toMatchObject({ status: 'active', user: { username: TEST_ADMIN.username } });
    expectOk(await core.invoke('orders:list', {}));
  });

  it('follows the per-user setting and locks on request', async () => {
    const clock = movableClock('2026-03-02T08:00:00Z');
    const core = await cores.startLoggedIn({ now: clock.now });
    const settings = expectOk(
      await core.invoke('users:settings-update', { idleLockMinutes: 5, theme: 'dunkel' }),
    );
    expect(settings).toEqual({
      theme: 'dunkel',
      ollamaModelAnalysis: null,
      ollamaModelDrafting: null,
      idleLockMinutes: 5,
    });
    clock.advance(6);
    expect(await core.invoke('users:settings-get', {})).toMatchObject(refused('session_locked'));
    expectOk(await core.invoke('auth:unlock', { password: TEST_ADMIN.password }));
    expect(expectOk(await core.invoke('users:settings-get', {}))).toMatchObject({
      idleLockMinutes: 5,
      theme: 'dunkel',
    });

    expect(expectOk(await core.invoke('auth:lock', {}))).toMatchObject({ status: 'locked' });
    expect(await core.invoke('orders:list', {})).toMatchObject(refused('session_locked'));
  });

  it('ends a locked session when unlock attempts exhaust the account', async () => {
    const clock = movableClock('2026-03-02T08:00:00Z');
    const core = await cores.startLoggedIn({ now: clock.now });
    await core.invoke('auth:lock', {});
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await core.invoke('auth:unlock', { password: 'falsches-passwort' });
    expect(expectOk(await core.invoke('auth:session', {}))).toMatchObject({ status: 'logged_out' });
  });
});

describe('change password', () => {
  const cores = useCores();

  it('needs the current password, a new one of 10 characters, and never writes a password to the audit log', async () => {
    const core = await cores.startLoggedIn();
    const wrong = await core.invoke('auth:change-password', {
      currentPassword: 'nicht-das-richtige',
      newPassword: 'Neues-Passwort-123',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { field: 'currentPassword' } },
    });
    if (!wrong.ok) expect(wrong.error.userMessage).toBe('Das bisherige Passwort ist falsch.');

    const short = await core.invoke('auth:change-password', {
      currentPassword: TEST_ADMIN.password,
      newPassword: 'kurz',
    });
    expect(short).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { field: 'newPassword' } },
    });
    if (!short.ok) expect(short.error.userMessage).toContain('mindestens 10 Zeichen');

    const same = await core.invoke('auth:change-password', {
      currentPassword: TEST_ADMIN.password,
      newPassword: TEST_ADMIN.password,
    });
    expect(same).toMatchObject({ ok: false, error: { details: { code: 'password_unchanged' } } });

    expectOk(
      await core.invoke('auth:change-password', {
        currentPassword: TEST_ADMIN.password,
        newPassword: 'Neues-Passwort-123',
      }),
    );
    await core.invoke('auth:logout', {});
    expect(
      await core.invoke('auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password }),
    ).toMatchObject(refused('invalid_credentials'));
    await login(core, TEST_ADMIN.username, 'Neues-Passwort-123');

    const audit = JSON.stringify(core.deps.sqlite.prepare('SELECT * FROM audit_log').all());
    for (const secret of [TEST_ADMIN.password, 'Neues-Passwort-123', 'nicht-das-richtige', '$scrypt$']) {
      expect(audit).not.toContain(secret);
    }
    expect(audit).toContain('user.password_change');
  });
});
