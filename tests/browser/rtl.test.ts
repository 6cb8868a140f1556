// Right to left: the stylesheets use logical properties (margin-inline-start, border-inline-start,
// float: inline-start …), so a page whose <html> says dir="rtl" mirrors. Checked on a claim page,
// as Chromium lays it out, in both directions: the article's rule and the ¶ numbers on the
// reading side's start, the notes, the sidebars and the "next" link on its end.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { claimPagesInOrder } from '../helpers/dist.ts';

const browser = useBrowser();
// The second claim page has a "previous" and (with three or more claims) a "next" link.
const claimPage = () => claimPagesInOrder()[1]!.url;

type Box = { left: number; right: number };

/** Open the page at a width, in a direction, and measure what mirrors. */
async function measure(width: number, dir: 'ltr' | 'rtl') {
  const page: Page = await browser().open(claimPage());
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate((d) => document.documentElement.setAttribute('dir', d), dir);
  const found = await page.evaluate(() => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    const paragraph = document.querySelector('.quoted [data-p]:not(h3)')!;
    const style = getComputedStyle(paragraph);
    return {
      paragraph: box(paragraph)!,
      rule: { left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) },
      pnum: box(paragraph.querySelector('.pnum'))!,
      note: box(document.querySelector('.quoted > .para-note')),
      main: box(document.querySelector('main'))!,
      sidebars: box(document.querySelector('.sidebars')),
      prev: box(document.querySelector('.pager-end .prev')),
      next: box(document.querySelector('.pager-end .next')),
      permalink: box(document.querySelector('.claim > header > .permalink')),
      title: box(document.querySelector('.claim > header > h1')),
    };
  });
  await page.close();
  return found;
}

const centre = (b: Box) => (b.left + b.right) / 2;

describe('a claim page mirrors when <html dir="rtl">', () => {
  it('wide: the article’s rule and the ¶ numbers on the right, the notes in the left margin, the sidebars on the left', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const m = await measure(1366, dir);
      const rtl = dir === 'rtl';
      // The rule: a border on the paragraph's start side only.
      expect(rtl ? m.rule.right : m.rule.left, `${dir}: rule on the start side`).toBeGreaterThan(0);
      expect(rtl ? m.rule.left : m.rule.right, `${dir}: no rule on the end side`).toBe(0);
      // The ¶ number in the margin before the paragraph's start.
      if (rtl) expect(m.pnum.left, 'rtl: ¶ number right of the paragraph').toBeGreaterThanOrEqual(m.paragraph.right - 1);
      else expect(m.pnum.right, 'ltr: ¶ number left of the paragraph').toBeLessThanOrEqual(m.paragraph.left + 1);
      // Notes beside the text, on its end side.
      if (m.note) {
        if (rtl) expect(m.note.right, 'rtl: note left of the paragraph').toBeLessThanOrEqual(m.paragraph.left);
        else expect(m.note.left, 'ltr: note right of the paragraph').toBeGreaterThanOrEqual(m.paragraph.right);
      }
      // The sidebars beside <main>, on its end side.
      expect(m.sidebars, 'the claim page has sidebars').not.toBeNull();
      if (rtl) expect(m.sidebars!.right).toBeLessThanOrEqual(m.main.left);
      else expect(m.sidebars!.left).toBeGreaterThanOrEqual(m.main.right);
      // The claim's # link before its title, as ¶ numbers are before their paragraphs.
      expect(m.permalink && m.title).toBeTruthy();
      if (rtl) expect(centre(m.permalink!)).toBeGreaterThan(m.title!.right - 1);
      else expect(centre(m.permalink!)).toBeLessThan(m.title!.left + 1);
      // Previous on the start side, next on the end side.
      expect(m.prev && m.next, 'the second claim has both neighbours').toBeTruthy();
      if (rtl) expect(centre(m.prev!)).toBeGreaterThan(centre(m.next!));
      else expect(centre(m.prev!)).toBeLessThan(centre(m.next!));
    }
  });

  it('on a phone: the rule and the ¶ number at the paragraph’s start, on the right', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const m = await measure(390, dir);
      const rtl = dir === 'rtl';
      expect(rtl ? m.rule.right : m.rule.left, `${dir}: rule`).toBeGreaterThan(0);
      expect(rtl ? m.rule.left : m.rule.right, `${dir}: rule`).toBe(0);
      if (rtl) expect(centre(m.pnum), 'rtl: ¶ number on the right').toBeGreaterThan(centre(m.paragraph));
      else expect(centre(m.pnum), 'ltr: ¶ number on the left').toBeLessThan(centre(m.paragraph));
    }
  });
});
