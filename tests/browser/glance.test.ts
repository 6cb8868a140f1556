// Evidence at a glance in a real browser, in the light and the dark scheme: each part of the bar is as wide as its
// share of the statements, painted, and told apart from the others by its pattern, not by colour alone (so print and
// greyscale keep them apart); each swatch in the caption is drawn as its part; the colours follow the scheme; on
// paper the parts still print; and a part's link, on a phone, lands on a note the reader can see.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { model } from '../helpers/explainer.ts';

const claims = model().claims;
/** The claim with the most statuses: the most parts to tell apart. */
const richest = [...claims].sort((a, b) => b.tally.length - a.tally.length)[0]!;

interface Part {
  status: string;
  width: number;
  cells: number;
  /** The paint as a reader without colour sees it: the pattern's shapes, and whether it is filled. */
  pattern: string;
  /** The paint as it is. */
  paint: string;
  swatch: string;
  swatchWidth: number;
}

/** Each figure on the page: the bar's width, and its parts as drawn. */
async function figures(page: Page): Promise<{ bar: number; gap: number; parts: Part[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.glance')].map((fig) => {
      const bar = fig.querySelector('.glance-bar')!;
      const paint = (s: CSSStyleDeclaration) => `${s.backgroundImage} | ${s.backgroundColor} | ${s.backgroundSize} | ${s.boxShadow}`;
      const clear = (colour: string) => colour === 'transparent' || /^rgba\(.*, 0\)$/.test(colour);
      const pattern = (s: CSSStyleDeclaration) =>
        `${s.backgroundImage.replace(/rgba?\([^)]*\)/g, 'C')} | ${clear(s.backgroundColor) ? 'not filled' : 'filled'} | ${s.backgroundSize}`;
      return {
        bar: bar.getBoundingClientRect().width,
        gap: parseFloat(getComputedStyle(bar).columnGap) || 0,
        parts: [...bar.children].map((a) => {
          const status = a.className.slice(2);
          const key = fig.querySelector(`figcaption a.g-${status}`)!;
          const s = getComputedStyle(a);
          const k = getComputedStyle(key, '::before');
          return {
            status,
            width: a.getBoundingClientRect().width,
            cells: a.children.length,
            pattern: pattern(s),
            paint: paint(s),
            swatch: paint(k),
            swatchWidth: parseFloat(k.width),
          };
        }),
      };
    }),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`in the ${colorScheme} scheme`, () => {
    const browser = useBrowser({ colorScheme, viewport: { width: 1366, height: 900 } });

    it('each part is as wide as its share of the statements, and painted', async () => {
      for (const path of ['/', ...claims.map((c) => c.href)]) {
        const page = await browser().open(path);
        for (const f of await figures(page)) {
          const total = f.parts.reduce((n, p) => n + p.cells, 0);
          const room = f.bar - f.gap * (f.parts.length - 1);
          for (const p of f.parts) {
            expect(Math.abs(p.width - (room * p.cells) / total), `${path} ${p.status}: ${p.width} px for ${p.cells} of ${total}`).toBeLessThan(1);
            expect(p.paint, `${path} ${p.status}`).not.toMatch(/^none \| rgba\(0, 0, 0, 0\) \| [^|]* \| none$/);
          }
        }
        await page.close();
      }
    });

    it('parts differ by pattern, not by colour alone, and each swatch is drawn as its part', async () => {
      const page = await browser().open('/');
      // The whole article's figure has every status the article uses.
      const [whole] = await figures(page);
      expect(whole!.parts.map((p) => p.status)).toEqual(model().tally.map((t) => t.status));
      const shapes = whole!.parts.map((p) => p.pattern);
      expect(new Set(shapes).size, shapes.join('\n')).toBe(shapes.length);
      for (const p of whole!.parts) {
        expect(p.swatch, p.status).toBe(p.paint);
        expect(p.swatchWidth, p.status).toBeGreaterThan(8);
      }
      await page.close();
    });
  });
}

describe('the two schemes', () => {
  const light = useBrowser({ colorScheme: 'light' });
  const dark = useBrowser({ colorScheme: 'dark' });

  it('draw the parts in each scheme’s own colours', async () => {
    const paints = async (b: typeof light) => {
      const page = await b().open(richest.href);
      const [f] = await figures(page);
      await page.close();
      return f!.parts.map((p) => p.paint);
    };
    const [l, d] = [await paints(light), await paints(dark)];
    expect(l.length).toBe(richest.tally.length);
    l.forEach((paint, i) => expect(d[i], `${richest.tally[i]!.status}`).not.toBe(paint));
  });
});

describe('on paper', () => {
  const browser = useBrowser();

  it('the parts and swatches keep their paint when printed (backgrounds are dropped unless asked for)', async () => {
    const page = await browser().open(richest.href);
    await page.emulateMedia({ media: 'print' });
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('.glance-bar > a, .glance figcaption a')].map((el) => getComputedStyle(el).printColorAdjust),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(new Set(kept)).toEqual(new Set(['exact']));
    expect(await page.locator('figure.glance').isVisible()).toBe(true);
    await page.close();
  });
});

describe('on a phone (390 × 844, touch)', () => {
  const phone = useBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  it('a tap on a part lands on its first note, unfolded and in view', async () => {
    const page = await phone().open(richest.href);
    for (const t of richest.tally) {
      await page.locator(`.glance-bar > a.g-${t.status}`).tap();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#note-${t.first}`);
      const note = page.locator(`[id="note-${t.first}"]`);
      await expect.poll(() => note.isVisible(), { message: t.status }).toBe(true);
      expect(await note.evaluate((el) => el.closest('details')?.open), t.status).toBe(true);
      await expect.poll(() => note.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top > -2 && r.top < innerHeight; }), { message: t.status }).toBe(true);
      await page.evaluate(() => scrollTo(0, 0));
    }
    await page.close();
  });

  it('its words are links a keyboard reaches; the bar is not in the Tab order', async () => {
    const page = await phone().open(richest.href);
    const order: string[] = [];
    for (let i = 0; i < 40 && order.length < richest.tally.length; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => (document.activeElement?.closest('figure.glance') ? `${document.activeElement.closest('.glance-bar') ? 'bar' : 'words'} ${document.activeElement.className}` : ''));
      if (at) order.push(at);
    }
    expect(order).toEqual(richest.tally.map((t) => `words g-${t.status}`));
    await page.close();
  });
});
