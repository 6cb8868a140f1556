// What every built page promises in its <head>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { model, siteUrl } from '../helpers/explainer.ts';
import { $, $$, claimPagesInOrder, DIST, fileOf, htmlPages, type Page } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';
// Shared with `npm run bench`, so both measure the same thing against the same budgets.
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { BUDGET } from '../../src/budget.ts';

describe('every page', () => {
  const pages = htmlPages();

  it('has a unique <title> and a meta description', () => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      const title = toString($(page.tree, 'title')!);
      expect(title.length, page.url).toBeGreaterThan(5);
      expect(titles.get(title), `${page.url} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page.url);
      const description = String($(page.tree, 'meta[name="description"]')?.properties.content ?? '');
      expect(description.length, page.url).toBeGreaterThan(40);
    }
  });

  it('has a strict Content-Security-Policy: self only, no inline script allowed, no plugins', () => {
    for (const page of pages) {
      const csp = String($(page.tree, 'meta[http-equiv="content-security-policy"]')?.properties.content ?? '');
      expect(csp, page.url).toContain("default-src 'self'");
      expect(csp, page.url).toContain("object-src 'none'");
      expect(csp, page.url).toMatch(/script-src 'self'/);
      expect(csp, page.url).not.toContain('unsafe-inline');
      expect(csp, page.url).not.toContain('unsafe-eval');
      // No inline script runs: the only inline <script> is the JSON-LD data block, which is never executed.
      const inline = $$(page.tree, 'script:not([src])').filter((s) => toString(s).trim());
      expect(
        inline.map((s) => s.properties.type),
        page.url,
      ).toEqual(['application/ld+json']);
      expect(() => JSON.parse(toString(inline[0]!)), `${page.url} JSON-LD`).not.toThrow();
    }
  });

  it('has a real favicon, a language and a skip link to <main>', () => {
    for (const page of pages) {
      expect($(page.tree, 'link[rel~="icon"][href="/favicon.svg"]'), page.url).toBeTruthy();
      expect($(page.tree, 'html[lang]'), page.url).toBeTruthy();
      expect($(page.tree, 'a.skip-link[href="#main"]'), page.url).toBeTruthy();
      expect($(page.tree, 'main#main'), page.url).toBeTruthy();
    }
  });

  it('loads JavaScript only as small deferred enhancement modules (reading needs none: see the no-JS browser test)', () => {
    for (const page of pages) {
      for (const script of $$(page.tree, 'script[src]')) {
        expect(script.properties.type, `${page.url}: ${script.properties.src}`).toBe('module');
        expect(String(script.properties.src), page.url).toMatch(/^\/_astro\//);
      }
      const weight = pageWeight(DIST, page.file);
      expect(weight.byKind.js.gzip, `${page.url} JavaScript`).toBeLessThanOrEqual(BUDGET.jsGzip(page.url, model().explainer.site.locale));
      expect(weight.gzip, `${page.url} first-load transfer`).toBeLessThanOrEqual(BUDGET.pageGzip(page.url));
    }
  });

  it('claim pages: first render ≤ 14 KB (one round trip) and ≤ 20 KB transferred', () => {
    // Bytes (gzip), never times; the numbers are src/budget.ts's, which the bench prints each page against.
    const claims = claimPagesInOrder();
    expect(claims.length).toBeGreaterThan(0);
    for (const page of claims) {
      const weight = pageWeight(DIST, page.file);
      expect(weight.firstRender, `${page.url} first render (HTML + the CSS it waits for)`).toBeLessThanOrEqual(BUDGET.claimFirstRender);
      expect(weight.gzip, `${page.url} transferred`).toBeLessThanOrEqual(BUDGET.claimTransfer);
    }
  });

  it('keeps the print styles out of the first render: one stylesheet with media="print", fetched without blocking', () => {
    for (const page of pages) {
      const sheets = $$(page.tree, 'link[rel~="stylesheet"]');
      const print = sheets.filter((l) => l.properties.media === 'print');
      expect(print.length, page.url).toBe(1);
      const weight = pageWeight(DIST, page.file);
      expect(weight.firstRender, page.url).toBeLessThan(weight.byKind.html!.gzip + weight.byKind.css!.gzip);
    }
  });
});

// ---- Link sharing: canonical URL, Open Graph, Twitter card, JSON-LD, prev/next ----

const SITE = siteUrl();
const meta = (page: Page, key: string) => {
  const el = $(page.tree, `meta[property="${key}"], meta[name="${key}"]`);
  return el ? String(el.properties.content) : undefined;
};
const isAbsoluteOnSite = (url: string | undefined) => !!url && new URL(url).origin === SITE.origin && /^https?:\/\//.test(url);
const jsonLd = (page: Page) => JSON.parse(toString($(page.tree, 'script[type="application/ld+json"]')!)) as Record<string, any>;

describe('sharing metadata, every page (parsed with a real HTML parser)', () => {
  const pages = htmlPages();
  const claims = claimPagesInOrder();
  const redirects = pages.filter((p) => $(p.tree, 'meta[http-equiv="refresh"]'));

  it('has an absolute canonical URL on the configured site (the 404 page: none, and noindex)', () => {
    const seen = new Map<string, string>();
    for (const page of pages) {
      const canonical = $$(page.tree, 'link[rel="canonical"]');
      if (page.url === '/404.html') {
        expect(canonical, page.url).toHaveLength(0);
        expect(meta(page, 'robots'), page.url).toBe('noindex');
        continue;
      }
      expect(canonical, page.url).toHaveLength(1);
      const href = String(canonical[0]!.properties.href);
      expect(isAbsoluteOnSite(href), `${page.url}: ${href}`).toBe(true);
      if (redirects.includes(page)) continue; // a redirect's canonical is its target
      expect(new URL(href).pathname, page.url).toBe(page.url);
      expect(seen.get(href), `${page.url} shares its canonical URL with ${seen.get(href)}`).toBeUndefined();
      seen.set(href, page.url);
    }
  });

  it('has Open Graph and Twitter tags, all present, URLs absolute', () => {
    for (const page of pages) {
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:site_name',
        'og:image',
        'og:image:width',
        'og:image:height',
        'og:image:alt',
        'twitter:card',
        'twitter:image',
      ]) {
        expect(meta(page, key)?.trim(), `${page.url} ${key}`).toBeTruthy();
      }
      expect(meta(page, 'twitter:card'), page.url).toBe('summary_large_image');
      expect(meta(page, 'og:description'), page.url).toBe(meta(page, 'description'));
      expect(['website', 'article'], page.url).toContain(meta(page, 'og:type'));
      expect(isAbsoluteOnSite(meta(page, 'og:image')), page.url).toBe(true);
      expect(meta(page, 'twitter:image'), page.url).toBe(meta(page, 'og:image'));
      // A short link's preview names the short link itself (its canonical is the claim page): see og.test.ts.
      if (/^\/p\/\d+\/$/.test(page.url)) expect(meta(page, 'og:url'), page.url).toBe(new URL(page.url, SITE).href);
      else if (page.url !== '/404.html') {
        expect(meta(page, 'og:url'), page.url).toBe(String($(page.tree, 'link[rel="canonical"]')!.properties.href));
      }
    }
  });

  it('points og:image at a 1200×630 PNG that exists in dist/, with matching width and height tags', () => {
    for (const page of pages) {
      const url = new URL(meta(page, 'og:image')!);
      const file = fileOf(url.pathname);
      expect(file, `${page.url}: ${url.pathname} is not in ${DIST}/`).toBeDefined();
      expect(pngSize(file!), `${page.url}: ${url.pathname}`).toEqual({ width: 1200, height: 630 });
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')], page.url).toEqual(['1200', '630']);
    }
  });

  it('claim pages: description and og:description are the claim sentence; own image; og:type article; rel=prev/next', () => {
    claims.forEach((page, i) => {
      const claim = toString($(page.tree, '.claim-sentence')!);
      expect(meta(page, 'description'), page.url).toBe(claim);
      expect(meta(page, 'og:type'), page.url).toBe('article');
      expect(new URL(meta(page, 'og:image')!).pathname, page.url).toBe(`/og${page.url.slice(0, -1)}.png`);
      expect($(page.tree, 'link[rel="prev"]')?.properties.href, page.url).toBe(claims[i - 1]?.url);
      expect($(page.tree, 'link[rel="next"]')?.properties.href, page.url).toBe(claims[i + 1]?.url);
    });
  });

  it('other pages use the site-wide image (short links /p/<N>/ have their paragraph’s: og.test.ts)', () => {
    for (const page of pages.filter((p) => !claims.includes(p) && !/^\/p\/\d+\/$/.test(p.url))) {
      expect(new URL(meta(page, 'og:image')!).pathname, page.url).toBe('/og/site.png');
    }
  });

  it('JSON-LD: claims are Articles, part of the whole, based on the original, about their actors; the whole has them as parts', () => {
    const home = pages.find((p) => p.url === '/')!;
    const whole = jsonLd(home);
    const homeUrl = new URL('/', SITE).href;
    expect(whole['@context']).toBe('https://schema.org');
    expect(whole['@type']).toBe('WebPage');
    expect(whole.isBasedOn.url).toBe(model().explainer.article.url);
    expect(whole.hasPart.map((p: { url: string }) => p.url)).toEqual(claims.map((c) => new URL(c.url, SITE).href));
    for (const page of claims) {
      const ld = jsonLd(page);
      expect(ld['@type'], page.url).toBe('Article');
      expect(ld.url, page.url).toBe(new URL(page.url, SITE).href);
      expect(ld.headline, page.url).toBe(toString($(page.tree, 'h1')!));
      expect(ld.isPartOf['@id'], page.url).toBe(homeUrl);
      expect(ld.isBasedOn.url, page.url).toBe(model().explainer.article.url);
      // About the actors its text names (an explainer with no actors: about nothing in particular).
      expect(ld.about.length, page.url).toBe(model().claims.find((c) => c.href === page.url)!.actors.length);
      // The actors it is about are those its sidebar lists (by name: the sidebar links their pages).
      const listed = $$(page.tree, 'aside.sidebar-actors li a[href^="/actors/"]').map((a) => toString(a));
      expect(ld.about.map((a: { name: string }) => a.name).sort(), page.url).toEqual([...new Set(listed)].sort());
    }
    for (const page of pages) {
      const ld = jsonLd(page);
      expect(ld['@context'], page.url).toBe('https://schema.org');
      expect(ld.isBasedOn?.url ?? ld.isPartOf?.isBasedOn?.url, page.url).toBe(model().explainer.article.url);
      // Every URL on our own site in the JSON-LD is absolute and resolves.
      const ours = JSON.stringify(ld)
        .match(/https?:\/\/[^"]+/g)!
        .filter((u) => u.startsWith(SITE.origin));
      for (const u of ours) expect(fileOf(new URL(u).pathname), `${page.url} JSON-LD → ${u}`).toBeDefined();
    }
  });

  it('short links /p/<N>/ are static redirects: meta refresh, canonical to the claim, and a visible link', () => {
    const shorts = pages.filter((p) => /^\/p\/\d+\/$/.test(p.url));
    expect(shorts).toHaveLength(model().paragraphs.length);
    for (const page of shorts) {
      const n = page.url.split('/')[2];
      const content = String($(page.tree, 'meta[http-equiv="refresh"]')!.properties.content);
      const target = content.replace(/^0; url=/, '');
      expect(target, page.url).toMatch(new RegExp(`^/[a-z0-9-]+/#p${n}$`));
      expect(String($(page.tree, 'link[rel="canonical"]')!.properties.href), page.url).toBe(new URL(target.split('#')[0]!, SITE).href);
      expect($(page.tree, `main a[href="${target}"]`), page.url).toBeTruthy();
    }
  });

  it('has robots.txt naming the sitemap, and a sitemap of the pages (not the redirects or 404)', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(isAbsoluteOnSite(sitemapUrl), robots).toBe(true);
    expect(new URL(sitemapUrl!).pathname).toBe('/sitemap.xml');
    const index = readFileSync(fileOf(new URL(sitemapUrl!).pathname)!, 'utf8');
    const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
      const xml = readFileSync(fileOf(new URL(m[1]!).pathname)!, 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) => new URL(l[1]!).pathname);
    });
    for (const page of claims) expect(locs, page.url).toContain(page.url);
    expect(locs).toContain('/');
    expect(locs.filter((l) => l.startsWith('/p/') || l.startsWith('/404'))).toEqual([]);
    for (const l of locs) expect(fileOf(l), l).toBeDefined();
  });
});
