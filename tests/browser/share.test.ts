// Sharing in a real Chromium: short links land on their paragraph, copy controls
// put the right absolute URL on the clipboard and say so, quote links are Text
// Fragment URLs that scroll to and highlight the quote, and everything still
// works as plain links with JavaScript off.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl } from '../helpers/explainer.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';

const SITE = siteUrl().origin;

// The shipped headers deny clipboard-read (the site only writes), so the test records what the page writes.
const browser = useBrowser({}, async (b) => {
  await b.context.grantPermissions(['clipboard-write'], { origin: b.base });
  await b.context.addInitScript(() => {
    const w = window as unknown as { __copied: string };
    w.__copied = '';
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (text: string) => {
      w.__copied = text;
      return write(text);
    };
  });
});

const clipboard = (page: Page) => page.evaluate(() => (window as unknown as { __copied: string }).__copied);

async function waitForStatus(page: Page, text: string): Promise<void> {
  // The text and its being seen, checked at one moment in the page: a previous "Link copied" may still show (it is
  // emptied for 50 ms before the new one, announced anew), and each message goes after 4 s, which a loaded machine
  // can take between two separate checks.
  await page.waitForFunction((t) => {
    const status = document.querySelector('.share-status');
    return status?.textContent === t && status.getBoundingClientRect().width > 20;
  }, text);
}

/** Select `phrase` (its `nth` occurrence) in element #id, counting only the article's text (not [data-not-article]). */
async function selectText(page: Page, id: string, phrase: string, nth = 0): Promise<void> {
  await page.evaluate(
    ({ id, phrase, nth }) => {
      const root = document.getElementById(id)!;
      const nodes: Text[] = [];
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement!.closest('[data-not-article]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      while (walk.nextNode()) nodes.push(walk.currentNode as Text);
      const text = nodes.map((n) => n.data).join('');
      let start = -1;
      for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
      if (start < 0) throw new Error(`“${phrase}” not in #${id}`);
      const at = (offset: number, end: boolean): [Text, number] => {
        for (const n of nodes) {
          if (offset < n.data.length || (end && offset === n.data.length)) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('offset out of range');
      };
      const range = document.createRange();
      range.setStart(...at(start, false));
      range.setEnd(...at(start + phrase.length, true));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { id, phrase, nth },
  );
}

/** Rectangle of the nth occurrence of `phrase` in #id, in viewport coordinates. */
async function phraseRect(page: Page, id: string, phrase: string, nth = 0) {
  await selectText(page, id, phrase, nth);
  return page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    getSelection()!.removeAllRanges();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Share of pixels in a PNG that have the quote highlight's colour (light scheme, #ffe08a), decoded by the browser. */
async function highlightShare(png: Buffer): Promise<number> {
  const page = await browser().context.newPage();
  const share = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    let hits = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 0xff) + Math.abs(d[i + 1]! - 0xe0) + Math.abs(d[i + 2]! - 0x8a) < 40) hits++;
    return hits / (d.length / 4);
  }, png.toString('base64'));
  await page.close();
  return share;
}

/**
 * Arrive through a quote link: the page scrolls the quote into view and highlights it. And the
 * directive itself matched (not just the #p<N> fallback): without the #p<N>, :target is still there.
 */
