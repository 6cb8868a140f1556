// Once published, a URL never breaks. tests/published-urls.txt lists every
// address we have handed out (pages, ¶ anchors, short /p/<N>/ links, preview
// images); each must still resolve in the built site: the file exists, a
// static redirect (meta refresh) leads to one that does, and a #fragment names
// an element there. Renaming a slug therefore needs a redirect, and the
// failure names every URL that broke and why.
//
// To publish new addresses (append-only; nothing is ever removed):
//   PUBLISH_URLS=1 npx vitest run tests/site/published-urls.test.ts
import { appendFileSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { $, $$, distFiles, fileOf, htmlPages, loadPage, urlOf } from '../helpers/dist.ts';

const LIST = 'tests/published-urls.txt';
const ORIGIN = 'http://site.invalid';

const readList = () =>
  readFileSync(LIST, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/**
 * Host redirect rules from dist/_redirects (public/_redirects: Netlify and Cloudflare Pages
 * read it; other hosts have an equivalent): `/old/ /new/ 301`, or `/old/* /new/:splat 301`.
 * HTTP redirects keep the #fragment, so these are the way to rename a claim.
 */
let redirects: { from: string; to: string }[] | undefined;
function hostRedirects(): { from: string; to: string }[] {
  // Read once: finding the file walks all of dist/ (cards, search index), and every published URL asks.
  if (redirects) return redirects;
  const file = distFiles().find((f) => urlOf(f) === '/_redirects');
  if (!file) return (redirects = []);
  return (redirects = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([from, to]) => from && to && !from.startsWith('#'))
    .map(([from, to]) => ({ from: from!, to: to! })));
}

function applyRule(path: string, rules: { from: string; to: string }[]): string | undefined {
  for (const { from, to } of rules) {
    if (from === path) return to;
    if (from.endsWith('*') && path.startsWith(from.slice(0, -1))) return to.replace(':splat', path.slice(from.length - 1));
  }
  return undefined;
}

/** Where a published URL leads now, as a browser would get there, or why it does not. */
function resolvePublished(url: string): { ok: true; file: string } | { ok: false; why: string } {
  let current = new URL(url, ORIGIN);
  const rules = hostRedirects();
  const hops: string[] = [];
  const via = () => (hops.length ? ` (via ${hops.join(' → ')})` : '');
  for (let i = 0; i < 6; i++) {
    const file = fileOf(current.pathname);
    const rule = file ? undefined : applyRule(current.pathname, rules);
    if (rule) {
      hops.push(`${current.pathname} (host redirect)`);
      const next = new URL(rule, current);
      if (!next.hash) next.hash = current.hash; // HTTP redirects keep the fragment
      current = next;
      continue;
    }
    if (!file)
      return { ok: false, why: `no page at ${current.pathname}${via()}: renamed or removed? Add a redirect (see docs/hosting.md, “Permanent addresses”).` };
    const fragment = decodeURIComponent(current.hash.slice(1));
    if (!file.endsWith('.html')) return fragment ? { ok: false, why: `${current.pathname} is not a page, so #${fragment} cannot resolve` } : { ok: true, file };
    const page = loadPage(file);
    const refresh = $(page.tree, 'meta[http-equiv="refresh"]');
    if (refresh) {
      const target = String(refresh.properties.content)
        .match(/url=(.+)$/i)?.[1]
        ?.trim();
      if (!target) return { ok: false, why: `${current.pathname} has a meta refresh without a url` };
      hops.push(current.pathname);
      const next = new URL(target, current);
      // A meta refresh (a static redirect page) drops the fragment it was reached with, in every browser.
      if (fragment && !next.hash)
        return { ok: false, why: `${current.pathname} is a static redirect to ${target}, which loses #${fragment}${via()}: use a host redirect` };
      current = next;
      continue;
    }
    if (fragment && !idsOf(page).has(fragment)) {
      return { ok: false, why: `${current.pathname} exists but has no element id="${fragment}"${via()}` };
    }
    return { ok: true, file };
  }
  return { ok: false, why: `redirect loop${via()}` };
}

/** Every id on a page, gathered once per page (hundreds of published fragments point into a few pages). */
const ids = new Map<string, Set<string>>();
function idsOf(page: ReturnType<typeof loadPage>): Set<string> {
  let found = ids.get(page.file);
  if (!found) {
    found = new Set($$(page.tree, '[id]').map((el) => String(el.properties.id)));
    ids.set(page.file, found);
  }
  return found;
}

/** Addresses the current build offers: pages (not 404), claim ¶ anchors, preview images, robots and sitemap. */
function builtUrls(): string[] {
  const urls: string[] = [];
  for (const page of htmlPages()) {
    if (page.url === '/404.html') continue;
    urls.push(page.url);
    if (!$(page.tree, 'meta[http-equiv="refresh"]')) {
      for (const el of $$(page.tree, '[data-p][id]')) urls.push(`${page.url}#${el.properties.id}`);
    }
  }
  for (const file of distFiles()) {
    const url = urlOf(file);
    if (url.startsWith('/og/') || ['/robots.txt', '/sitemap.xml', '/sitemap-index.xml'].includes(url)) urls.push(url);
  }
  return urls;
}

describe('published URLs', () => {
  if (process.env.PUBLISH_URLS) {
    it('appends the addresses of this build that are not yet published', () => {
      const known = new Set(readList());
      const fresh = builtUrls().filter((u) => !known.has(u));
      if (fresh.length) appendFileSync(LIST, fresh.join('\n') + '\n');
      console.log(`published ${fresh.length} new URL(s) in ${LIST}`);
    });
  }

  it('the list is a real list: claims, ¶ anchors for all 35 paragraphs, short links', () => {
    const list = readList();
    expect(new Set(list).size, 'duplicate lines').toBe(list.length);
    for (let n = 1; n <= 35; n++) {
      expect(
        list.some((u) => u.endsWith(`#p${n}`)),
        `¶${n} anchor`,
      ).toBe(true);
      expect(list, `short link for ¶${n}`).toContain(`/p/${n}/`);
    }
  });

  it('every one still resolves (page exists, redirects lead somewhere real, fragment id exists)', () => {
    const list = readList();
    const broken = list.flatMap((url) => {
      const r = resolvePublished(url);
      return r.ok ? [] : [`${url} — ${r.why}`];
    });
    expect(broken, `${broken.length} published URL(s) broke`).toEqual([]);
  });

  it('short links /p/<N>/ each lead to the claim page that holds ¶N, at #pN', () => {
    for (let n = 1; n <= 35; n++) {
      const r = resolvePublished(`/p/${n}/`);
      expect(r.ok, `/p/${n}/`).toBe(true);
      const page = loadPage((r as { file: string }).file);
      expect($(page.tree, `[data-p="${n}"]#p${n}`), `/p/${n}/ → ${page.url}`).toBeTruthy();
      // The redirect's own target carries the fragment (a meta refresh does not keep the one it was reached with).
      const refresh = String($(loadPage(fileOf(`/p/${n}/`)!).tree, 'meta[http-equiv="refresh"]')!.properties.content);
      expect(refresh).toMatch(new RegExp(`^0; url=/[a-z0-9-]+/#p${n}$`));
    }
  });
});
