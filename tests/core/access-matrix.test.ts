import { describe, expect, it } from 'vitest';
import {
  accessLevels,
  allChannels,
  roleMayAccess,
  userRoles,
  type Access,
  type UserRole,
} from '../../src-shared/ipc';
import { expectOk, loginAs, useCores } from '../helpers/core';
import { addClient, count, orderTypeId } from '../helpers/kanzlei';

/** What each role may do; the core must enforce exactly this, whatever the UI shows. */
const expected: Record<UserRole, Record<Exclude<Access, 'public'>, boolean>> = {
  admin: { read: true, write: true, manage: true, admin: true },
  berater: { read: true, write: true, manage: true, admin: false },
  mitarbeiter: { read: true, write: true, manage: false, admin: false },
  readonly: { read: true, write: false, manage: false, admin: false },
};

const rightNames = {
  read: 'Lesen',
  write: 'Bearbeiten',
  manage: 'Stammdaten verwalten',
  admin: 'Administration',
};

describe('role matrix', () => {
  const cores = useCores();

  it('the shared table says what the matrix says', () => {
    for (const role of userRoles) {
      for (const access of accessLevels) {
        expect(roleMayAccess(role, access), `${role} ${access}`).toBe(
          access === 'public' || expected[role][access],
        );
      }
    }
  });

  it('every channel declares its access and public ones are the expected few', () => {
    const publicChannels = allChannels
      .filter((c) => c.contract.access === 'public')
      .map((c) => c.contract.channel);
    expect(publicChannels.sort()).toEqual(
      [
        'auth:lock',
        'auth:login',
        'auth:logout',
        'auth:session',
        'auth:setup',
        'auth:setup-status',
        'auth:unlock',
        'diagnostics:renderer-error',
        'system:info',
      ].sort(),
    );
  });

  for (const role of userRoles) {
    it(`${role}: read, write, manage and admin channels as the matrix says, refusals change nothing`, async () => {
      const core = await cores.startLoggedIn();
      const clientId = addClient(core, { name: 'Muster GmbH' });
      const typeId = await orderTypeId(core, 'beratung');
      await loginAs(core, role, `Frau ${role}`);

      const calls: Record<Exclude<Access, 'public'>, { channel: string; input: unknown; table: string }> = {
        read: { channel: 'orders:list', input: {}, table: 'orders' },
        write: {
          channel: 'orders:create',
          input: { clientId, orderTypeId: typeId, title: 'Beratung' },
          table: 'orders',
        },
        manage: {
          channel: 'berater:create',
          input: { name: 'Jonas Richter', profession: 'Steuerberater' },
          table: 'berater',
        },
        admin: {
          channel: 'users:create',
          input: {
            username: 'neu',
            displayName: 'Neue Kollegin',
            role: 'mitarbeiter',
            password: 'ein-langes-passwort',
          },
          table: 'users',
        },
      };
      for (const [access, call] of Object.entries(calls) as [
        Exclude<Access, 'public'>,
        (typeof calls)['read'],
      ][]) {
        const before = count(core, call.table);
        const result = await core.invoke(call.channel, call.input);
        if (expected[role][access]) {
          expect(result.ok, `${role} ${call.channel}: ${JSON.stringify(result)}`).toBe(true);
        } else {
          expect(result).toMatchObject({
            ok: false,
            error: { kind: 'forbidden', details: { code: 'missing_right' } },
          });
          if (!result.ok) expect(result.error.userMessage).toContain(`„${rightNames[access]}“`);
          expect(count(core, call.table), `${role} ${call.channel} changed data`).toBe(before);
        }
      }
    });
  }

  it('a role change applies to the next call of a logged-in user', async () => {
    const core = await cores.startLoggedIn();
    const user = await loginAs(core, 'berater');
    expectOk(await core.invoke('berater:list', {}));
    const row = core.deps.sqlite.prepare('SELECT version FROM users WHERE id = ?').get(user.id) as {
      version: number;
    };
    expectOk(
      await core.invokeAs(core.actor, 'users:update', {
        id: user.id,
        version: row.version,
        role: 'readonly',
      }),
    );
    const result = await core.invoke('berater:create', { name: 'X', profession: 'Steuerberater' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('in-process callers get the same role check', async () => {
    const core = await cores.startLoggedIn();
    const user = await loginAs(core, 'readonly');
    const result = await core.invokeAs(user, 'orders:generate-recurring', { period: '2026-12' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});
