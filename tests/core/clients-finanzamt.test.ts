import { describe, expect, it } from 'vitest';
import type { FinanzamtSummary } from '../../src-shared/clients/client-output';
import { call, callFails } from '../helpers/clients';
import { useCores } from '../helpers/core';

describe('finanzamt directory', () => {
  const cores = useCores();

  it('searches by name, city or BUFA, umlaut-insensitive, with the attribution', async () => {
    const core = await cores.startLoggedIn();
    const result = await call<{ items: FinanzamtSummary[]; total: number; source: string }>(
      core,
      'finanzamt:search',
      {
        query: 'muenchen',
        limit: 3,
      },
    );
    expect(result.source).toBe('Quelle: BZSt, GemFA-Export vom 23.04.2025');
    expect(result.items).toHaveLength(3);
    expect(result.total).toBeGreaterThan(3);
    expect(result.items.every((office) => office.land === 'BY')).toBe(true);
    const byNumber = await call<{ items: FinanzamtSummary[] }>(core, 'finanzamt:search', { query: '2806' });
    expect(byNumber.items.map((o) => o.displayName)).toEqual(['Finanzamt Freiburg-Stadt']);
  });

  it('returns one office by BUFA and refuses unknown ones', async () => {
    const core = await cores.startLoggedIn();
    expect(await call(core, 'finanzamt:get', { bufa: '5133' })).toMatchObject({
      bufa: '5133',
      name: 'Düsseldorf-Mitte',
      displayName: 'Finanzamt Düsseldorf-Mitte',
      land: 'NW',
      source: 'Quelle: BZSt, GemFA-Export vom 23.04.2025',
    });
    expect(await callFails(core, 'finanzamt:get', { bufa: '0000' })).toMatchObject({
      kind: 'not_found',
      userMessage: 'Ein Finanzamt mit der Nummer 0000 gibt es im Verzeichnis nicht (mehr).',
    });
    expect((await callFails(core, 'finanzamt:get', { bufa: '12' })).kind).toBe('validation');
  });
});
