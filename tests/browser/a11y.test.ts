// axe-core finds no WCAG 2.2 A/AA (or best-practice) violation, in light and in dark.
//
// Every distinct page is checked: the home page, every claim, every index page
// (actors, sources, glossary, timeline, search, pamphlet), the 404 page. The
// ~150 actor and source pages, the 35 /p/<N>/ redirects and the claims' citation pages are built from four
// templates, so a spread sample of each is checked (first, middle, last, and the
// longest): running axe twice on all ~200 pages took minutes and found nothing
// the sample does not. html-validate still checks every page.
import type { Page as Tab } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { META_REFRESH, useBrowser } from '../helpers/browser.ts';
import { htmlPages, type Page } from '../helpers/dist.ts';

const browser = useBrowser();

const TEMPLATED = [/^\/actors\/[^/]+\/$/, /^\/sources\/[^/]+\/$/, /^\/p\/\d+\/$/, /^\/cite\/[^/]+\/$/];

function sample(pages: Page[]): Page[] {
  if (pages.length <= 4) return pages;
  const longest = pages.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  return [...new Set([pages[0]!, pages[Math.floor(pages.length / 2)]!, pages.at(-1)!, longest])];
}

const all = htmlPages().sort((a, b) => a.url.localeCompare(b.url));
const chosen = [...all.filter((p) => !TEMPLATED.some((t) => t.test(p.url))), ...TEMPLATED.flatMap((t) => sample(all.filter((p) => t.test(p.url))))];
const redirects = new Set(chosen.filter((p) => META_REFRESH.test(p.html)).map((p) => p.url));
const paths = chosen.map((p) => (p.url === '/404.html' ? '/no-such-page/' : p.url));

describe('axe, light and dark schemes', () => {
  it('the check itself reports a violation in either scheme (a page made faulty on purpose)', async () => {
    const page = await browser().open('/');
    // An image without a text alternative (any scheme), and text whose contrast fails only in dark.
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg" width="16" height="16"><p class="axe-probe">probe</p>');
      // A constructed style sheet: the page's CSP lets no new <style> element apply.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.axe-probe{color:#111;background:#fff}@media (prefers-color-scheme:dark){.axe-probe{color:#222;background:#000}}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const found = await axeViolations(page);
    await page.close();
    expect(found.filter((l) => l.includes('image-alt')).map((l) => l.split(':')[0])).toEqual(['light', 'dark']);
    expect(found.filter((l) => l.includes('color-contrast')).map((l) => l.split(':')[0])).toEqual(['dark']);
  });

  // One tab, each page opened in it in turn (browser.ts open: as a new tab would show it, for less).
  let tab: Tab | undefined;
  it.each(paths)(
    '%s has no violations',
    async (path) => {
      tab = await browser().open(path, { withoutRedirect: redirects.has(path), tab });
      const violations = await axeViolations(tab);
      expect(violations).toEqual([]);
      // The pamphlet (every claim on one page) takes axe longest: ~4 s a scheme on this 2-core machine.
    },
    150_000,
  );
});