async function expectQuoteLanding(url: string, id: string, phrase: string, nth = 0): Promise<void> {
  const path = url.replace(SITE, '');
  const page = await browser().open(path);
  await page.waitForFunction(() => window.scrollY > 100);
  await page.waitForTimeout(300);
  const rect = await phraseRect(page, id, phrase, nth);
  expect(rect.y, `${path}: quote above the viewport`).toBeGreaterThanOrEqual(0);
  expect(rect.y + rect.height, `${path}: quote below the viewport`).toBeLessThanOrEqual(page.viewportSize()!.height);
  expect(await highlightShare(await page.screenshot({ clip: rect })), `${path}: quote highlighted`).toBeGreaterThan(0.3);
  await page.close();

  const directiveOnly = await browser().open(path.replace(/#p\d+:~:/, '#:~:'));
  await directiveOnly.waitForTimeout(300);
  expect(await directiveOnly.evaluate(() => document.querySelector(':target')?.closest('[data-p]')?.id), `${path}: the text directive matched`).toBe(id);
  await directiveOnly.close();
}

/** Select a phrase, wait for "Copy link to this quote", activate it, return the copied URL. */
async function copyQuoteLink(page: Page, id: string, phrase: string, nth = 0): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await selectText(page, id, phrase, nth);
  const button = page.locator('button.quote-link');
  await button.waitFor({ state: 'visible' });
  await button.click();
  await page.waitForFunction(() => (window as unknown as { __copied: string }).__copied.startsWith('http'));
  await waitForStatus(page, 'Link copied');
  return clipboard(page);
}

describe('short paragraph links', () => {
  it('/p/12/ lands on ¶12 of the claim page that holds it', async () => {
    const page = await browser().open('/p/12/');
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe('/security-guarantees/#p12');
    await page.waitForFunction(() => window.scrollY > 100);
    const box = (await page.locator('#p12').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height / 2);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p12');
    await page.close();
  });

  it('the /p/<N>/ page itself, before it redirects, is accessible and links to its target', async () => {
    // Served without its meta refresh, so it can be checked as a reader without redirects would see it.
    const page = await browser().open('/p/30/', { withoutRedirect: true });
    expect(await page.locator('main a[href="/marxist-analysis/#p30"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('copy-link controls', () => {
  it('clicking a ¶ number copies the paragraph’s short link (/p/N/, its own card) and says "Link copied" (live region), without navigating', async () => {
    const page = await browser().open('/security-guarantees/');
    await page.bringToFront();
    await page.locator('#p12 .pnum').click();
    await waitForStatus(page, 'Link copied');
    expect(await clipboard(page)).toBe(`${SITE}/p/12/`);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('.share-status').getAttribute('role')).toBe('status');
    await page.close();
  });

  it('works from the keyboard: the ¶ number and the claim’s own link are focusable and say what they do', async () => {
    const page = await browser().open('/washington-meeting/');
    await page.bringToFront();
    const pnum = page.locator('#p9 .pnum');
    expect(await pnum.getAttribute('aria-label')).toBe('Copy link to paragraph 9');
    await pnum.focus();
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'Link copied');
    expect(await clipboard(page)).toBe(`${SITE}/p/9/`);

    // Tab from the heading reaches the claim's permalink, which then shows.
    await page.locator('#claim-title').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('permalink');
    expect(await page.locator('.permalink').evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await page.locator('.permalink').getAttribute('aria-label')).toBe('Copy link to this claim');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __copied: string }).__copied.endsWith('/washington-meeting/'));
    expect(await clipboard(page)).toBe(`${SITE}/washington-meeting/`);
    await page.close();
  });

  it('"Copy citation" copies the citation under the claim', async () => {
    const page = await browser().open('/us-opinion/');
    await page.bringToFront();
    const citation = await page.locator('#citation').innerText();
    expect(citation).toContain(`${SITE}/us-opinion/`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await waitForStatus(page, 'Citation copied');
    expect(await clipboard(page)).toBe(citation.trim());
    await page.close();
  });
});

describe('quote links (Text Fragments)', () => {
  it('a selected quote gives a correctly encoded #p<N>:~:text= URL that scrolls to and highlights it', async () => {
    const page = await browser().open('/security-guarantees/');
    await page.bringToFront();
    const phrase = '“Article 5-like protection”, in reference';
    const url = await copyQuoteLink(page, 'p11', phrase);
    expect(url.startsWith(`${SITE}/security-guarantees/#p11:~:text=`), url).toBe(true);
    expect(url).toContain('5%2Dlike'); // `-` is syntax in a text directive: encoded
    expect(url).toContain('%2C'); // so is `,`
    expect(url).toContain('%E2%80%9C'); // “ as UTF-8
    await page.close();

    await expectQuoteLanding(url, 'p11', phrase);
  });

  it('a quote that is not unique on the page gets context, and the link lands on the occurrence that was selected', async () => {
    const page = await browser().open('/security-guarantees/');
    await page.bringToFront();
    // "the Washington meetings" is in ¶11 and ¶12; select the one in ¶12.
    const url = await copyQuoteLink(page, 'p12', 'Washington meetings');
    const directive = decodeURIComponent(url.split(':~:text=')[1]!.replace(/%2D/g, '\u2010'));
    expect(url.split('#')[1]!.startsWith('p12:~:text='), url).toBe(true);
    // Either a prefix-/-suffix, or more words than the bare quote.
    expect(/-,|,-/.test(url.split(':~:text=')[1]!) || directive.length > 'Washington meetings'.length, url).toBe(true);
    await page.close();

    await expectQuoteLanding(url, 'p12', 'Washington meetings');
  });

  it('works across links in the text (mentions with hidden preview cards) and at a paragraph’s start', async () => {
    const page = await browser().open('/washington-meeting/');
    await page.bringToFront();
    for (const [id, phrase] of [
      ['p9', 'the loss of Crimea and give up'],
      ['p7', 'Alarmed, several European leaders'],
      ['p8', 'Fawning European leaders'],
    ] as const) {
      const url = await copyQuoteLink(page, id, phrase);
      expect(url, phrase).toContain(`#${id}:~:text=`);
      expect(decodeURIComponent(url.split(':~:text=')[1]!).toLowerCase(), 'no ¶ number or hidden preview text in the quote').not.toMatch(
        /\d(alarmed|fawning)|president of the united states/,
      );
      await expectQuoteLanding(url, id, phrase);
    }
    await page.close();
  });

  it('the offer stays on screen on a 390 px phone, is keyboard reachable next, and the page stays axe-clean while it shows', async () => {
    const page = await browser().open('/divided-europe/');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.bringToFront();
    await selectText(page, 'p25', 'Baltic and Nordic states');
    const button = page.locator('button.quote-link');
    await button.waitFor({ state: 'visible' });
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // It follows the paragraph in the DOM (Tab order) and is marked as ours, not the article's.
    expect(await button.evaluate((b) => b.previousElementSibling?.id)).toBe('p25');
    expect(await button.getAttribute('data-not-article')).toBe('');
    // (The claim article, where the sharing controls are; the whole page is axe-checked in a11y.test.ts.)
    expect(await axeViolations(page, { include: 'article.claim' })).toEqual([]);
    // Collapsing the selection withdraws the offer.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await button.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('logs no console error or failed request while sharing', () => {
    expect(browser().errors).toEqual([]);
  });
});

describe('with JavaScript disabled', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });

  it('/p/12/ still lands on ¶12 (a static redirect)', async () => {
    const page = await noJs().open('/p/12/');
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe('/security-guarantees/#p12');
    await page.close();
  });

  it('¶ numbers and the claim link are plain links to the permalink; the copy-only button stays hidden', async () => {
    const page = await noJs().open('/washington-meeting/');
    await page.locator('#p10 .pnum').click();
    await page.waitForURL(/#p10$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p10');
    expect(await page.locator('.permalink').getAttribute('href')).toBe('/washington-meeting/');
    expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
    expect(await page.locator('#citation').isVisible()).toBe(true);
    await page.close();
  });
});
