// Find and understand, in a real Chromium under the site's CSP: search as you
// type lands on the right ¶; Pagefind loads only on /search/ and only when a
// search starts; without JavaScript the search page still offers the claims;
// glossary previews open on keyboard focus; axe finds nothing on the search
// results, the glossary or the timeline, light or dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { claimPagesInOrder } from '../helpers/dist.ts';

const browser = useBrowser();

/** Requests for Pagefind's files (its JS, WebAssembly, index and fragments) made by a page. */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname.startsWith('/pagefind/')) seen.push(new URL(req.url()).pathname);
  });
  return seen;
}

async function search(page: Page, text: string): Promise<void> {
  await page.locator('#search-q').fill(text);
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), text);
}

describe('search', () => {
  it('typing a phrase shows a result that lands on the right ¶, with the words marked', async () => {
    const page = await browser().open('/search/');
    await search(page, 'meat grinder');
    const hit = page.locator('#search-results a.hit-link[href="/marxist-analysis/#p32"]');
    await expect(hit.count()).resolves.toBe(1);
    const excerpt = await hit.locator('xpath=..').innerText();
    expect(excerpt).toContain('meat grinder');
    expect(await page.locator('#search-results mark').first().innerText()).toMatch(/meat/);
    expect(new URL(page.url()).search).toBe('?q=meat%20grinder');

    await Promise.all([page.waitForURL(/\/marxist-analysis\/#p32$/), hit.click()]);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      const box = el?.getBoundingClientRect();
      return { id: el?.id, inView: !!box && box.top >= 0 && box.top < innerHeight };
    });
    expect(target).toEqual({ id: 'p32', inView: true });
    await page.close();
  });

  it('finds a phrase from ¶35, our claim summaries, actor profiles and glossary entries', async () => {
    const page = await browser().open('/search/?q=epoch%20of%20imperialist%20decay');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('epoch'));
    expect(await page.locator('#search-q').inputValue()).toBe('epoch of imperialist decay');
    await expect(page.locator('#search-results a.hit-link[href="/marxist-analysis/#p35"]').count()).resolves.toBe(1);

    await search(page, 'Weimar Triangle');
    const urls = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls).toContain('/actors/weimar-plus/');
    await search(page, 'Prosecutor General');
    expect(await page.locator('#search-results a.hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/glossary/#nabu-sapo');
    await search(page, 'pivot towards China');
    expect(await page.locator('#search-results a.result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/us-calculation/');
    // An actor by another spelling of the name (content/actors/*.yaml `otherSpellings`).
    await search(page, 'Zelenskyy');
    expect(await page.locator('#search-results a.result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/actors/zelensky/');
    await search(page, 'xylophonist');
    expect(await page.locator('#search-status').innerText()).toMatch(/^Nothing matches/);
    await page.close();
  });

  it('loads Pagefind only on /search/, only once a search starts, under the strict CSP', async () => {
    const claim = await browser().context.newPage();
    const onClaim = pagefindRequests(claim);
    await claim.goto(`${browser().base}/alaska-summit/`);
    await claim.waitForLoadState('networkidle');
    expect(onClaim).toEqual([]);
    await claim.close();

    const page = await browser().open('/search/');
    const requests = pagefindRequests(page);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    await search(page, 'Dobropillia');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests.some((r) => r.endsWith('.pagefind'))).toBe(true); // the WebAssembly
    await expect(page.locator('#search-results a.hit-link[href="/ukraine-weak-hand/#p19"]').count()).resolves.toBe(1);
    await page.close();
    // CSP violations and failed requests are console errors, collected by the harness.
    expect(browser().errors).toEqual([]);
  });

  it('moves nothing on the page while results load (cumulative layout shift ≤ 0.1, phone and desktop)', async () => {
    const shifts: Record<string, number> = {};
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1100, height: 800 }],
    ] as const) {
      for (const query of ['Putin', 'xylophonist']) {
        const page = await browser().context.newPage();
        await page.setViewportSize(viewport);
        // Every layout shift the page makes that no input of the reader's caused, from the first paint on.
        await page.addInitScript(() => {
          (window as unknown as { cls: number }).cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // Pagefind's files arrive a little late, as on a real network: the page is drawn before the results come.
        await page.route('**/pagefind/**', async (route) => {
          await new Promise((r) => setTimeout(r, 150));
          await route.continue();
        });
        await page.goto(`${browser().base}/search/?q=${query}`);
        await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), query);
        await page.waitForTimeout(300);
        shifts[`${name} ${query}`] = await page.evaluate(() => (window as unknown as { cls: number }).cls);
        await page.close();
      }
    }
    for (const [where, cls] of Object.entries(shifts)) expect(cls, where).toBeLessThanOrEqual(0.1);
  });

  it('the header form on any page takes the query to /search/ and runs it there', async () => {
    const page = await browser().open('/actors/');
    await page.locator('#site-search-q').fill('Truth Social');
    await Promise.all([page.waitForURL(/\/search\/\?q=Truth\+Social$/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('Truth Social'));
    expect(await page.locator('#search-results a.hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/after-anchorage/#p5');
    await page.close();
  });
});

describe('without JavaScript', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });

  it('the search form still leads to /search/, which offers the claim list and other ways in', async () => {
    const page = await noJs().open('/washington-meeting/');
    await page.locator('#site-search-q').fill('Article 5');
    await Promise.all([page.waitForURL(/\/search\/\?q=Article\+5$/), page.locator('header form button').click()]);
    await expect(page.locator('[data-search-nojs]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-status').isVisible()).resolves.toBe(false);
    const claims = page.locator('main ol.outline a');
    await expect(claims.count()).resolves.toBe(claimPagesInOrder().length);
    await expect(claims.first().isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForURL(/\/alaska-summit\/$/), claims.first().click()]);
    await page.close();
  });

  it('a glossary term is a plain link to its definition', async () => {
    const page = await noJs().open('/alaska-summit/');
    const term = page.locator('#p3 a.mention-term').first();
    await expect(term.innerText()).resolves.toBe('land swaps');
    await Promise.all([page.waitForURL(/\/glossary\/#land-swaps$/), term.click()]);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe('Land swaps');
    await page.close();
  });
});

describe('glossary previews', () => {
  it('appear on keyboard focus and hover, and close with Escape', async () => {
    const page = await browser().open('/washington-meeting/');
    const term = page.locator('#p9 a.mention-term').first();
    await expect(term.innerText()).resolves.toBe('Crimea');
    const preview = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(preview.isVisible()).resolves.toBe(false);

    await page.locator('#p9 .pnum').focus();
    for (let i = 0; i < 8 && !(await term.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(preview.isVisible()).resolves.toBe(true);
    expect(await preview.innerText()).toContain('A peninsula on the northern Black Sea');
    await page.keyboard.press('Escape');
    await expect(preview.isVisible()).resolves.toBe(false);

    await page.close();
    const other = await browser().open('/security-guarantees/');
    await other.mouse.move(0, 0);
    await other.locator('#p11 a.mention-term').first().hover();
    await expect(other.locator(`[id="${await other.locator('#p11 a.mention-term').first().getAttribute('aria-describedby')}"]`).isVisible()).resolves.toBe(
      true,
    );
    await other.close();
  });
});

describe('axe on the new pages, light and dark', () => {
  it.each(['/search/?q=ceasefire', '/glossary/', '/timeline/', '/alaska-summit/'])('%s has no violations', async (path) => {
    const page = await browser().open(path);
    if (path.startsWith('/search/')) {
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    }
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
