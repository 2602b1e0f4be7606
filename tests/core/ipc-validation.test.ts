import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allChannels } from '../../src-shared/ipc';
import { useCores } from '../helpers/core';

const wrongInputs: [string, unknown][] = [
  ['a number', 42],
  ['null', null],
  ['a string', 'hallo'],
  ['an array', [1, 2]],
  ['an object with an unknown field', { __unbekannt__: true, limit: 'viele' }],
];

describe('IPC input validation', () => {
  const cores = useCores();

  // Input is validated before access: these run without login and must still say "validation".
  for (const { contract } of allChannels) {
    it(`${contract.channel} rejects wrong input with a typed validation error`, async () => {
      const core = await cores.start({ dataDir: cores.tempDir() });
      for (const [label, input] of wrongInputs) {
        const result = await core.invoke(contract.channel, input);
        expect(result.ok, `${contract.channel} accepted ${label}`).toBe(false);
        if (!result.ok) {
          expect(result.error.kind).toBe('validation');
          expect(result.error.userMessage).toMatch(/ungültig/i);
          expect(result.error.details?.channel).toBe(contract.channel);
        }
      }
    });
  }

  it('rejects an unknown channel with a typed error', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    for (const channel of ['clients:drop-all', '', 'x'.repeat(10_000)]) {
      const result = await core.invoke(channel, {});
      expect(result).toMatchObject({
        ok: false,
        error: { kind: 'validation', details: { code: 'unknown_channel' } },
      });
    }
  });

  it('never throws, whatever arrives on any channel, logged in or not', async () => {
    const fresh = await cores.start({ dataDir: cores.tempDir() });
    const loggedIn = await cores.startLoggedIn();
    const channels = allChannels.map((c) => c.contract.channel);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(fresh, loggedIn),
        fc.constantFrom(...channels),
        fc.anything(),
        async (core, channel, input) => {
          const result = await core.invoke(channel, input);
          expect(typeof result.ok).toBe('boolean');
          // A refusal is always a typed one; never an internal error.
          if (!result.ok) {
            expect(['validation', 'not_found', 'unauthenticated', 'forbidden', 'conflict']).toContain(
              result.error.kind,
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses every non-public channel before setup with setup_required, even with valid input', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    const result = await core.invoke('orders:list', {});
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', details: { code: 'setup_required' } },
    });
  });

  it('names the failing field in German for a missing Nachname', async () => {
    const core = await cores.startLoggedIn();
    const result = await core.invoke('clients:create', { kind: 'person', lastName: '   ' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        details: { field: 'lastName', fields: { lastName: 'Bitte geben Sie den Nachnamen an.' } },
      },
    });
  });
});
