// The outputs: everything the build makes from the built pages and the model besides the pages themselves, each in
// a folder of its own (docs/architecture.md, "The outputs"):
//   downloads.ts + formats.ts  the download formats: the PDFs and booklets (pdf/), the EPUB (epub/), the offline
//                              copy (offline/), the citation files (cite/, Astro endpoints, only measured here)
//   pamphlet/                  what the offline formats share: the built pamphlet read once, its links, its cover
//   search/                    the site search index (Pagefind)
//   headers/                   the host's security and caching headers (dist/_headers; nginx and Caddy)
//   og/                        the link-preview cards (an integration of their own: drawn while pages build)
// `astro build` runs the steps below, in this order, once the pages are written (./integration.ts): the download
// formats (they fill their sizes into the pages), the search index (over the finished pages), the host headers
// (over every file). Each reports its lines and its seconds.
import type { OutputContext } from './context.ts';
import { makeDownloads } from './downloads.ts';
import { writeHostHeaders } from './headers/index.ts';
import { writeSearchIndex } from './search/index.ts';

const STEPS: readonly { name: string; run: (context: OutputContext) => Promise<unknown> }[] = [
  { name: 'formats', run: makeDownloads },
  { name: 'search index', run: writeSearchIndex },
  { name: 'host headers', run: writeHostHeaders },
];

export async function runOutputs(context: OutputContext): Promise<void> {
  for (const step of STEPS) {
    const started = performance.now();
    try {
      await step.run(context);
    } catch (err) {
      // Say which step failed ("search index: …").
      if (err instanceof Error) err.message = `${step.name}: ${err.message}`;
      throw err;
    }
    context.log(`${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
