// Evidence at a glance in a real browser, in the light and the dark scheme: each part of the bar is as wide as its
// share of the statements, and painted; with every status forced into one colour (as greyscale or a black-and-white
// printer would leave them), the swatches still show six different textures, measured on their pixels; each swatch
// is in its part's colour; the colours follow the scheme; on paper the figure still prints; and a part's link, on a
// phone, lands on a note the reader can see, while the keyboard reaches the words' links only.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { model } from '../helpers/explainer.ts';

const claims = model().claims;
/** The claim with the most statuses: the most parts to tell apart. */
const richest = [...claims].sort((a, b) => b.tally.length - a.tally.length)[0]!;

interface Part {
  status: string;
  /** The part's drawn width (its box), and the bar's. */
  width: number;
  /** The statements it stands for: from the caption ("14 verified"). */
  count: number;
  colour: string;
  swatchColour: string;
  /** What paints it: the box's outline and its inside (the bar's root: a stroke, and a fill for the solid one). */
  paint: string;
}

/** Each figure on the page: the bar's width and gaps, its parts as drawn. */
async function figures(page: Page): Promise<{ bar: number; gaps: number; parts: Part[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.glance')].map((fig) => {
      const bar = fig.querySelector('svg.glance-bar')!;
      const boxes = [...bar.querySelectorAll(':scope > a > svg')];
      const rects = boxes.map((b) => b.querySelector(':scope > rect')!.getBoundingClientRect());
      const words = [...fig.querySelectorAll('figcaption a')];
      const gaps = rects.slice(1).reduce((n, r, i) => n + (r.left - rects[i]!.right), 0);
      return {
        bar: bar.getBoundingClientRect().width,
        gaps,
        parts: boxes.map((box, i) => {
          const status = box.getAttribute('class')!.slice(2);
          const rect = box.querySelector(':scope > rect')!;
          const s = getComputedStyle(rect);
          return {
            status,
            width: rects[i]!.width,
            count: Number(words[i]!.textContent!.trim().split(' ')[0]),
            colour: getComputedStyle(box).color,
            swatchColour: getComputedStyle(words[i]!.querySelector('svg')!).color,
            paint: `${s.stroke} ${s.strokeWidth} | ${s.fill}`,
          };
        }),
      };
    }),
  );
}

/**
 * A swatch's texture, from its pixels (2 px of edge left out): how much of it is ink, and along which of four
 * directions it repeats itself (shifted one CSS pixel that way, under 12 % of its pixels change): upright stripes along
 * ↓, rules across along →, a hatching along its slant; solid ink and an empty box along all four.
 */
async function texture(page: Page, png: Buffer): Promise<string> {
  return page.evaluate(
    async (bytes) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const { data, width, height } = g.getImageData(0, 0, image.width, image.height);
      const ink = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return 0.3 * data[i]! + 0.59 * data[i + 1]! + 0.11 * data[i + 2]! < 128;
      };
      const px = Math.round(width / 16); // device pixels to a CSS pixel (a swatch is 16 CSS pixels wide)
      const e = 2 * px; // the outline and a little more
      const inside: [number, number][] = [];
      for (let y = e; y < height - e; y++) for (let x = e; x < width - e; x++) inside.push([x, y]);
      const share = inside.filter(([x, y]) => ink(x, y)).length / inside.length;
      const along = (dx: number, dy: number) => inside.filter(([x, y]) => ink(x, y) !== ink(x + dx * px, y + dy * px)).length / inside.length < 0.12;
      const dirs = [
        ['↓', 0, 1],
        ['→', 1, 0],
        ['↗', 1, -1],
        ['↘', 1, 1],
      ] as const;
      return `${share < 0.05 ? 'empty' : share > 0.95 ? 'solid' : 'partly inked'} along ${
        dirs
          .filter(([, dx, dy]) => along(dx, dy))
          .map(([d]) => d)
          .join('') || 'none'
      }`;
    },
    [...png],
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`in the ${colorScheme} scheme`, () => {
    const browser = useBrowser({ colorScheme, viewport: { width: 1366, height: 900 } });

    it('each part is as wide as its share of the statements, painted, and its swatch in its colour', async () => {
      let page: Page | undefined;
      for (const path of ['/', ...claims.map((c) => c.href)]) {
        page = await browser().open(path, { tab: page });
        for (const f of await figures(page)) {
          const total = f.parts.reduce((n, p) => n + p.count, 0);
          const room = f.bar - f.gaps;
          for (const p of f.parts) {
            expect(Math.abs(p.width - (room * p.count) / total), `${path} ${p.status}: ${p.width} px for ${p.count} of ${total}`).toBeLessThan(1);
            expect(p.paint, `${path} ${p.status}`).not.toMatch(/^none /);
            expect(p.colour, `${path} ${p.status}`).not.toMatch(/^rgba\(.*, 0\)$/);
            expect(p.swatchColour, `${path} ${p.status}: its swatch`).toBe(p.colour);
          }
        }
      }
      await page?.close();
    });
  });
}

