// Every internal link and #fragment in the built site resolves.
import { describe, expect, it } from 'vitest';
import { $$, fileOf, htmlPages, loadPage } from '../helpers/dist';

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
