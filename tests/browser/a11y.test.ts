// axe-core finds no WCAG 2.2 A/AA (or best-practice) violation, in light and in dark.
//
// Every distinct page is checked: the home page, every claim, every index page
// (actors, sources, glossary, timeline, search, pamphlet), the 404 page. The
// ~150 actor and source pages, the 35 /p/<N>/ redirects and the claims' citation pages are built from four
// templates, so a spread sample of each is checked (first, middle, last, and the
// longest): running axe twice on all ~200 pages took minutes and found nothing
// the sample does not. html-validate still checks every page.
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { htmlPages, type Page } from '../helpers/dist';

const browser = useBrowser();

const TEMPLATED = [/^\/actors\/[^/]+\/$/, /^\/sources\/[^/]+\/$/, /^\/p\/\d+\/$/, /^\/cite\/[^/]+\/$/];

function sample(pages: Page[]): Page[] {
  if (pages.length <= 4) return pages;
  const longest = pages.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  return [...new Set([pages[0]!, pages[Math.floor(pages.length / 2)]!, pages.at(-1)!, longest])];
}

const all = htmlPages().sort((a, b) => a.url.localeCompare(b.url));
const chosen = [
  ...all.filter((p) => !TEMPLATED.some((t) => t.test(p.url))),
  ...TEMPLATED.flatMap((t) => sample(all.filter((p) => t.test(p.url)))),
];
const paths = chosen.map((p) => (p.url === '/404.html' ? '/no-such-page/' : p.url));

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  it.each(paths)('%s has no violations', async (path) => {
    const page = await browser().open(path);
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    await page.close();
    const violations = result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
    );
    expect(violations).toEqual([]);
    // The pamphlet (every claim on one page) takes axe ~10 s alone, ~55 s on a loaded 2-core machine.
  }, 150_000);
});
