// axe-core finds no WCAG 2.2 A/AA violation on any page, in light and in dark.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Browser } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const paths = htmlPages().map((p) => (p.url === '/404.html' ? '/no-such-page/' : p.url));

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  it.each(paths)('%s has no violations', async (path) => {
    const page = await browser.open(path);
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    await page.close();
    const violations = result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
    );
    expect(violations).toEqual([]);
  });
});
