// The pamphlet page in Chromium, made ready to print: the typefaces handed over as data, links as a reader of
// the PDF needs them, what does not print taken out, the paper set and a named page per part for its running
// head. Then what the print needs to know of the page: its parts, its headings (one bookmark each) and its
// contents' entries. Every function passed to page.evaluate runs in the page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fontsFor } from '../fonts.ts';
import type { Paper } from '../pamphlet/editions.ts';

/**
 * Paper: the PDFs' page size and margins, set over print.css's @page pamphlet and cover rules (which
 * a browser printing /pamphlet/ uses: A5, 16 mm). A5's are narrower than print.css's: the full edition
 * holds every note and appendix in at most 40 A5 pages, and 11 mm at the sides still leaves room to
 * staple at the spine or fold a booklet; A4 has its own, with larger type.
 */
export const PAPER: Record<Paper, { name: string; margin: string }> = {
  a5: { name: 'A5', margin: '11mm 11mm 12mm' },
  a4: { name: 'A4', margin: '20mm 24mm 22mm' },
};

/** One heading that prints: its text, its bookmark's title, its level, which part holds it, whether it is the back cover's. */
export interface Heading {
  text: string;
  bookmark: string;
  level: number;
  part: number;
  back: boolean;
}

export interface Layout {
  /** The @page pamphlet margins, in mm. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** The contents' entries: the part each names, its heading, and the part the entry itself is in. */
  entries: { id: string; heading: number; part: number }[];
  headings: Heading[];
  /** The pamphlet's top-level blocks: each may be printed apart from the others (./chunks.ts). */
  parts: { weight: number; startsPage: boolean }[];
  /** Whether the pamphlet ends with a back cover (the outside of the last sheet). */
  backCover: boolean;
}

/**
 * The typefaces (Source Serif 4, Inter, ../fonts.ts) handed to the page as FontFace data, not linked from the
 * web page: readers of /pamphlet/ on screen download no font, and every PDF uses the same metrics wherever it is
 * made. As data: no request, nothing for the page's CSP to refuse.
 */
export async function loadFonts(page: Page, locale: string): Promise<void> {
  const fonts = fontsFor(locale).map((f) => ({
    family: f.family,
    weight: f.weight,
    style: f.style,
    unicodeRange: f.unicodeRange,
    data: readFileSync(f.file).toString('base64'),
  }));
  await page.evaluate(async (fonts) => {
    for (const f of fonts) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      const face = new FontFace(f.family, bytes, { weight: f.weight, style: f.style, unicodeRange: f.unicodeRange });
      document.fonts.add(await face.load());
    }
    await document.fonts.ready;
  }, fonts);
}

/**
 * Links as a reader of the PDF needs them. The site's own links are root-relative (/actors/<id>/), which the PDF
 * would write against the local server that printed it: they become the public address (`origin`, the site's).
 * And a link to something that does not print (the marks link the notes under each paragraph, hidden in the
 * pamphlet) goes to what stands for it on paper (data-print-for: the endnotes), or stops being a link, so no link
 * in the PDF leads nowhere. What does not print goes (the notes under each paragraph, the preview cards): a
 * tagged print walks hidden nodes too, and they are a third of the full pamphlet's.
 */
export async function linksForPaper(page: Page, origin: string): Promise<void> {
  await page.evaluate((origin) => {
    // Attributes, not `a.href`: an SVG link's href is read-only (the evidence at a glance has SVG links).
    for (const a of document.querySelectorAll('a[href^="/"]:not([href^="//"])')) a.setAttribute('href', origin + a.getAttribute('href'));
    const standIn = new Map([...document.querySelectorAll<HTMLElement>('[data-print-for]')].map((el) => [el.dataset.printFor, el.id]));
    // A mark is a button on screen (it opens its note in place): on paper, a link to what its note is there.
    for (const b of document.querySelectorAll('article.pamphlet button.cite[popovertarget]')) {
      const a = document.createElement('a');
      for (const { name, value } of b.attributes) if (!['type', 'popovertarget', 'popovertargetaction'].includes(name)) a.setAttribute(name, value);
      a.setAttribute('href', `#${b.getAttribute('popovertarget')}`);
      b.replaceWith(a);
    }
    for (const a of document.querySelectorAll('article.pamphlet a[href^="#"]')) {
      const id = decodeURIComponent((a.getAttribute('href') ?? '#').slice(1));
      const target = document.getElementById(id);
      if (!target || target.checkVisibility()) continue;
      const standing = standIn.get(id);
      if (standing !== undefined) a.setAttribute('href', `#${standing}`);
      else a.removeAttribute('href');
    }
    for (const el of [...document.querySelectorAll('article.pamphlet *')]) if (el.isConnected && getComputedStyle(el).display === 'none') el.remove();
  }, origin);
}

