// Every internal link and #fragment in the built site resolves; links out open no new
// context unasked (rel="noopener" wherever one could be opened).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { $, $$, distFiles, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { model } from '../helpers/explainer.ts';

const ORIGIN = 'http://site.invalid';

describe('internal links', () => {
  const pages = htmlPages();

  it('all resolve to a built file and, with a fragment, to an element id', () => {
    // Each target's ids, collected once: selecting the whole tree per fragment link took most of the test's time.
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) ids.set(file, (set = new Set($$(loadPage(file).tree, '[id]').map((el) => String(el.properties.id)))));
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const el of $$(page.tree, 'a[href], link[href], script[src], img[src]')) {
        const raw = String(el.properties.href ?? el.properties.src);
        const url = new URL(raw, ORIGIN + page.url);
        if (url.origin !== ORIGIN) continue;
        checked++;
        const target = fileOf(url.pathname);
        if (!target) {
          broken.push(`${page.url}: <${el.tagName}> ${raw} → no such file in dist/`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
          broken.push(`${page.url}: ${raw} → ${url.pathname} has no element with id="${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('a claim split in two keeps, on the first page, an anchor for each paragraph that moved, leading to it', () => {
    for (const claim of model().claims.filter((c) => c.continued)) {
      const page = loadPage(fileOf(claim.href)!);
      for (const n of claim.continued!.paragraphs) {
        const anchor = $(page.tree, `a[id="p${n}"]`);
        expect(anchor, `${claim.href}#p${n}`).toBeTruthy();
        expect(anchor!.properties.href, `${claim.href}#p${n}`).toBe(`/${claim.continued!.slug}/#p${n}`);
        expect($(page.tree, `[data-p="${n}"]`), `${claim.href} has no ¶${n} of its own`).toBeUndefined();
      }
    }
  });

  it('never point at another origin for a resource (fonts, images, scripts, styles)', () => {
    const external = pages.flatMap((page) =>
      $$(page.tree, 'link[href], script[src], img[src], source[srcset], iframe, object, embed')
        .filter((el) => el.tagName !== 'link' || !['canonical', 'alternate'].some((r) => String(el.properties.rel).includes(r)))
        .map((el) => String(el.properties.href ?? el.properties.src ?? el.properties.srcset ?? el.tagName))
        .filter((u) => /^(https?:)?\/\//.test(u))
        .map((u) => `${page.url}: ${u}`),
    );
    expect(external).toEqual([]);
  });
});

describe('links to other origins', () => {
  const pages = htmlPages();

  it('exist (the sources link out) and none opens a new window or tab unasked', () => {
    let external = 0;
    const opening: string[] = [];
    for (const page of pages) {
      for (const el of $$(page.tree, 'a[href], area[href], form')) {
        const raw = String(el.properties.href ?? el.properties.action ?? '');
        if (raw && new URL(raw, ORIGIN + page.url).origin !== ORIGIN) external++;
        const target = el.properties.target;
        if (target !== undefined && target !== '_self') opening.push(`${page.url}: <${el.tagName} ${raw}> target="${target}"`);
      }
    }
    expect(opening, 'a link that opens a new context must be asked for by the reader (and would need rel="noopener")').toEqual([]);
    expect(external).toBeGreaterThan(0);
  });

  it('carry rel="noopener" wherever a new context could be opened, and no script opens windows', () => {
    const missing = pages.flatMap((page) =>
      $$(page.tree, 'a[target], area[target], form[target]')
        .filter((el) => el.properties.target !== '_self')
        .filter(
          (el) =>
            !String(el.properties.rel ?? '')
              .split(/[\s,]+/)
              .some((r) => r === 'noopener' || r === 'noreferrer'),
        )
        .map((el) => `${page.url}: <${el.tagName} ${String(el.properties.href ?? el.properties.action)}>`),
    );
    expect(missing).toEqual([]);
    const scripts = distFiles().filter((f) => f.endsWith('.js') && !f.includes('/pagefind/'));
    const opening = scripts.filter((f) => /\bwindow\.open\s*\(|\.open\(\s*[^)]*,\s*['"]_blank/.test(readFileSync(f, 'utf8')));
    expect(opening).toEqual([]);
  });
});
