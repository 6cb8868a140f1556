// Link-preview images and the sharing script's weight, in the built dist/
// (of any explainer: scripts/test.ts runs it on the second one too).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $, $$, claimPagesInOrder, DIST, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { golden, i18n, model, siteUrl } from '../helpers/explainer.ts';
import { pngPixels, pngSize } from '../helpers/png.ts';
// Shared with `npm run bench`, so both measure the same thing against the same budgets.
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { BUDGET } from '../../src/budget.ts';

describe('Open Graph images', () => {
  const images = readdirSync(join(DIST, 'og'));

  it('one per claim and one for the site, each a 1200×630 PNG; quote cards in og/p/', () => {
    const expected = ['p', 'site.png', ...claimPagesInOrder().map((p) => `${p.url.slice(1, -1)}.png`)].sort();
    expect(images.sort()).toEqual(expected);
    for (const name of images.filter((n) => n !== 'p')) expect(pngSize(join(DIST, 'og', name)), name).toEqual({ width: 1200, height: 630 });
  });

  it('one quote card per paragraph that is not a crosshead, each a 1200×630 PNG', () => {
    const expected = model()
      .paragraphs.filter((p) => !p.crosshead)
      .map((p) => `${p.n}.png`);
    expect(readdirSync(join(DIST, 'og', 'p')).sort()).toEqual(expected.sort());
    for (const name of expected) expect(pngSize(join(DIST, 'og', 'p', name)), name).toEqual({ width: 1200, height: 630 });
  });

  it('read in the explainer’s direction: the article’s rule, the title and the site’s name on the side its lines start from', () => {
    const rtl = i18n().dir === 'rtl';
    for (const name of [...images.filter((n) => n.endsWith('.png')), ...readdirSync(join(DIST, 'og', 'p')).map((n) => `p/${n}`)]) {
      const { width, height, rgba } = pngPixels(join(DIST, 'og', name));
      const at = (x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)] as [number, number, number];
      const red = ([r, g, b]: number[]) => r! > 90 && r! > 2 * g! && r! > 2 * b!;
      // The red rule down the start edge (left in a left-to-right card, right in a right-to-left one), never down the other.
      const [start, end] = rtl ? [width - 5, 4] : [4, width - 5];
      expect(red(at(start, height >> 1)), `${name}: the rule on the start side`).toBe(true);
      expect(red(at(end, height >> 1)), `${name}: no rule on the end side`).toBe(false);
      // The card's text lines start beside the rule: its darkest ink comes within 100 px of the start side's padding.
      const ink: number[] = [];
      for (let y = 40; y < height - 40; y += 2) for (let x = 20; x < width - 20; x++) if (at(x, y).every((c) => c < 90)) ink.push(x);
      expect(ink.length, `${name}: text`).toBeGreaterThan(100);
      const edge = rtl ? width - Math.max(...ink) : Math.min(...ink);
      expect(edge, `${name}: text from the start side`).toBeLessThan(100);
    }
  });

  it('do not count towards any page’s transfer: only meta tags point at them', () => {
    for (const page of htmlPages()) {
      const { files } = pageWeight(DIST, page.file);
      expect(
        files.filter((f) => f.includes(`${DIST.replace(/\/$/, '')}/og/`)),
        page.url,
      ).toEqual([]);
      const refs = $$(page.tree, 'img[src], link[href], source[srcset]').map((el) => String(el.properties.src ?? el.properties.href ?? el.properties.srcset));
      expect(
        refs.filter((r) => r.includes('/og/')),
        page.url,
      ).toEqual([]);
    }
  });
});

