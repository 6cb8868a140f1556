// Link-preview images and the sharing script's weight, in the built dist/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $$, claimPagesInOrder, DIST, htmlPages } from '../helpers/dist';
import { pngSize } from '../helpers/png';
// Plain JS modules shared with `npm run bench` (typed here; ts-ignore, as TS may or may not infer their types).
// @ts-ignore
import { pageWeight as pageWeightJs } from '../../scripts/lib/page-weight.mjs';
// @ts-ignore
import { BUDGET as BUDGET_JS } from '../../scripts/lib/budget.mjs';

type Weight = { gzip: number; byKind: Record<'html' | 'css' | 'js' | 'font' | 'image', { raw: number; gzip: number }>; files: string[] };
const pageWeight = pageWeightJs as unknown as (dist: string, file: string) => Weight;
const BUDGET = BUDGET_JS as unknown as { jsGzip(url?: string): number; pageGzip(url?: string): number };

describe('Open Graph images', () => {
  const images = readdirSync(join(DIST, 'og'));

  it('one per claim and one for the site, each a 1200×630 PNG', () => {
    const expected = ['site.png', ...claimPagesInOrder().map((p) => `${p.url.slice(1, -1)}.png`)].sort();
    expect(images.sort()).toEqual(expected);
    for (const name of images) expect(pngSize(join(DIST, 'og', name)), name).toEqual({ width: 1200, height: 630 });
  });

  it('do not count towards any page’s transfer: only meta tags point at them', () => {
    for (const page of htmlPages()) {
      const { files } = pageWeight(DIST, page.file);
      expect(files.filter((f) => f.includes(`${DIST.replace(/\/$/, '')}/og/`)), page.url).toEqual([]);
      const refs = $$(page.tree, 'img[src], link[href], source[srcset]').map((el) => String(el.properties.src ?? el.properties.href ?? el.properties.srcset));
      expect(refs.filter((r) => r.includes('/og/')), page.url).toEqual([]);
    }
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
      expect(w.byKind.js.gzip, page.url).toBeLessThanOrEqual(BUDGET.jsGzip(page.url));
      expect(w.byKind.js.gzip, `${page.url} share + other scripts`).toBeLessThanOrEqual(2048);
      expect(w.files.filter((f) => f.includes('fragment-generation')), page.url).toEqual([]);
    }
  });
});