/**
 * Page setup (print.css's @page rules), the paper's size and margins over them, and a named page per part for
 * its running head; then what the print needs to know of the page (Layout).
 */
export async function setUpPages(page: Page, paper: Paper): Promise<Layout> {
  return page.evaluate(
    ({ paper, setup }) => {
      const pageRules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSPageRule => r instanceof CSSPageRule);
      const rule = (name: string) => {
        const found = pageRules.find((r) => r.selectorText === name);
        if (!found) throw new Error(`print.css has no @page ${name} rule`);
        return found;
      };
      document.documentElement.classList.add(`paper-${paper}`);
      for (const name of ['pamphlet', 'cover']) {
        rule(name).style.setProperty('size', setup.name);
        rule(name).style.setProperty('margin', setup.margin);
      }
      const base = rule('pamphlet');
      const quote = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;
      // Parts one after the other under the same running head share their named page, so the
      // later one carries on down the page (e.g. two short appendices): only a change of page name forces a new page.
      let css = '';
      let last: string | undefined;
      let n = 0;
      document.querySelectorAll<HTMLElement>('[data-running-head]').forEach((el) => {
        const text = el.dataset.runningHead ?? '';
        const continues = text === last && (el.previousElementSibling as HTMLElement | null)?.dataset.runningHead === text;
        if (!continues) {
          n++;
          css += base.cssText.replace(/^@page pamphlet/, `@page part-${n}`) + '\n';
          css += `@page part-${n} { @top-center { content: ${quote(text)}; } }\n`;
        } else el.style.breakBefore = 'auto';
        el.style.page = `part-${n}`;
        last = text;
      });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

      const mm = (v: string) => {
        const m = /^([\d.]+)mm$/.exec(v.trim());
        if (!m) throw new Error(`@page pamphlet margin “${v}” is not in mm`);
        return Number(m[1]);
      };
      const s = base.style;
      // Every heading that prints, in order: Chromium makes one bookmark for each.
      const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
        // (checkVisibility needs styles only; getClientRects laid out the whole document, 10 s at 30x)
        .filter((h) => h.checkVisibility())
        .map((h) => {
          const text = [...h.childNodes]
            .filter((n) => !(n instanceof Element && n.hasAttribute('data-not-article')))
            .map((n) => n.textContent)
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
          const p = h.dataset.p;
          return { el: h, text, bookmark: p ? `¶${p} ${text}` : text, level: Number(h.tagName[1]) };
        });
      const article = document.querySelector('article.pamphlet');
      if (!article) throw new Error('the pamphlet has no <article class="pamphlet">');
      // The parts, each a block that may be printed apart from the others; which part holds each heading and each contents number.
      const blocks = [...article.children];
      const partOf = (el: Element | null) => blocks.findIndex((b) => !!el && b.contains(el));
      const entries = [...document.querySelectorAll<HTMLElement>('.toc-page[data-toc-for]')].map((span) => {
        const id = span.dataset.tocFor ?? '';
        const h2 = document.getElementById(id)?.querySelector('h2');
        const heading = headings.findIndex((h) => h.el === h2);
        if (heading < 0) throw new Error(`contents entry #${id} has no <h2>`);
        return { id, heading, part: partOf(span) };
      });
      return {
        margin: { top: mm(s.marginTop), right: mm(s.marginRight), bottom: mm(s.marginBottom), left: mm(s.marginLeft) },
        entries,
        headings: headings.map(({ el, text, bookmark, level }) => ({ text, bookmark, level, part: partOf(el), back: !!el.closest('[data-back-cover]') })),
        parts: blocks.map((el, i) => ({ weight: el.textContent?.length ?? 0, startsPage: i === 0 || getComputedStyle(el).breakBefore === 'page' })),
        backCover: !!article.querySelector(':scope > [data-back-cover]'),
      };
    },
    { paper, setup: PAPER[paper] },
  );
}
