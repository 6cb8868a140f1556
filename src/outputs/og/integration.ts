// The link-preview cards as an Astro integration: listed once, drawn off the main thread while the pages
// are built, written into the output folder when they are done, and served on demand by `astro dev`.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { failed, type Explainer, type Unloaded } from '../../explainer.ts';
import { createI18n } from '../../i18n/core.ts';
import { cardHost, ogCards, type Card } from './cards.ts';
import { cardMiddleware, writeCards } from './files.ts';
import { cardCache, closeCardBrowser } from './image.ts';
import { startCardPool, type CardPool, type CardWorker } from './pool.ts';

/**
 * How many card workers a build starts: OG_WORKERS, else one per core but the
 * one Astro renders pages on (at least one).
 */
function cardWorkerCount(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  if (env.OG_WORKERS === undefined || env.OG_WORKERS === '') return Math.max(1, cores - 1);
  const n = Number(env.OG_WORKERS);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`OG_WORKERS=${env.OG_WORKERS}: expected a whole number of card workers (0: draw every card on the main thread)`);
  return n;
}

const WORKER_SCRIPT = new URL('./worker.ts', import.meta.url);

export function linkPreviewCards(loaded: Explainer | Unloaded): AstroIntegration {
  let site: URL | string | undefined;
  let pool: CardPool | undefined;
  // Listed once (the site is known from astro:config:done on): the build asks at its start and its end. The dev server
  // reloads the config, and with it this integration, when the content changes.
  let list: Card[] | undefined;
  // None while the content does not load (`astro dev` shows the error; every other command has stopped).
  const cards = () => {
    if (failed(loaded)) return [];
    const { locale } = loaded.model.explainer.site;
    return (list ??= ogCards(loaded.model, cardHost(site), createI18n({ locale, kind: loaded.model.explainer.article.kind, overrides: loaded.strings })));
  };
  return {
    name: 'explainer-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      // The cards not in the cache go to worker threads now, to be drawn while Vite bundles and Astro renders
      // pages (pool.ts).
      'astro:build:start': async () => {
        const cache = cardCache();
        // Right-to-left cards are drawn by Chromium on this thread, when the pages are done (image.ts): not by the workers.
        const missing = (await Promise.all(cards().map(async (c) => ((await cache.has(c.kind, c.input)) || c.input.dir === 'rtl' ? undefined : c)))).filter(
          (c) => c !== undefined,
        );
        // A small young generation: a worker's garbage is mostly resvg's wrappers, whose native pixels (3 MB a card)
        // are freed only when they are collected; collecting more often kept a 30× cold build ~100 MB lower.
        const spawn = () => new Worker(WORKER_SCRIPT, { resourceLimits: { maxYoungGenerationSizeMb: 8 } }) as CardWorker;
        pool = startCardPool({ cards: missing, workers: cardWorkerCount(), spawn });
      },
      // Then every card into dist/og/: from the cache, from the workers, or (the ones no worker began) drawn here.
      'astro:build:done': async ({ dir }) => {
        try {
          await writeCards(cards(), fileURLToPath(dir), pool);
        } finally {
          await pool?.close();
          await closeCardBrowser();
        }
        // The cards no build has used for a month go (an edited paragraph leaves its old card behind).
        cardCache().prune();
      },
      // `astro dev` draws a card when it is first asked for.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(cardMiddleware(cards));
      },
    },
  };
}
