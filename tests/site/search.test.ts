// Site search on the built site: Pagefind's index (read straight from its
// fragment files) holds exactly the article's text, our claim summaries, the
// actor profiles and the glossary, with the paragraphs' anchors; results map to
// the exact ¶; and the search code is on /search/ only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golden as goldenParagraphs, isOwnArticle, model } from '../helpers/explainer.ts';
import { toString as toText } from 'hast-util-to-string';
import { hitsOf } from '../../src/scripts/search.ts';
import { $, $$, claimPagesInOrder, DIST, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; location: number }[];
}

const BUNDLE = join(DIST, 'pagefind');
/** Pagefind's per-page records: gzip, a "pagefind_dcd" signature, then JSON. */
function fragments(): Fragment[] {
  const dir = join(BUNDLE, 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}
const squash = (s: string) => s.replace(/\s+/g, '');

const claims = claimPagesInOrder();
const golden = goldenParagraphs();
const index = existsSync(BUNDLE) ? fragments() : [];
const byUrl = new Map(index.map((f) => [f.url, f]));

describe('the Pagefind index', () => {
  it('is built with the site (npm run build / npm test run Pagefind after astro build)', () => {
    expect(existsSync(join(BUNDLE, 'pagefind.js')), 'dist/pagefind/ is missing: run `npm run build`').toBe(true);
    const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en-gb']);
    expect(entry.languages['en-gb'].page_count).toBe(index.length);
  });

  it('indexes the claim pages, the actor pages and the glossary, and nothing else', () => {
    const actors = htmlPages()
      .filter((p) => /^\/actors\/[^/]+\/$/.test(p.url))
      .map((p) => p.url);
    const expected = [...claims.map((p) => p.url), ...actors, '/glossary/'].sort();
    expect([...byUrl.keys()].sort()).toEqual(expected);
  });

  it('holds every paragraph of the article, unchanged, on its claim page, with its #pN anchor', () => {
    for (const page of claims) {
      const record = byUrl.get(page.url)!;
      for (const p of $$(page.tree, '.quoted [data-p]')) {
        const n = Number(p.properties.dataP);
        expect(squash(record.content), `${page.url} ¶${n}`).toContain(squash(golden[n - 1]!));
        expect(
          record.anchors.some((a) => a.id === `p${n}`),
          `${page.url} anchor p${n}`,
        ).toBe(true);
      }
    }
    // A phrase from ¶35, the last paragraph.
    expect(byUrl.get(claims.at(-1)!.url)!.content).toContain('The epoch of imperialist decay is also the epoch of proletarian revolution');
  });

  it('holds our claim summaries, actor profiles and glossary definitions', () => {
    for (const page of claims) {
      const claim = $(page.tree, '.claim-box .claim-sentence');
      expect(byUrl.get(page.url)!.content, page.url).toContain(String((claim!.children[0] as { value: string }).value));
    }
    const putin = byUrl.get('/actors/putin/')!;
    expect(putin.meta.title).toBe('Vladimir Putin');
    const glossary = byUrl.get('/glossary/')!;
    const glossaryPage = loadPage(join(DIST, 'glossary', 'index.html'));
    for (const h of $$(glossaryPage.tree, '.term h2[id]')) {
      expect(
        glossary.anchors.some((a) => a.id === h.properties.id && /^h2$/i.test(a.element)),
        String(h.properties.id),
      ).toBe(true);
    }
    expect(squash(glossary.content)).toContain(squash("Ukraine's National Anti-Corruption Bureau (NABU)"));
  });

  it('leaves out navigation, previews, notes, the pager, the citation and the timeline list', () => {
    for (const record of index) {
      for (const noise of [
        'Skip to content',
        'Actors in this section',
        'Analysis, not fact-checked',
        'Cite this claim',
        'Previous claim',
        'Next claim',
        'On the timeline',
        'The whole timeline',
        'An independent explainer',
        'Used in ¶',
      ]) {
        expect(record.content, `${record.url} contains “${noise}”`).not.toContain(noise);
      }
    }
    // Preview cards repeat an actor's role inside the text; only the actor's own page holds it.
    const role = 'Western military alliance of 32 members';
    expect(index.filter((r) => r.content.includes(role)).map((r) => r.url)).toEqual(['/actors/nato/']);
  });
});

describe('Pagefind’s own search over the built index', () => {
  // pagefind.js as /search/ loads it, run in Node: its WebAssembly and index chunks are read from dist/pagefind/
  // (fetch answers file: URLs here, as a browser would answer /pagefind/…). Results are the pages a reader gets.
  let pagefind: { options(o: object): Promise<void>; init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      return url.startsWith('file:') ? new Response(readFileSync(fileURLToPath(url.split(/[?#]/)[0]!))) : realFetch(input, init);
    }) as typeof fetch;
    const base = pathToFileURL(resolve(BUNDLE) + '/').href;
    pagefind = await import(/* @vite-ignore */ `${base}pagefind.js`);
    await pagefind.options({ basePath: base, baseUrl: '/' });
    await pagefind.init();
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
  const search = async (q: string) => Promise.all((await pagefind.search(q)).results.map(async (r) => (await r.data()).url));

  it('finds an actor by name', async () => {
    const actor = model().actors.find((a) => a.mentions.length > 0)!;
    expect(await search(actor.name)).toContain(actor.href);
  });

  it('finds an actor by each of its other spellings (otherSpellings), shown on its page', async () => {
    const spelled = model().actors.filter((a) => a.otherSpellings.length > 0);
    if (isOwnArticle()) expect(spelled.map((a) => a.id)).toContain('zelensky');
    for (const actor of spelled) {
      const page = loadPage(fileOf(actor.href)!);
      const line = $(page.tree, 'main .also-spelled');
      for (const spelling of actor.otherSpellings) {
        expect(squash(String(line ? toText(line) : '')), `${actor.href} says “${spelling}”`).toContain(squash(spelling));
        expect(await search(spelling), `“${spelling}”`).toContain(actor.href);
      }
    }
  });
});

describe('results land on the exact paragraph', () => {
  it('maps a match to its ¶ with the words marked (real index data)', () => {
    const record = byUrl.get('/marxist-analysis/')!;
    const words = record.content.split(/[^\S\uFEFF]+/g);
    const at = words.findIndex((w) => w === '‘meat');
    expect(at).toBeGreaterThan(0);
    const [hit, ...rest] = hitsOf({ ...record, locations: [at, at + 1] });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ url: '/marxist-analysis/#p32', label: '¶32', article: true });
    expect(hit!.excerpt).toContain('<mark>‘meat grinder’</mark> war');
  });

  it('splits matches by paragraph and by our own headed parts', () => {
    const page = {
      url: '/x/',
      meta: { title: 'X' },
      content: 'X. The claim, in our words. Our summary, ceasefire. A ceasefire now. Crosshead. Two words, ceasefire again.',
      anchors: [
        { element: 'h1', id: 'claim-title', text: 'X', location: 0 },
        { element: 'h2', id: 'claim-box-heading', text: 'The claim, in our words', location: 1 },
        { element: 'p', id: 'p1', location: 9 },
        { element: 'h3', id: 'p2', location: 12 },
        { element: 'p', id: 'p3', location: 13 },
        { element: 'span', id: 'actor-p3-x', location: 14 },
      ],
      locations: [8, 10, 15],
    };
    expect(hitsOf(page).map((h) => [h.url, h.label, h.article, h.excerpt])).toEqual([
      ['/x/#claim-box-heading', 'The claim, in our words', false, 'The claim, in our words. Our summary, <mark>ceasefire.</mark>'],
      ['/x/#p1', '¶1', true, 'A <mark>ceasefire</mark> now.'],
      ['/x/#p3', '¶3', true, 'Two words, <mark>ceasefire</mark> again.'],
    ]);
  });
});

describe('search bytes only on /search/', () => {
  const search = loadPage(join(DIST, 'search', 'index.html'));
  const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const searchScripts = scripts(search.html).filter((src) => readFileSync(join(DIST, src), 'utf8').includes('/pagefind/pagefind.js'));

  it('the search page loads a small script that imports Pagefind on demand', () => {
    expect(searchScripts).toHaveLength(1);
    expect(gzipSync(readFileSync(join(DIST, searchScripts[0]!))).length).toBeLessThan(2 * 1024);
    expect(search.html).not.toMatch(/<(script|link)\b[^>]*\/pagefind\//);
  });

  it('no other page references Pagefind or the search script', () => {
    const offenders = htmlPages()
      .filter((p) => p.url !== '/search/')
      .filter((p) => p.html.includes('/pagefind/') || searchScripts.some((s) => p.html.includes(s)))
      .map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  it('the search page keeps the site’s strict CSP (Pagefind compiles WebAssembly in a worker)', () => {
    const csp = (url: string) => String($(loadPage(fileOf(url)!).tree, 'meta[http-equiv="content-security-policy"]')?.properties.content ?? '');
    expect(csp('/search/')).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(csp('/search/')).not.toContain('unsafe');
    expect(csp('/search/')).toContain("connect-src 'self'");
  });

  it('works as a plain form without JavaScript: GET /search/?q=…, and offers the claims', () => {
    for (const page of htmlPages()) {
      const form = $(page.tree, 'header form[role="search"]');
      expect(form, page.url).toBeTruthy();
      expect([form!.properties.action, form!.properties.method]).toEqual(['/search/', 'get']);
      expect($(form!, 'input[name="q"]'), page.url).toBeTruthy();
    }
    const links = $$(search.tree, 'main ol.outline a').map((a) => String(a.properties.href));
    expect(links).toEqual(claims.map((p) => p.url));
    expect($(search.tree, '[data-search-nojs] a[href="/pamphlet/"]')).toBeTruthy();
  });
});
