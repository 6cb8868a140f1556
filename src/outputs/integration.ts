// The outputs as an Astro integration: at the end of `astro build` (listed last in astro.config.ts, so the pages,
// the cards and the sitemap are all written), the download formats, the search index and the host headers
// (./index.ts), in a worker thread running plain Node (./worker.ts). Each step logs its lines and seconds; a failed
// step fails the build.
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { failed, type Explainer, type Unloaded } from '../explainer.ts';
import type { FromOutputsWorker, OutputsWorkerData } from './worker.ts';

const WORKER = new URL('./worker.ts', import.meta.url);

/** The output folder as the command lines name it (dist, dist-explainers/pocket-park) when it is in the project, for the log lines. */
function distName(dir: URL): string {
  const out = fileURLToPath(dir).replace(/[\\/]$/, '');
  const inProject = relative(process.cwd(), out);
  return inProject && !inProject.startsWith('..') && !isAbsolute(inProject) ? inProject : out;
}

export function outputs(loaded: Explainer | Unloaded): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'explainer-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A build with content that did not load has stopped in astro:config:setup (src/integration.ts).
        if (failed(loaded)) throw loaded.error;
        if (!site) throw new Error('astro.config.ts sets no `site`: the outputs need the site’s address');
        const workerData: OutputsWorkerData = { dist: distName(dir), model: loaded.model, site, strings: loaded.strings };
        const worker = new Worker(WORKER, { workerData });
        try {
          await new Promise<void>((resolve, reject) => {
            worker.on('message', (m: FromOutputsWorker) => {
              if ('line' in m) logger.info(m.line);
              else if ('done' in m) resolve();
              else reject(Object.assign(new Error(m.error), m.stack ? { stack: m.stack } : {}));
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`the outputs' worker stopped (exit code ${code}) before it was done`)));
          });
        } finally {
          await worker.terminate();
        }
      },
    },
  };
}
