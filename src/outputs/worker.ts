// The outputs (./index.ts) in a worker thread, as plain Node: the integration is loaded through Vite's module
// runner, which is closed by the time the build is done, and the outputs import modules as they go (Chromium's
// driver, the EPUB's zip), so they run here, like the card workers. The model and the site's address come from
// the integration (./integration.ts), as the build read them.
import { parentPort, workerData } from 'node:worker_threads';
import type { Model } from '../model/build.ts';
import type { Overrides } from '../i18n/core.ts';
import { runOutputs } from './index.ts';

export interface OutputsWorkerData {
  dist: string;
  model: Model;
  site: string;
  strings: Overrides;
}
export type FromOutputsWorker = { line: string } | { done: true } | { error: string; stack?: string | undefined };

if (!parentPort) throw new Error('src/outputs/worker.ts runs as a worker thread (./integration.ts starts it)');
const port = parentPort;
const post = (message: FromOutputsWorker) => port.postMessage(message);
const { dist, model, site, strings } = workerData as OutputsWorkerData;
try {
  await runOutputs({ dist, model, site: new URL(site), strings, env: process.env, log: (line) => post({ line }) });
  post({ done: true });
} catch (err) {
  post({ error: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
}