describe('a paragraph’s short link /p/<N>/ previews that paragraph', () => {
  afterEach(() => vi.unstubAllGlobals());
  const short = (n: number) => {
    const file = fileOf(`/p/${n}/`)!;
    const tree = loadPage(file).tree;
    const tag = (key: string) => {
      const el = $(tree, `meta[property="${key}"], meta[name="${key}"]`);
      return el ? String(el.properties.content) : undefined;
    };
    return { file, html: readFileSync(file, 'utf8'), tag };
  };
  const bytes = (path: string) => readFileSync(fileOf(path)!);
  const site = siteUrl();
  const claimOf = (n: number) => model().claims.find((c) => c.slug === model().paragraphs[n - 1]!.claim)!;

  it('its description is the paragraph’s opening words: a verbatim start, cut at a word with an ellipsis', () => {
    for (const p of model().paragraphs.filter((q) => !q.crosshead)) {
      const { tag } = short(p.n);
      const text = golden()[p.n - 1]!;
      const d = tag('og:description')!;
      expect(tag('twitter:description'), `¶${p.n}`).toBe(d);
      expect(tag('description'), `¶${p.n}`).toBe(d);
      if (d === text) continue;
      expect(d.endsWith('…'), `¶${p.n}: "${d}"`).toBe(true);
      const kept = d.slice(0, -1);
      expect(text.startsWith(kept), `¶${p.n}: "${d}" is not how the paragraph begins`).toBe(true);
      expect(text.slice(kept.length), `¶${p.n}: cut inside a word`).toMatch(/^[,;:–—-]*\s/u);
      expect(kept.length, `¶${p.n}: too short to say anything`).toBeGreaterThan(100);
    }
  });

  it('its og:image is its own card (absolute URL), a 1200×630 PNG unlike its claim’s card; og:url is the short link', () => {
    for (const p of model().paragraphs.filter((q) => !q.crosshead)) {
      const { tag } = short(p.n);
      const image = tag('og:image')!;
      expect(image, `¶${p.n}`).toBe(new URL(`/og/p/${p.n}.png`, site).href);
      expect(tag('twitter:image'), `¶${p.n}`).toBe(image);
      expect(tag('og:url'), `¶${p.n}`).toBe(new URL(`/p/${p.n}/`, site).href);
      expect(pngSize(bytes(new URL(image).pathname)), `¶${p.n}`).toEqual({ width: 1200, height: 630 });
      expect(bytes(new URL(image).pathname).equals(bytes(`/og/${claimOf(p.n).slug}.png`)), `¶${p.n} card is its claim’s`).toBe(false);
      expect(tag('og:image:alt'), `¶${p.n}`).toContain(`¶${p.n}`);
    }
    // No two paragraphs share a card.
    const cards = model()
      .paragraphs.filter((q) => !q.crosshead)
      .map((p) => bytes(`/og/p/${p.n}.png`).toString('base64'));
    expect(new Set(cards).size).toBe(cards.length);
  });

  it('a crosshead previews as its claim: the claim’s card and sentence', () => {
    // Every crosshead the content lists (an explainer may have none: a speech has no crossheads).
    const heads = model().paragraphs.filter((q) => q.crosshead);
    expect(heads.map((p) => p.n)).toEqual([...model().explainer.article.crossheads].sort((a, b) => a - b));
    for (const p of heads) {
      const { tag } = short(p.n);
      expect(tag('og:image'), `¶${p.n}`).toBe(new URL(`/og/${claimOf(p.n).slug}.png`, site).href);
      expect(tag('og:description'), `¶${p.n}`).toBe(claimOf(p.n).claim);
    }
  });

  it('a real link-preview parser (open-graph-scraper, from the HTML alone) sees each paragraph’s card and words', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the parser must read the HTML we give it, not the network')));
    for (const p of model().paragraphs) {
      const { html, tag } = short(p.n);
      const { error, result } = await ogs({ html });
      expect(error, `¶${p.n}`).toBe(false);
      expect(result.ogImage?.[0]?.url, `¶${p.n}`).toBe(tag('og:image'));
      expect(result.ogImage?.[0]?.width, `¶${p.n}`).toBe('1200');
      expect(result.twitterImage?.[0]?.url, `¶${p.n}`).toBe(tag('og:image'));
      expect(result.ogDescription, `¶${p.n}`).toBe(tag('og:description'));
      expect(result.ogTitle, `¶${p.n}`).toContain(claimOf(p.n).title);
      expect(result.ogUrl, `¶${p.n}`).toBe(new URL(`/p/${p.n}/`, site).href);
    }
  });

  it('/p/12/ (this article’s example; elsewhere the first paragraph that is not a crosshead): the parser shows ¶12', async () => {
    const n = model().paragraphs[11] && !model().paragraphs[11]!.crosshead ? 12 : model().paragraphs.find((q) => !q.crosshead)!.n;
    const { result } = await ogs({ html: short(n).html });
    expect(result.ogImage?.[0]?.url).toBe(new URL(`/og/p/${n}.png`, site).href);
    expect(result.ogDescription!.slice(0, 40)).toBe(golden()[n - 1]!.slice(0, 40));
    expect(result.ogTitle).toBe(i18n().t('paragraph.pageTitle', { n, title: claimOf(n).title }));
  });
});

describe('the sharing script', () => {
  it('loads on claim pages as one deferred module within the JavaScript budget; the quote-link generator is not part of first load', () => {
    for (const page of claimPagesInOrder()) {
      const scripts = $$(page.tree, 'script[src]').map((s) => ({ src: String(s.properties.src), type: s.properties.type }));
      const share = scripts.filter((s) => s.src.includes('CopyLink'));
      expect(share, page.url).toHaveLength(1);
      expect(share[0]!.type, page.url).toBe('module'); // modules are deferred
      const w = pageWeight(DIST, page.file);
      expect(w.byKind.js.gzip, `${page.url} share + other scripts`).toBeLessThanOrEqual(BUDGET.jsGzip(page.url, model().explainer.site.locale));
      expect(
        w.files.filter((f) => f.includes('fragment-generation')),
        page.url,
      ).toEqual([]);
    }
  });
});
