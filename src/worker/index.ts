// The worker's entry: the real browser handed to one worker object, built at the top level so every listener is
// registered synchronously (MV3 drops events whose listeners are added late).
import './start-mark';
import { browserPorts } from '../browser/worker-ports';
import { installBenchHooks } from './bench-hooks';
import { createWorker } from './create-worker';

const worker = createWorker(browserPorts());
if (import.meta.env.MODE === 'bench') installBenchHooks(worker);
