// The build steps (./steps.mjs) in a worker thread, as plain Node: the integration is loaded through
// Vite's module runner, which is closed by the time the build is done, and the steps import modules as
// they go (the EPUB maker, the engine's TypeScript), so they run here, like the card workers.
import { parentPort, workerData } from 'node:worker_threads';
import { runSteps } from './steps.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
try {
  await runSteps({ dist: workerData.dist, log: (line) => port.postMessage({ line }) });
  port.postMessage({ done: true });
} catch (err) {
  port.postMessage({ error: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
}
