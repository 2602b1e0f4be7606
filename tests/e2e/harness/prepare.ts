import { buildInstallApiBundle } from './install-api-bundle';
import { snapshotRenderer } from './renderer-snapshot';

/** Everything the browser tests and the screenshot script need built before a page opens. */
export async function prepareHarness(options: { forceRendererBuild?: boolean } = {}): Promise<void> {
  snapshotRenderer({ force: options.forceRendererBuild ?? process.env['RSK_E2E_REBUILD'] === '1' });
  await buildInstallApiBundle();
}
