// Reading first, in a real browser: the article reads as prose, and the checking stays one tap away.
// Quiet marks, notes folded on phones and in the margin on wide screens, previews that open in place on a tap and
// close on Escape, 24 px targets, previous/next within a few Tab presses, the ¶ control sharing the short link,
// and our words never in the article's style.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { claimPagesInOrder, htmlPages } from '../helpers/dist.ts';
import { model } from '../helpers/explainer.ts';

const claims = model().claims;
const longest = [...claimPagesInOrder()].sort((a, b) => b.html.length - a.html.length)[0]!.url;

/** The article's words per decoration (marks, linked names and terms) in the running text of a page. */
async function wordsPerDecoration(page: Page): Promise<{ words: number; decorations: number }> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('.quoted > p[data-p]')];
    const text = paragraphs
      .map((p) =>
        [...p.childNodes]
          .filter((n) => !(n instanceof Element && n.hasAttribute('data-not-article')))
          .map((n) => n.textContent)
          .join(''),
      )
      .join(' ');
    const words = text.split(/\s+/).filter(Boolean).length;
    const decorations = paragraphs.reduce((n, p) => n + p.querySelectorAll('button.cite, a.mention').length, 0);
    return { words, decorations };
  });
}

describe('on a phone (390 × 844, touch)', () => {
  const phone = useBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  it('the running text is quiet: compact marks only, and one mark or link per 14 of the article’s words or fewer', async () => {
    // Today's count: the marks (sources backing a statement) and each name's or term's first mention on the page.
    // Before the reading-first work, one every 7.8 words, more than half of the marks in words ("[not checked]").
    let words = 0;
    let decorations = 0;
    let page: Page | undefined;
    for (const claim of claims) {
      page = await phone().open(claim.href, { tab: page });
      const counted = await wordsPerDecoration(page);
      words += counted.words;
      decorations += counted.decorations;
      const labels = await page.locator('.quoted button.cite').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-label')));
      for (const label of labels) expect(label, claim.href).toMatch(/^\[(\?|[\d,–\s]+[*+]?)\]$/);
    }
    await page?.close();
    expect(words / decorations, `${decorations} decorations in ${words} words`).toBeGreaterThanOrEqual(14);
  });

  it('notes are folded to one line per paragraph, none open, and open in place', async () => {
    const page = await phone().open(longest);
    const notes = page.locator('.quoted > .para-note');
    expect(await notes.count()).toBeGreaterThan(0);
    expect(await page.locator('.quoted > .para-note details[open]').count()).toBe(0);
    for (const summary of await page.locator('.quoted > .para-note summary').all()) {
      const box = (await summary.boundingBox())!;
      expect(box.height, await summary.innerText()).toBeLessThan(48); // one line
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const first = page.locator('.quoted > .para-note summary').first();
    await first.tap();
    expect(await page.locator('.quoted > .para-note details[open]').count()).toBe(1);
    expect(await page.locator('.quoted > .para-note details[open] .statement-notes').isVisible()).toBe(true);
    await page.close();
  });

  it('claim pages are short: /european-positions/ ≤ 9,500 px, /alaska-summit/ ≤ 10,000 px', async () => {
    const height = async (path: string) => {
      const page = await phone().open(path);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.close();
      return h;
    };
    const budgets: Record<string, number> = { '/european-positions/': 9500, '/alaska-summit/': 10000 };
    for (const [path, max] of Object.entries(budgets)) if (claims.some((c) => c.href === path)) expect(await height(path), path).toBeLessThanOrEqual(max);
  });

  it('a tap on a name or term opens its preview in place, and the page stays', async () => {
    const page = await phone().open(claims[0]!.href);
    const mention = page.locator('.quoted a.mention').first();
    await mention.scrollIntoViewIfNeeded();
    await mention.tap();
    const preview = page.locator(`[id="${await mention.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => preview.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await preview.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(claims[0]!.href);
    await page.keyboard.press('Escape');
    expect(await preview.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.close();
  });

  it('a tap on a mark opens its note in place, drawn although the notes are folded', async () => {
    const page = await phone().open(longest);
    const mark = page.locator('.quoted button.cite').nth(1);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const note = page.locator(`[id="${await mark.getAttribute('popovertarget')}"]`);
    await expect.poll(() => note.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.height).toBeGreaterThan(20);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('li')?.id, [box.x + box.width / 2, box.y + box.height / 2])).toBe(
      await note.getAttribute('id'),
    );
    // The rest of the paragraph's notes stay folded.
    expect(await page.locator('.quoted > .para-note details[open]').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await note.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.close();
  });

  it('tap targets in the text are at least 24 px: marks, ¶ numbers, names, note lines', async () => {
    const page = await phone().open(longest);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.quoted button.cite, .quoted .pnum, .quoted a.mention, .quoted .para-note summary')].flatMap((el) => {
        const b = el.getBoundingClientRect();
        const tall = b.height >= 24;
        const wide = el.matches('a.mention, summary') || b.width >= 24; // a name is as wide as its words
        return tall && wide ? [] : [`${el.className || el.tagName} ${el.id || el.textContent} ${Math.round(b.width)}×${Math.round(b.height)}`];
      }),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it('after a tap on a ¶ number, no label stays over the text', async () => {
    const page = await phone().open(longest);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const pnum = page.locator('.quoted .pnum').nth(1);
    await pnum.scrollIntoViewIfNeeded();
    await pnum.tap();
    await page.waitForTimeout(100);
    expect(await pnum.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    await page.close();
  });
});

describe('on a wide screen (1366 px)', () => {
  const wide = useBrowser({ viewport: { width: 1366, height: 900 } });

  it('each paragraph’s notes sit in the margin beside the text, open, in order, and the text runs without gaps', async () => {
    const page = await wide().open(longest);
    const layout = await page.evaluate(() =>
      [...document.querySelectorAll('.quoted > .para-note')].map((note) => {
        const p = note.nextElementSibling!;
        const n = note.getBoundingClientRect();
        const t = p.getBoundingClientRect();
        const list = note.querySelector('.statement-notes')!.getBoundingClientRect();
        return {
          n: p.id,
          noteLeft: n.left,
          noteTop: n.top,
          noteBottom: n.bottom,
          textRight: t.right,
          textTop: t.top,
          textBottom: t.bottom,
          listHeight: list.height,
        };
      }),
    );
    expect(layout.length).toBeGreaterThan(1);
    layout.forEach((x, i) => {
      expect(x.noteLeft, `${x.n}: the note is beside the text`).toBeGreaterThanOrEqual(x.textRight);
      expect(x.listHeight, `${x.n}: the notes are open`).toBeGreaterThan(10);
      expect(x.noteTop, `${x.n}: the note starts level with its paragraph or below`).toBeGreaterThanOrEqual(x.textTop - 8);
      const next = layout[i + 1];
      if (next) {
        expect(next.noteTop, `${next.n}: notes keep their order`).toBeGreaterThanOrEqual(x.noteBottom - 1);
        // The paragraphs follow each other as prose does, whatever the notes' length (crossheads aside).
        expect(next.textTop - x.textBottom, `${x.n} → ${next.n}: a gap in the text`).toBeLessThan(120);
      }
    });
    await page.close();
  });

  // The margin reads as sidenotes: a paragraph's notes, folded, are about as tall as the paragraph. The bound: they end
  // at most two lines of the article's text below its end (its spacing included). Then the next paragraph's notes
  // begin within its first two lines, beside it (a paragraph runs three lines or more here), however many paragraphs
  // follow: nothing drifts down the margin, away from the words it is about. And the notes never make a page
  // taller than its text and sidebars make it (with the sources' words in full in the margin, /alaska-summit/ was
  // 7,460 px tall at this width, its text and sidebars about 4,400).
  it('each paragraph’s notes, folded, end within two lines of its end, and the notes never make a page taller', async () => {
    let page: Page | undefined;
    for (const claim of claims) {
      page = await wide().open(claim.href, { tab: page });
      const m = await page.evaluate(() => {
        const notes = [...document.querySelectorAll<HTMLElement>('.quoted > .para-note')];
        const line = parseFloat(getComputedStyle(document.querySelector('.quoted > p[data-p]')!).lineHeight);
        const below = notes.map((note) => ({
          n: note.dataset.n,
          by: note.getBoundingClientRect().bottom - note.nextElementSibling!.getBoundingClientRect().bottom,
        }));
        const height = document.documentElement.scrollHeight;
        for (const note of notes) note.style.display = 'none';
        return { line, below, height, withoutNotes: document.documentElement.scrollHeight };
      });
      expect(m.line).toBeGreaterThan(20);
      for (const { n, by } of m.below) expect(by, `${claim.href} ¶${n}: its notes end ${Math.round(by)} px below it`).toBeLessThanOrEqual(2 * m.line);
      expect(m.height - m.withoutNotes, `${claim.href}: the notes add to the page’s height`).toBeLessThanOrEqual(2 * m.line);
    }
    await page?.close();
  });

  it('a folded note shows its first lines; the summary line above the notes, the keyboard or a link to it shows it all', async () => {
    const page = await wide().open(longest);
    const block = page
      .locator('.quoted > .para-note')
      .filter({ has: page.locator('q.said') })
      .first();
    const note = block
      .locator('li')
      .filter({ has: page.locator('q.said') })
      .first();
    const cut = () => note.evaluate((li) => li.scrollHeight - li.clientHeight);
    expect(await cut(), 'folded: the rest of the note is cut').toBeGreaterThan(10);
    const box = (await note.boundingBox())!;
    expect(box.height, 'folded: two lines at most').toBeLessThan(3 * 16);
    // The summary line is shown and opens the paragraph's notes in full (a <details>: keyboard and screen readers).
    const summary = block.locator('summary');
    expect(await summary.isVisible()).toBe(true);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await block.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await cut(), 'open: all of it').toBeLessThanOrEqual(1);
    await page.keyboard.press('Enter');
    expect(await cut()).toBeGreaterThan(10);
    // Tabbing into a folded note shows it all, so focus never sits on a hidden link.
    await note.locator('a').first().focus();
    expect(await cut(), 'focused: all of it').toBeLessThanOrEqual(1);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await cut()).toBeGreaterThan(10);
    // So does a link to it (the evidence at a glance, the sources' list link to notes).
    await page.evaluate((id) => (location.hash = id), (await note.getAttribute('id'))!);
    expect(await cut(), 'linked to: all of it').toBeLessThanOrEqual(1);
    await page.close();
  });

  it('Escape closes a mark’s note opened by hover or by keyboard focus, as it closes a name’s preview', async () => {
    const page = await wide().open(longest);
    const mark = page.locator('.quoted button.cite').first();
    const note = page.locator(`[id="${await mark.getAttribute('popovertarget')}"]`);
    await mark.hover();
    await expect.poll(() => note.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    // The margin keeps showing the rest of the paragraph's notes meanwhile.
    const rest = await note.evaluate((el) => [...el.parentElement!.children].filter((li) => li !== el).map((li) => li.getBoundingClientRect().height));
    for (const h of rest) expect(h).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    expect(await note.evaluate((el) => el.matches(':popover-open'))).toBe(false);

    await page.mouse.move(0, 0);
    await mark.evaluate((el) => (el.previousElementSibling as HTMLElement | null)?.focus());
    await mark.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => note.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await note.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    expect(await mark.evaluate((el) => el === document.activeElement), 'focus stays on the mark').toBe(true);
    await page.close();
  });

  it('a keyboard reader reaches the next claim within 10 Tab presses of the skip link', async () => {
    for (const claim of claims.filter((c) => c.next)) {
      const page = await wide().open(claim.href);
      const next = claims.find((c) => c.slug === claim.next)!.href;
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      let presses = 0;
      while (presses < 40 && !(await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, next))) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(presses, claim.href).toBeLessThanOrEqual(10);
      await page.close();
    }
  });

  it('previous / next are at the top of each claim and again after everything, sidebars included', async () => {
    const page = await wide().open(claims[1]?.href ?? claims[0]!.href);
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.pager, .sidebars, main')];
      return all.map((el) => (el.matches('.pager') ? [...el.classList].join(' ') : el.tagName === 'MAIN' ? 'main' : 'sidebars'));
    });
    expect(order[0]).toBe('main');
    expect(order.indexOf('pager pager-top')).toBe(1); // inside main, first
    expect(order.at(-1)).toBe('pager pager-end');
    expect(order.indexOf('sidebars')).toBeLessThan(order.indexOf('pager pager-end'));
    await page.close();
  });
});

describe('sharing a paragraph', () => {
  const shared: string[] = [];
  const withShare = useBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (b) => {
    await b.context.exposeFunction('__shared', (url: string) => shared.push(url));
    // A share sheet, as phones have (headless Chromium on Linux has none).
    await b.context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => ((window as unknown as { __shared(u: string): void }).__shared(String(data.url)), Promise.resolve()),
      });
    });
  });
  const withoutShare = useBrowser({ viewport: { width: 1366, height: 900 } });

  it('the ¶ control opens the share sheet with the paragraph’s short link, /p/N/', async () => {
    const page = await withShare().open(longest);
    const pnum = page.locator('.quoted p[data-p] .pnum').nth(1);
    const n = await pnum.getAttribute('data-n');
    await pnum.scrollIntoViewIfNeeded();
    await pnum.tap();
    await expect.poll(() => shared.length).toBe(1);
    expect(new URL(shared[0]!).pathname).toBe(`/p/${n}/`);
    expect(new URL(page.url()).pathname, 'the page stays').toBe(longest);
    await page.close();
  });

  it('without a share sheet it copies (what it copies: share.test.ts); without JavaScript it is a link to the short link', async () => {
    const page = await withoutShare().open(longest);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const pnum = page.locator('.quoted p[data-p] .pnum').nth(2);
    const n = await pnum.getAttribute('data-n');
    expect(await pnum.getAttribute('href')).toBe(`/p/${n}/`);
    expect(await pnum.getAttribute('aria-label')).toBe(`Copy link to paragraph ${n}`);
    await pnum.click();
    await expect.poll(() => page.locator('.share-status').innerText()).toMatch(/copied/i);
    expect(new URL(page.url()).pathname, 'the page stays').toBe(longest);
    await page.close();
  });
});

describe('our words never look like the article’s', () => {
  const b = useBrowser({ viewport: { width: 1366, height: 900 } });
  /** Where the article's own words stand: its text, excerpts, the style's sample in legends, its own title. */
  const ARTICLE_WORDS = '.quoted, .excerpt, .swatch-article, mark, .pamphlet-article-title:not(.is-description)';

  it('on every page, no text outside the article’s words is set in the article’s serif', async () => {
    // The /p/N/ pages are alike and move on (meta refresh): one is enough, read before it goes.
    const pages = htmlPages().filter((p) => !/\/p\/\d+\/$/.test(p.url));
    const found: string[] = [];
    const check = async (page: Page, url: string) => {
      const serif = await page.evaluate((allowed) => {
        const stack = getComputedStyle(document.documentElement).getPropertyValue('--serif').split(',')[0]!.trim().replace(/['"]/g, '');
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!n.textContent!.trim() || !el.checkVisibility()) continue;
          if (getComputedStyle(el).fontFamily.split(',')[0]!.trim().replace(/['"]/g, '') !== stack) continue;
          if (el.closest(allowed)) continue;
          out.push(`${el.tagName.toLowerCase()}.${el.className}: “${n.textContent!.trim().slice(0, 40)}”`);
        }
        return out.slice(0, 3);
      }, ARTICLE_WORDS);
      for (const s of serif) found.push(`${url} ${s}`);
    };
    const page = await b().context.newPage();
    for (const { url } of pages) {
      await page.goto(b().base + url, { waitUntil: 'domcontentloaded' });
      await check(page, url);
    }
    await page.close();
    const short = await b().open('/p/1/', { withoutRedirect: true });
    await check(short, '/p/1/');
    await short.close();
    expect(found).toEqual([]);
  }, 180_000);
});

describe('a claim page printed from the browser', () => {
  const browser = useBrowser({ viewport: { width: 794, height: 1123 } });

  it('sets each paragraph’s notes after it, open, and the paragraphs in their order', async () => {
    const page = await browser().open(longest);
    await page.emulateMedia({ media: 'print' });
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.quoted > [data-p], .quoted > .para-note')].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          n: Number(el.dataset.p ?? el.dataset.n),
          note: el.classList.contains('para-note'),
          top: r.top,
          bottom: r.bottom,
          open: el.querySelector('details')?.open ?? null,
        };
      }),
    );
    await page.close();
    const notes = rows.filter((r) => r.note);
    expect(notes.length, longest).toBeGreaterThan(0);
    for (const note of notes) {
      const paragraph = rows.find((r) => !r.note && r.n === note.n)!;
      expect(note.top, `¶${note.n}: its notes below it`).toBeGreaterThanOrEqual(paragraph.bottom - 1);
      const next = rows.find((r) => !r.note && r.n === note.n + 1);
      if (next) expect(note.bottom, `¶${note.n}: its notes before ¶${note.n + 1}`).toBeLessThanOrEqual(next.top + 1);
    }
    const paragraphs = rows.filter((r) => !r.note);
    expect(paragraphs.map((r) => r.top)).toEqual([...paragraphs.map((r) => r.top)].sort((a, b) => a - b));
  });
});
