import { contracts } from '../../src-shared/ipc/contracts';
import { eventContracts } from '../../src-shared/ipc/events';
import { expect, test } from './harness/fixtures';

type PageWindow = {
  api: Record<string, unknown> & { on: (event: string, fn: (payload: unknown) => void) => () => void };
  __received?: unknown[];
};

test('the page gets the preload-shaped window.api and receives core events', async ({ page, rsk }) => {
  const shape = await page.evaluate(() => {
    const { api } = globalThis as unknown as PageWindow;
    return {
      frozen: Object.isFrozen(api),
      domains: Object.fromEntries(
        Object.entries(api)
          .filter(([, value]) => typeof value === 'object')
          .map(([domain, methods]) => [domain, Object.keys(methods as object).sort()]),
      ),
    };
  });
  expect(shape.frozen).toBe(true);
  expect(shape.domains).toEqual(
    Object.fromEntries(
      Object.entries(contracts).map(([domain, methods]) => [domain, Object.keys(methods).sort()]),
    ),
  );

  await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.__received = [];
    w.api.on('progress', (payload) => w.__received?.push(payload));
  });
  const payload = { taskId: 't1', label: 'Import', done: 1, total: 3 };
  await rsk.emit(eventContracts.progress.channel, payload);
  expect(await page.evaluate(() => (globalThis as unknown as PageWindow).__received)).toEqual([payload]);
});