describe('in one colour (greyscale, a black-and-white printer)', () => {
  // Swatches drawn large enough to measure (four device pixels to a CSS pixel).
  const browser = useBrowser({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 4 });

  it('every status still has a texture of its own', async () => {
    const page = await browser().open('/');
    // All in black, on the page's background: what is left to tell them apart is the drawing.
    await page.evaluate(() => document.querySelectorAll<SVGElement>('.glance [class^="g-"]').forEach((el) => el.style.setProperty('color', '#000')));
    const whole = page.locator('figure.glance').first();
    const swatches = whole.locator('figcaption a svg');
    const statuses = model().tally.map((t) => t.status);
    expect(await swatches.count()).toBe(statuses.length);
    const seen: string[] = [];
    for (let i = 0; i < statuses.length; i++) seen.push(`${statuses[i]}: ${await texture(page, await swatches.nth(i).screenshot())}`);
    const textures = seen.map((s) => s.split(': ')[1]);
    expect(new Set(textures).size, seen.join('\n')).toBe(statuses.length);
    // And what each is, as its words say: solid, empty, stripes upright, rules across, hatched one way and the other.
    const of = Object.fromEntries(seen.map((s) => s.split(': ')));
    if (of.verified) expect(of.verified).toMatch(/^solid/);
    if (of['not-checked']) expect(of['not-checked']).toMatch(/^empty/);
    if (of['not-found']) expect(of['not-found']).toBe('partly inked along ↓');
    if (of.opinion) expect(of.opinion).toBe('partly inked along →');
    if (of['partly-verified']) expect(of['partly-verified']).toBe('partly inked along ↗');
    if (of['missing-context']) expect(of['missing-context']).toBe('partly inked along ↘');
    await page.close();
  });
});

describe('the two schemes', () => {
  const light = useBrowser({ colorScheme: 'light' });
  const dark = useBrowser({ colorScheme: 'dark' });

  it('draw the parts in each scheme’s own colours', async () => {
    const colours = async (b: typeof light) => {
      const page = await b().open(richest.href);
      const [f] = await figures(page);
      await page.close();
      return f!.parts.map((p) => p.colour);
    };
    const [l, d] = [await colours(light), await colours(dark)];
    expect(l.length).toBe(richest.tally.length);
    l.forEach((colour, i) => expect(d[i], `${richest.tally[i]!.status}`).not.toBe(colour));
  });
});

describe('on paper', () => {
  const browser = useBrowser();

  it('prints, each part painted as on screen (an SVG’s paint is not a background, which paper drops)', async () => {
    const page = await browser().open(richest.href);
    const [screen] = await figures(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.glance svg.glance-bar').isVisible()).toBe(true);
    const [paper] = await figures(page);
    // The same outline and filling; the ink may be paper's (print.css darkens the greys).
    const shape = (p: Part) => p.paint.replace(/rgba\(0, 0, 0, 0\)/g, 'clear').replace(/rgba?\([^)]*\)/g, 'ink');
    expect(paper!.parts.map(shape)).toEqual(screen!.parts.map(shape));
    expect(paper!.parts.map(shape).join()).not.toMatch(/none/);
    for (const p of paper!.parts) expect(p.width, p.status).toBeGreaterThan(0);
    await page.close();
  });
});

describe('on a phone (390 × 844, touch)', () => {
  const phone = useBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  it('a tap on a part lands on its first note, unfolded and in view', async () => {
    const page = await phone().open(richest.href);
    for (const t of richest.tally) {
      await page.locator(`svg.glance-bar > a > svg.g-${t.status} > rect`).tap();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#note-${t.first}`);
      const note = page.locator(`[id="note-${t.first}"]`);
      await expect.poll(() => note.isVisible(), { message: t.status }).toBe(true);
      expect(await note.evaluate((el) => el.closest('details')?.open), t.status).toBe(true);
      await expect
        .poll(
          () =>
            note.evaluate((el) => {
              const r = el.getBoundingClientRect();
              return r.top > -2 && r.top < innerHeight;
            }),
          { message: t.status },
        )
        .toBe(true);
      await page.evaluate(() => scrollTo(0, 0));
    }
    await page.close();
  });

  it('its words are links a keyboard reaches; the bar is not in the Tab order', async () => {
    const page = await phone().open(richest.href);
    const order: string[] = [];
    for (let i = 0; i < 40 && order.length < richest.tally.length; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el?.closest('figure.glance')) return '';
        return `${el.closest('.glance-bar') ? 'bar' : 'words'} ${el.querySelector('svg')?.getAttribute('class')}`;
      });
      if (at) order.push(at);
    }
    expect(order).toEqual(richest.tally.map((t) => `words g-${t.status}`));
    await page.close();
  });
});
