// What `astro build` does after the pages (src/integration.ts, siteSteps), in this order, each a module with one job:
// the download formats (they fill their sizes into the pages), the search index (over the finished pages),
// the host headers (over every file). Each reports its lines and its seconds.
import { formats } from './formats.mjs';
import { headers } from './headers.mjs';
import { search } from './search.mjs';

export const STEPS = [
  { name: 'formats', run: formats },
  { name: 'search index', run: search },
  { name: 'host headers', run: headers },
];

/** @param {{ dist: string, log: (line: string) => void }} options */
export async function runSteps({ dist, log }) {
  for (const step of STEPS) {
    const started = performance.now();
    try {
      await step.run({ dist, log });
    } catch (err) {
      // Say which step failed ("search index: …"), as the separate commands' messages did.
      if (err instanceof Error) err.message = `${step.name}: ${err.message}`;
      throw err;
    }
    log(`${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
