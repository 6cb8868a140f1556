// The link-preview cards as files: written into the build's output folder by
// the integration once the pages are done (writeCards), and served on demand
// by the dev server (cardMiddleware). Not Astro routes: as endpoints each cached
// card cost ~4 ms of Response copying, and at 30× the content their binary
// bodies set off a dozen full garbage collections of a large heap; nor does a
// card depend on anything a page renders. Which cards exist is cards.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Card } from './cards.ts';
import type { CardPool } from './pool.ts';
import { renderCard } from './image.ts';

/**
 * Writes every card to `outDir` at its address (`/og/…png` → outDir/og/…png), in list order: each from the
 * card cache, else from `pool` (a worker has it), else drawn here. The pool's workers take cards from the end of
 * the list, so this thread and they meet in the middle, and nothing is drawn twice.
 */
export async function writeCards(cards: readonly Card[], outDir: string, pool?: CardPool): Promise<void> {
  const made = new Set<string>();
  for (const card of cards) {
    const png = await renderCard(card, pool);
    const file = join(outDir, ...card.url.split('/'));
    const dir = dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, png);
  }
}

type Next = (error?: unknown) => void;

/**
 * A dev-server (Connect) middleware that serves each card at its address, drawn on first request (or from the
 * cache), and passes everything else on. `cards` is called per request, so it can follow the content.
 */
export function cardMiddleware(cards: () => readonly Card[]) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.endsWith('.png')) return next();
    const card = cards().find((c) => c.url === path);
    if (!card) return next();
    renderCard(card).then((png) => {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.byteLength, 'Cache-Control': 'no-cache' });
      res.end(png);
    }, next);
  };
}
