// Worker-thread entry for running from source (tests, CLI via tsx): worker threads do not inherit the
// parent's TypeScript loader, so register tsx here before loading the TypeScript worker module.
// A bundled app points the pool at its compiled worker instead (see pool.ts).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
