export { CHROMIUM_ARGS, chromiumLaunchOptions, findChromium, launchChromium } from './chromium';
export { ensureRendererBuilt } from './build-renderer';
export { prepareHarness } from './prepare';
export { RskApp, type Invocation, type RskAppOptions } from './rsk-app';
export { E2E_ADMIN, E2E_OFFICE, type StartState } from './kanzlei';
export { MovableClock } from './movable-clock';
export { APP_ORIGIN, APP_URL } from './serve-renderer';
export { repoRoot } from './paths';
