import { prepareHarness } from './prepare';

export default async function globalSetup(): Promise<void> {
  await prepareHarness();
}
