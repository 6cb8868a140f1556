// The cards as files: the build writes each at its address (from the cache, the card pool, or drawn), and the dev
// server serves each on request and passes every other request on.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/outputs/og/cards.ts';
import type { CardPool } from '../../src/outputs/og/pool.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const site: Card = {
  kind: 'site',
  url: '/og/site.png',
  input: { siteName: 'A site', tagline: 'A tagline', kicker: 'An explainer', host: 'example.org', lang: 'en', dir: 'ltr' },
};
const quote: Card = {
  kind: 'quote',
  url: '/og/p/3.png',
  input: {
    n: 3,
    kicker: '¶3',
    words: 'Some words',
    quoted: '“Some words”',
    claimLabel: 'Claim:',
    claimTitle: 'A claim',
    siteName: 'A site',
    host: 'example.org',
    lang: 'en',
    dir: 'ltr',
  },
};

let files: typeof import('../../src/outputs/og/files.ts');
beforeAll(async () => {
  // A cache of this test's own (the module reads OG_CACHE_DIR when the cache is first used), empty: nothing is cached.
  process.env.OG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'og-files-cache-'));
  files = await import('../../src/outputs/og/files.ts');
});

describe('writeCards', () => {
  it('writes every card at its address under the output folder, taking from the pool what a worker has', async () => {
    const out = mkdtempSync(join(tmpdir(), 'og-files-out-'));
    const fromPool = new Uint8Array([...SIGNATURE, 42]);
    const taken: string[] = [];
    const pool: CardPool = {
      take: (card) => (taken.push(card.url), card.url === quote.url ? Promise.resolve({ png: fromPool, ms: 1, offThread: true }) : undefined),
      close: async () => {},
    };
    await files.writeCards([site, quote], out, pool);
    expect(taken).toEqual(['/og/site.png', '/og/p/3.png']);
    // The site card was the caller's to draw (the pool gave it back): a real PNG; the quote card is the pool's bytes.
    expect([...readFileSync(join(out, 'og', 'site.png')).subarray(0, 8)]).toEqual(SIGNATURE);
    expect(new Uint8Array(readFileSync(join(out, 'og', 'p', '3.png')))).toEqual(fromPool);
  });
});

describe('cardMiddleware', () => {
  function request(url: string) {
    return new Promise<{ status?: number; headers?: Record<string, unknown>; body?: Uint8Array; passed: boolean }>((resolve, reject) => {
      const res = {
        writeHead(status: number, headers: Record<string, unknown>) {
          Object.assign(out, { status, headers });
          return this;
        },
        end(body: Uint8Array) {
          resolve({ ...out, body, passed: false });
        },
      };
      const out: { status?: number; headers?: Record<string, unknown> } = {};
      files.cardMiddleware(() => [site, quote])({ url } as IncomingMessage, res as unknown as ServerResponse, (e) =>
        e ? reject(e) : resolve({ passed: true }),
      );
    });
  }

  it('serves a card at its address (a query string aside) as image/png', async () => {
    const r = await request('/og/site.png?v=1');
    expect(r.passed).toBe(false);
    expect(r.status).toBe(200);
    expect(r.headers).toMatchObject({ 'Content-Type': 'image/png', 'Content-Length': r.body!.byteLength });
    expect([...r.body!.subarray(0, 8)]).toEqual(SIGNATURE);
  });

  it('passes on any other request, a PNG that is not a card included', async () => {
    expect((await request('/og/p/4.png')).passed).toBe(true);
    expect((await request('/favicon.svg')).passed).toBe(true);
    expect((await request('/alaska-summit/')).passed).toBe(true);
  });
});
