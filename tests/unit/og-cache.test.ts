// The link-preview card cache: same inputs → taken from the cache; any changed input,
// a changed renderer, or a damaged file → drawn again. The tally says which.
import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, cardKey, createCardCache, STATS_FILE, UNUSED_DAYS } from '../../src/outputs/og/cache.ts';

const PNG = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);

function setup(fingerprint = 'renderer-1') {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  let draws = 0;
  const draw = (n: number) => async () => (draws++, { png: PNG(n), ms: 1 });
  return { dir, draw, draws: () => draws, cache: () => createCardCache({ dir, fingerprint: async () => fingerprint }) };
}

describe('og-cache', () => {
  it('same kind, inputs and renderer: the second build draws nothing and gets the same bytes', async () => {
    const { dir, draw, draws, cache } = setup();
    const first = cache();
    expect(await first.card('quote', { n: 12, words: 'a b' }, draw(1))).toEqual(PNG(1));
    expect(draws()).toBe(1);
    const second = cache(); // a new build: a new process, a fresh tally
    expect(await second.card('quote', { n: 12, words: 'a b' }, draw(2))).toEqual(PNG(1));
    expect(draws()).toBe(1);
    expect(second.stats.cached).toEqual({ quote: 1 });
    expect(second.stats.drawn).toEqual({});
    expect(JSON.parse(readFileSync(join(dir, STATS_FILE), 'utf8'))).toMatchObject({ cached: { quote: 1 }, drawn: {} });
  });

  it('a changed input, kind or renderer is a miss', async () => {
    const { dir, draw, draws, cache } = setup();
    await cache().card('quote', { n: 12, words: 'a b' }, draw(1));
    const c = cache();
    await c.card('quote', { n: 12, words: 'a b!' }, draw(2));
    await c.card('claim', { n: 12, words: 'a b' }, draw(3));
    expect(draws()).toBe(3);
    expect(c.stats.drawn).toEqual({ quote: 1, claim: 1 });
    expect(c.stats.drawMs).toEqual({ quote: 1, claim: 1 }); // the CPU ms each drawing reported
    let redrawn = 0;
    await createCardCache({ dir, fingerprint: async () => 'renderer-2' }).card(
      'quote',
      { n: 12, words: 'a b' },
      async () => (redrawn++, { png: PNG(4), ms: 1 }),
    );
    expect(redrawn).toBe(1);
    expect(cardKey('quote', { n: 1 }, 'r')).not.toBe(cardKey('quote', { n: 1 }, 's'));
    expect(cardKey('quote', { n: 1 }, 'r')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a damaged cache file is drawn again, and replaced', async () => {
    const { dir, draw, draws, cache } = setup();
    await cache().card('site', { s: 1 }, draw(1));
    const file = readdirSync(dir).find((f) => f.endsWith('.png'))!;
    writeFileSync(join(dir, file), 'not a png');
    expect(await cache().card('site', { s: 1 }, draw(5))).toEqual(PNG(5));
    expect(draws()).toBe(2);
    expect(new Uint8Array(readFileSync(join(dir, file)))).toEqual(PNG(5));
  });

  it('OG_CACHE=off (enabled: false) draws every card and stores none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const c = createCardCache({ dir, fingerprint: async () => 'r', enabled: false });
    await c.card('site', {}, async () => ({ png: PNG(1), ms: 1 }));
    await c.card('site', {}, async () => ({ png: PNG(1), ms: 1 }));
    expect(c.stats.drawn).toEqual({ site: 2 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toEqual([]);
  });

  it('has() says whether a card is stored (a damaged file is not; with the cache off nothing is), counting nothing', async () => {
    const { dir, draw, cache } = setup();
    const c = cache();
    expect(await c.has('quote', { n: 1 })).toBe(false);
    await c.card('quote', { n: 1 }, draw(1));
    expect(await c.has('quote', { n: 1 })).toBe(true);
    expect(await c.has('quote', { n: 2 })).toBe(false);
    expect(await createCardCache({ dir, fingerprint: async () => 'renderer-1', enabled: false }).has('quote', { n: 1 })).toBe(false);
    writeFileSync(
      join(
        dir,
        readdirSync(dir).find((f) => f.endsWith('.png'))!,
      ),
      'not a png',
    );
    expect(await c.has('quote', { n: 1 })).toBe(false);
    expect(c.stats.drawn).toEqual({ quote: 1 });
    expect(c.stats.cached).toEqual({});
  });

  it('a card drawn elsewhere (a card worker) is tallied with its own CPU time, and counted as drawn off the thread', async () => {
    const { cache } = setup();
    const c = cache();
    await c.card('quote', { n: 1 }, async () => ({ png: PNG(1), ms: 42, offThread: true }));
    await c.card('quote', { n: 2 }, async () => ({ png: PNG(2), ms: 8 }));
    expect(c.stats.drawn).toEqual({ quote: 2 });
    expect(c.stats.offThread).toEqual({ quote: 1 });
    expect(c.stats.drawMs).toEqual({ quote: 50 });
    expect(await c.card('quote', { n: 1 }, async () => expect.unreachable())).toEqual(PNG(1));
  });

  it('prune() deletes the cards no build has used for UNUSED_DAYS, and only cards; a card taken from the cache counts as used', async () => {
    const { dir, draw, cache } = setup();
    const c = cache();
    await c.card('quote', { n: 1 }, draw(1));
    await c.card('quote', { n: 2 }, draw(2));
    const [a, b] = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(dir, f));
    const old = new Date(Date.now() - (UNUSED_DAYS + 1) * 86_400_000);
    for (const f of [a!, b!, join(dir, STATS_FILE)]) utimesSync(f, old, old);
    // A later build takes ¶1's card from the cache: it is used again, so it stays.
    const next = cache();
    await next.card('quote', { n: 1 }, draw(3));
    expect(next.stats.cached).toEqual({ quote: 1 });
    expect(next.prune()).toBe(1);
    const left = readdirSync(dir);
    expect(left.filter((f) => f.endsWith('.png'))).toHaveLength(1);
    expect(left).toContain(STATS_FILE);
    expect(await next.has('quote', { n: 1 })).toBe(true);
    expect(await next.has('quote', { n: 2 })).toBe(false);
    expect(
      statSync(
        join(
          dir,
          left.find((f) => f.endsWith('.png'))!,
        ),
      ).mtimeMs,
    ).toBeGreaterThan(old.getTime());
    expect(next.prune()).toBe(0);
  });

  it('lives in node_modules/.cache/og/ unless OG_CACHE_DIR says where', () => {
    expect(cacheDir({})).toBe(join(process.cwd(), 'node_modules', '.cache', 'og'));
    expect(cacheDir({ OG_CACHE_DIR: '/tmp/cards' })).toBe('/tmp/cards');
  });
});
