// Mention previews: shown on keyboard focus (and hover), closed by Escape, link works without JS.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

describe('actor preview cards', () => {
  it('appear on keyboard focus, close with Escape, and come back on the next focus', async () => {
    const page = await browser().open('/alaska-summit/');
    const mention = page.locator('#p2 a.mention').first();
    const previewId = await mention.getAttribute('aria-describedby');
    const preview = page.locator(`[id="${previewId}"]`);
    await expect(preview.isVisible()).resolves.toBe(false);

    // Reach it with Tab from the paragraph number just before it.
    await page.locator('#p2 .pnum').focus();
    for (let i = 0; i < 5 && !(await mention.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await mention.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(preview.isVisible()).resolves.toBe(true);
    expect(await preview.innerText()).toMatch(/\S/);

    await page.keyboard.press('Escape');
    await expect(preview.isVisible()).resolves.toBe(false);
    expect(await mention.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(preview.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('appear on hover', async () => {
    const page = await browser().open('/washington-meeting/');
    const mention = page.locator('#p9 a.mention').first();
    const preview = page.locator(`[id="${await mention.getAttribute('aria-describedby')}"]`);
    await mention.hover();
    await expect(preview.isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });

  it('a mention is a plain link to the actor page', async () => {
    const page = await noJs().open('/alaska-summit/');
    const mention = page.locator('#p1 a.mention').first();
    const name = (await mention.innerText()).trim();
    await Promise.all([page.waitForNavigation(), mention.click()]);
    expect(new URL(page.url()).pathname).toMatch(/^\/actors\/[a-z-]+\/$/);
    expect(await page.locator('.mentions-list').innerText()).toContain(name);
    await page.close();
  });
});
