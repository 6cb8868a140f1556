// What every built page promises in its <head>.
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { $, $$, DIST, htmlPages } from '../helpers/dist';
// @ts-expect-error -- plain JS modules shared with `npm run bench`
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
// @ts-expect-error -- plain JS module
import { BUDGET } from '../../scripts/lib/budget.mjs';

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
      // Every inline <script> must be allowed by hash, not by a loosened policy.
      expect($$(page.tree, 'script:not([src])').filter((s) => toString(s).trim()), page.url).toHaveLength(0);
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
      expect(weight.byKind.js.gzip, `${page.url} JavaScript`).toBeLessThanOrEqual(BUDGET.jsGzip(page.url));
      expect(weight.gzip, `${page.url} first-load transfer`).toBeLessThanOrEqual(BUDGET.pageGzip(page.url));
    }
  });
});
