// Reading the site in a real Chromium: keyboard only, deep links, phones,
// no JavaScript, no console errors.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { claimPagesInOrder } from '../helpers/dist.ts';

const browser = useBrowser();

/** Tab until the focused element is a link whose text matches; then press Enter. */
async function tabTo(page: Page, text: RegExp, maxTabs = 400): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    if (text.test(label)) {
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      return;
    }
  }
  throw new Error(`no focusable link matching ${text} within ${maxTabs} tabs on ${page.url()}`);
}

describe('reading in Chromium', () => {
  it('goes home → first claim → next → previous with the keyboard alone', async () => {
    const page = await browser().open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await tabTo(page, /^The Alaska summit$/);
    expect(new URL(page.url()).pathname).toBe('/alaska-summit/');
    await tabTo(page, /Next claim/);
    expect(new URL(page.url()).pathname).toBe('/after-anchorage/');
    await expect(page.locator('h1').innerText()).resolves.toBe('After Anchorage');
    await tabTo(page, /Previous claim/);
    expect(new URL(page.url()).pathname).toBe('/alaska-summit/');
    await page.close();
  });

  it('scrolls #p12 into view on the claim page that holds it', async () => {
    const page = await browser().open('/security-guarantees/#p12');
    const box = await page.locator('#p12').boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height / 2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.close();
  });

  it('never scrolls sideways on a 390×844 phone', async () => {
    const pages = ['/', ...claimPagesInOrder().map((p) => p.url), '/no-such-page/'];
    let page: Page | undefined;
    for (const path of pages) {
      page = await browser().open(path, { tab: page });
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page?.close();
  });

  it('logs no console error, CSP violation or failed request on any page', async () => {
    let page: Page | undefined;
    for (const path of ['/', ...claimPagesInOrder().map((c) => c.url)]) {
      page = await browser().open(path, { tab: page });
      await page.waitForLoadState('networkidle');
    }
    await page?.close();
    expect(browser().errors).toEqual([]);
  });
});

describe('with JavaScript disabled', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });

  it('shows every paragraph of the article', async () => {
    let seen = 0;
    let page: Page | undefined;
    for (const claim of claimPagesInOrder()) {
      page = await noJs().open(claim.url, { tab: page });
      const visible = await page
        .locator('[data-p]')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetHeight > 0 && (el as HTMLElement).innerText.length > 5).length);
      seen += visible;
    }
    await page?.close();
    expect(seen).toBe(35);
  });
});
