// The pamphlet on paper. The build made the PDFs (src/outputs/pdf/, the same makePdf as
// `npm run pdf`, one Chromium for all, into DIST); this file reads them back rather than print
// them again: poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) reads each PDF as a reader's
// printer or PDF viewer would, and every promise the pamphlet makes is checked on it. Where the page
// counts, contents and geometry come from the manifest (dist/formats.json), the text read back
// from the PDF checks them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { golden as goldenParagraphs, i18n, model, siteUrl } from '../helpers/explainer.ts';
import { checkFidelity } from '../../src/model/fidelity.ts';
import { toString } from 'hast-util-to-string';
import { cleanLines, joinPages, locateParagraphs, rtlComparable } from '../helpers/pdf-text.ts';
import { startBrowser } from '../helpers/browser.ts';
import { $$, DIST, loadPage } from '../helpers/dist.ts';
import { blankBelow, boxPerPoint, pdfWords, rtlPageTexts, visualToLogical } from '../helpers/pdf-read.ts';
import { EDITIONS } from '../../src/outputs/pamphlet/editions.ts';
import { outlineItems } from '../../src/outputs/pdf/outline.ts';
import { readManifest, type PrintDetails } from '../../src/outputs/formats.ts';
import { FONTS } from '../../src/outputs/fonts.ts';
import { BUDGET } from '../../src/budget.ts';

const MM = 72 / 25.4;

/** A PDF the build made: what its maker reported (the manifest keeps that report), where it is, its size and time. */
type PdfResult = PrintDetails & { out: string; bytes: number; seconds: number };

/** A PDF the build made, as makePdf reported it (the manifest keeps that report). */
function built(id: string): PdfResult {
  const manifest = readManifest(DIST);
  if (!manifest) throw new Error(`${DIST}/formats.json is missing: build with \`npm run build\` (its formats step makes the PDFs), or NO_PRINT was set`);
  const entry = manifest.formats.find((f) => f.id === id);
  if (!entry?.print)
    throw new Error(`${DIST}/formats.json has no ${id}: the build left it out (${manifest.leftOut.find((l) => l.id === id)?.why ?? 'not made'})`);
  const out = join(DIST, entry.file);
  if (!existsSync(out)) throw new Error(`${out} is missing though formats.json lists it: rebuild`);
  return { ...entry.print, out, bytes: entry.bytes, seconds: entry.ms / 1000 };
}

let pdf: PdfResult;
let a4: PdfResult;
beforeAll(() => {
  pdf = built('pdf-a5');
  a4 = built('pdf-a4');
  console.log(`${pdf.out}: ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB, ${pdf.passes} passes, made in ${pdf.seconds.toFixed(1)} s`);
});

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });

/** pdftotext -layout of a horizontal band of every page (points from the top), one string per page. */
function band(top: number, height: number, file = pdf.out, of: PdfResult = pdf): string[] {
  const { width } = of.geometry;
  const args = ['-layout', '-r', '72', '-x', '0', '-y', String(Math.max(0, Math.floor(top))), '-W', String(Math.ceil(width)), '-H', String(Math.ceil(height))];
  const pages = run('pdftotext', [...args, file, '-']).split('\f');
  return pages.slice(0, of.pages);
}
const once = <T>(f: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= f());
};
/** The text area of each page of a PDF (inside the @page margins; a little slack for ascenders). */
function textArea(of: PdfResult): string[] {
  const { height, margin } = of.geometry;
  return band(margin.top - 2, height - margin.top - margin.bottom + 4, of.out, of);
}
const body = once(() => textArea(pdf));
/** One whole page's text (1-based), in reading order. */
const pageText = (file: string, page: number) =>
  i18n().dir === 'rtl'
    ? (rtlPageTexts(file, { top: 0, bottom: Infinity })[page - 1] ?? '')
    : run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']);
/** The text area of each page in reading order: poppler's layout, or (right to left) rtlPageTexts'. */
function readBack(of: PdfResult): string[] {
  if (i18n().dir !== 'rtl') return textArea(of);
  const { height, margin } = of.geometry;
  return rtlPageTexts(of.out, { top: margin.top - 2, bottom: height - margin.bottom + 2 });
}
/** The top and bottom margins of each page: running head, page number. */
const head = once(() => band(0, pdf.geometry.margin.top - 3).map((t) => t.replace(/\s+/g, ' ').trim()));
const foot = once(() => {
  const { height, margin } = pdf.geometry;
  return band(height - margin.bottom + 3, margin.bottom - 3).map((t) => t.replace(/\s+/g, ' ').trim());
});
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The pamphlet's words, read from the built page the PDFs were printed from, in the explainer's language: what
// a part's heading, a claim's kicker or the notes' label says is the page's to say, the print's to show.
const pamphlet = (path = '/pamphlet/') => loadPage(join(DIST, ...path.split('/').filter(Boolean), 'index.html'));
const texts = new Map<string, string[]>();
const textOf = (path: string, selector: string): string[] => {
  const key = `${path} ${selector}`;
  if (!texts.has(key))
    texts.set(
      key,
      $$(pamphlet(path).tree, selector).map((el) => toString(el).replace(/\s+/g, ' ').trim()),
    );
  return texts.get(key)!;
};
/** Right to left: the text read back is compared as rtlComparable makes it (../helpers/pdf-text.ts says why). */
const rtl = () => i18n().dir === 'rtl';
/** Text as it is compared with what poppler reads back: white space made single, or (right to left) rtlComparable's. */
const seen = (text: string) => (rtl() ? rtlComparable(text) : text.replace(/\s+/g, ' ').trim());
const withoutControls = (line: string) => line.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
/**
 * What a claim's kicker says before its range ("Claim 2 of 5"; capitals on paper): the start of each claim in
 * print. Right to left, its words up to the claim's number (poppler reorders the numbers after it).
 */
const kickerPattern = (k: number, path = '/pamphlet/') => {
  const kicker = textOf(path, 'section.pamphlet-claim .kicker')[k];
  if (kicker === undefined) throw new Error(`${path}: no kicker for claim ${k + 1}`);
  const lead = rtl() ? (/^\D*\d+/.exec(kicker)?.[0] ?? kicker) : kicker.split(' · ')[0]!;
  const pattern = new RegExp(`^${esc(lead).replace(/\s+/g, '\\s*')}(?!\\p{N})`, 'iu');
  return { test: (line: string) => pattern.test(withoutControls(line).trim()) };
};
/** Any claim's kicker. */
const isKicker = (line: string, path = '/pamphlet/') => textOf(path, 'section.pamphlet-claim .kicker').some((_, k) => kickerPattern(k, path).test(line));
/** The contents' heading ("Contents"). */
const contentsHeading = () => textOf('/pamphlet/', 'nav.pamphlet-contents h2')[0]!;

/** The claims, in order, as a built pamphlet (default the full edition, /pamphlet/) lists them. */
function claims(path = '/pamphlet/'): { id: string; title: string }[] {
  const page = loadPage(join(DIST, ...path.split('/').filter(Boolean), 'index.html'));
  return $$(page.tree, 'section.pamphlet-claim').map((s) => ({
    id: String(s.properties.id),
    title: $$(s, 'h2').map((h) => h.children.map((c) => ('value' in c ? c.value : '')).join(''))[0]!,
  }));
}

describe('the A5 PDF (explainer-a5.pdf, as `npm run pdf` makes it)', () => {
  it('prints A5 pages, a sane number of them, tagged, under 1 MB', () => {
    const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf.out]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
    expect(sizes).toHaveLength(pdf.pages);
    expect(new Set(sizes)).toEqual(new Set(['420 x 594.96 pts (A5)']));
    expect(pdf.pages).toBeGreaterThanOrEqual(6); // cover, contents, introduction, the claims, appendices, back cover (the budget: below)
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info.match(/^Title:\s+(.*)$/m)?.[1]?.startsWith(model().explainer.site.name)).toBe(true);
    expect(pdf.bytes).toBeLessThan(BUDGET.pdfBytes);
    // Its time is printed (beforeAll, and `npm run bench`), never asserted: times vary with the machine's load.
  });

  it('embeds every font it uses', () => {
    const rows = run('pdffonts', [pdf.out]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    expect(rows.join('\n')).toMatch(/SourceSerif4/);
    expect(rows.join('\n')).toMatch(/Inter/);
  });

  it('has every paragraph of the article, unchanged and in order, in the text read back from paper', () => {
    const golden = rtl() ? goldenParagraphs().map(rtlComparable) : goldenParagraphs();
    const found = locateParagraphs(golden, joinPages(readBack(pdf).join('\f'), { rtl: rtl() }));
    expect(checkFidelity(golden, found)).toEqual([]);
    expect(found).toHaveLength(golden.length);
  });

  it('numbers every page but the covers (and the blank page that keeps the back cover outside), in the bottom margin', () => {
    const numbers = foot();
    const back = pdf.pages - 1 - (pdf.blanks ?? 0);
    expect(numbers[0]).toBe('');
    expect(numbers.slice(back)).toEqual(numbers.slice(back).map(() => ''));
    expect(numbers.slice(1, back)).toEqual(numbers.slice(1, back).map((_, i) => String(i + 2)));
  });

  it('prints a contents page whose page numbers are where each part begins', () => {
    const pages = body();
    const contentsPage = pages.findIndex((t) => cleanLines(t).some((l) => seen(l) === seen(contentsHeading())));
    expect(contentsPage).toBe(1);
    const lines = cleanLines(pages[contentsPage]!);
    // Each part, and a line of the page it begins on: parts that start a page begin with their heading;
    // claims follow one another down the page, each beginning with its kicker. A part under the same running
    // head as the one before it (a short appendix after another) shares its page.
    const page = pamphlet();
    const parts = $$(page.tree, 'article.pamphlet > *');
    let claim = 0;
    const expected = $$(page.tree, 'nav.pamphlet-contents li').map((li) => {
      const id = String($$(li, 'a')[0]!.properties.href).slice(1);
      const at = parts.findIndex((p) => p.properties.id === id);
      const part = parts[at]!;
      const heading = toString($$(part, 'h2')[0]!).replace(/\s+/g, ' ').trim();
      const head = part.properties.dataRunningHead;
      const isClaim = (part.properties.className as string[] | undefined)?.includes('pamphlet-claim');
      const label = toString($$(li, '.toc-label')[0]!)
        .replace(toString($$(li, '.toc-range')[0] ?? { type: 'text', value: '' }), '')
        .trim();
      return {
        heading,
        label,
        first: isClaim ? kickerPattern(claim++) : { test: (line: string) => seen(line) === seen(heading) },
        top: !isClaim && (head === undefined || parts[at - 1]?.properties.dataRunningHead !== head),
      };
    });
    expect(pdf.contents.map((c) => c.title)).toEqual(expected.map((e) => e.heading));
    for (const { label: title, first, top } of expected) {
      const line = lines.find((l) => seen(l).includes(seen(title)));
      expect(line, `contents line for “${title}”`).toBeDefined();
      // The page number ends the line: read back right to left, it comes first.
      const [leading, trailing] = [/^(\d+)\s/.exec(line!)?.[1], /\s(\d+)$/.exec(line!)?.[1]];
      const printed = Number(rtl() ? (leading ?? trailing) : trailing);
      const actual = pages.findIndex((t, i) => i > contentsPage && (top ? [cleanLines(t)[0] ?? ''] : cleanLines(t)).some((l) => first.test(l))) + 1;
      expect(printed, `“${title}”: the contents say page ${printed}, it begins on page ${actual}`).toBe(actual);
    }
  });

  it('runs a head over every page between the covers: the part, or the claims', () => {
    const heads = head();
    const page = loadPage(join(DIST, 'pamphlet', 'index.html'));
    const claimsHead = String($$(page.tree, 'section.pamphlet-claim')[0]!.properties.dataRunningHead);
    const list = claims();
    const first = pdf.contents.find((c) => c.id === list[0]!.id)!.page;
    const after = pdf.contents[pdf.contents.findIndex((c) => c.id === list.at(-1)!.id) + 1]!.page;
    for (let p = first; p < after; p++) expect(seen(heads[p - 1]!), `page ${p}`).toBe(seen(claimsHead));
    const back = pdf.pages - (pdf.blanks ?? 0);
    const appendixHeads = $$(page.tree, '.pamphlet-appendix[data-running-head]').map((a) => seen(String(a.properties.dataRunningHead)));
    for (let p = after; p < back; p++) expect(appendixHeads, `page ${p}: “${heads[p - 1]}”`).toContain(seen(heads[p - 1]!));
    expect(heads[pdf.pages - 1]).toBe('');
  });

  it('leaves no heading stranded at the foot of a page', () => {
    const crossheads = model().explainer.article.crossheads.map((n) => squash(goldenParagraphs()[n - 1]!));
    const headings = new Set([...pdf.contents.map((c) => squash(c.title)), ...crossheads]);
    const stranded = body()
      .map((t, i) => ({ page: i + 1, last: cleanLines(t).at(-1) ?? '' }))
      .filter(({ page, last }) => page > 2 && (headings.has(squash(last)) || isKicker(last)));
    expect(stranded).toEqual([]);
  });

  it('prints no navigation, control or screen-only text', () => {
    const all = run('pdftotext', [pdf.out, '-']);
    for (const text of ['Skip to content', 'Previous claim', 'Next claim', 'All actors', 'All sources and how', 'made for paper']) {
      expect(all, text).not.toContain(text);
    }
  });

  it('has a bookmark per part and per crosshead, titled as the headings read', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf.out));
    const items: { title: string; page: number; depth: number }[] = outlineItems(doc);
    const top = items.filter((i) => i.depth === 1).map((i) => i.title);
    expect(top).toEqual([contentsHeading(), ...pdf.contents.map((c) => c.title)]);
    const crossheads = model().explainer.article.crossheads.map((n) => `¶${n} ${goldenParagraphs()[n - 1]}`);
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(crossheads));
    for (const c of pdf.contents) expect(items.find((i) => i.title === c.title)?.page).toBe(c.page);
  });

  it('is one document though printed in chunks: links resolve, contents links land on their pages, one tag tree', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf.out), { updateMetadata: false });
    const pageRefs = doc.getPages().map((p) => p.ref.toString());
    const dests = doc.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const pageOf = (name: string) => {
      const dest = doc.context.lookup(dests.get(PDFName.of(name)));
      return dest instanceof PDFArray ? pageRefs.indexOf(dest.get(0).toString()) + 1 : 0;
    };
    const links: string[] = [];
    for (const page of doc.getPages()) {
      const annots = page.node.lookup(PDFName.of('Annots'));
      if (!(annots instanceof PDFArray)) continue;
      for (let i = 0; i < annots.size(); i++) {
        const dest = annots.lookup(i, PDFDict).get(PDFName.of('Dest'));
        if (dest instanceof PDFName) links.push(dest.decodeText());
      }
    }
    // Every internal link (notes, sources, actors, the contents) has its destination in the file.
    expect(links.filter((name) => pageOf(name) === 0)).toEqual([]);
    // The contents link each part, to the page where it begins.
    for (const c of pdf.contents) {
      expect(links, `a link to #${c.id}`).toContain(c.id);
      expect(pageOf(c.id), `#${c.id}`).toBe(c.page);
    }
    // One structure tree: Document › NonStruct (body) › Art (the pamphlet), not one per chunk.
    const struct = execFileSync('pdfinfo', ['-struct', pdf.out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    const top = struct.split('\n').filter((l) => /^ {0,4}\S/.test(l));
    expect(top).toEqual(['Document', '  NonStruct', '    Art']);
  });

  it('keeps all ink inside the page margins (text column, boxes, QR codes)', () => {
    const { width, height, margin } = pdf.geometry;
    const claimPage = pdf.contents[1]!.page;
    for (const page of [1, 2, claimPage, claimPage + 1, pdf.pages]) {
      const pgm = execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', String(page), '-l', String(page), pdf.out]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
      const [w, h] = [Number(header[1]), Number(header[2])];
      const pixels = pgm.subarray(header[0].length);
      let left = w;
      let right = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (pixels[y * w + x]! < 200) {
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
      }
      expect(Math.abs(w - width)).toBeLessThanOrEqual(1);
      expect(Math.abs(h - height)).toBeLessThanOrEqual(1);
      expect(left, `page ${page}: ink starts ${left} pt from the left edge`).toBeGreaterThanOrEqual(margin.left - MM);
      expect(right, `page ${page}: ink ends ${width - right} pt from the right edge`).toBeLessThanOrEqual(width - margin.right + MM);
    }
  });

  it('has its booklet: the A5 pages two per landscape A4 sheet side, in saddle-stitch order', async () => {
    const file = join(DIST, readManifest(DIST)!.formats.find((f) => f.id === 'booklet')!.file);
    const booklet = await PDFDocument.load(readFileSync(file));
    expect(booklet.getPageCount()).toBe(Math.ceil(pdf.pages / 4) * 2);
    for (const page of booklet.getPages()) {
      const { width, height } = page.getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([840, 595]);
    }
    // The first sheet's front: the last page (blank when the count is not a multiple of 4) beside page 1, the cover.
    const front = run('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-']);
    const cover = run('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf.out, '-']);
    const firstCoverLine = cleanLines(cover)[0]!;
    expect(cleanLines(front).some((l) => l.includes(firstCoverLine))).toBe(true);
  });
});

describe('the A4 PDF (explainer-a4.pdf, `npm run pdf -- --a4`)', () => {
  it('prints the same pamphlet on A4 pages, no more of them, contents settled', () => {
    const info = run('pdfinfo', ['-f', '1', '-l', '999', a4.out]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
    expect(sizes).toHaveLength(a4.pages);
    for (const size of sizes) expect(size).toMatch(/\(A4\)$/);
    // Fewer for a long pamphlet; a short one can come out even, both padded to put the back cover on an even page.
    expect(a4.pages).toBeLessThanOrEqual(pdf.pages);
    expect(a4.contents.map((c) => c.title)).toEqual(pdf.contents.map((c) => c.title));
  });
});

describe('/pamphlet/ under print emulation', () => {
  it('keeps the text column inside an A5 page width, with nothing overflowing, and no navigation', async () => {
    const browser = await startBrowser({ viewport: { width: Math.round((148 * 96) / 25.4), height: Math.round((210 * 96) / 25.4) } });
    try {
      const page = await browser.open('/pamphlet/');
      await page.emulateMedia({ media: 'print' });
      await page.locator(`#claim-${(model().claims[1] ?? model().claims[0]!).slug}`).scrollIntoViewIfNeeded();
      mkdirSync('artifacts', { recursive: true });
      await page.screenshot({ path: 'artifacts/pamphlet-print.png' });
      const facts = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const outside = [...document.querySelectorAll<HTMLElement>('.pamphlet [data-p], .pamphlet .ours, .pamphlet svg.qr, .pamphlet h2, .pamphlet-sources li')]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.left < 0 || r.right > width + 0.5)
          .map(({ el, r }) => `${el.tagName}#${el.id || el.className}: ${r.left.toFixed(0)}–${r.right.toFixed(0)} of ${width}`);
        const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.getClientRects().length > 0);
        const qr = document.querySelector('.pamphlet-claim svg.qr')!.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - width,
          outside,
          nav: ['.skip-link', '.site-header', '.site-footer', '.pager', '.preview', '.no-print'].filter(shown),
          qrMm: (qr.width * 25.4) / 96,
        };
      });
      expect(facts.overflow).toBeLessThanOrEqual(0);
      expect(facts.outside).toEqual([]);
      expect(facts.nav).toEqual([]);
      expect(facts.qrMm).toBeGreaterThanOrEqual(15);
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('sets our words in the explainer’s type and only the article’s in its serif; hides the notes under paragraphs (both editions)', async () => {
    const browser = await startBrowser({ viewport: { width: 560, height: 800 } });
    try {
      for (const path of ['/pamphlet/', '/pamphlet/handout/']) {
        const page = await browser.open(path);
        await page.emulateMedia({ media: 'print' });
        const facts = await page.evaluate(() => {
          const family = (sel: string) =>
            [...document.querySelectorAll<HTMLElement>(sel)]
              .filter((el) => el.checkVisibility())
              .map((el) => getComputedStyle(el).fontFamily.split(',')[0]!.replace(/["']/g, '').trim());
          return {
            ours: [
              ...new Set(
                family(
                  '.pamphlet-intro p, .pamphlet-legend dd, .claim-sentence, .pamphlet-endnotes li, .pamphlet-back p, .pamphlet-cover .pamphlet-subtitle, .pamphlet-appendix dd',
                ),
              ),
            ],
            article: [...new Set(family('.quoted [data-p]'))],
            shown: ['.para-note', '.sidebars'].filter((sel) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.checkVisibility())),
          };
        });
        expect(facts.ours, path).toEqual(['Inter']);
        expect(facts.article, path).toEqual(['Source Serif 4']);
        expect(facts.shown, path).toEqual([]);
      }
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

// The two editions, read back from the PDFs the build made: the full one (every
// note and appendix) and the hand-out (claims, the article with its marks, a QR code per claim).
const ONE_EDITION = [
  { edition: 'full', path: '/pamphlet/' },
  { edition: 'handout', path: '/pamphlet/handout/' },
] as const;
/** The pages of a claim between its first and its last (the last may end anywhere). */
function middlePages(of: PdfResult, path: string, pages: string[], blank: number[]): { claim: string; pages: number[] }[] {
  const list = claims(path);
  const at = (id: string) => of.contents.findIndex((c) => c.id === id);
  const starts = list.map((c) => {
    const i = at(c.id);
    if (i < 0) throw new Error(`${of.out}: the contents have no ${c.id}`);
    return of.contents[i]!.page;
  });
  const after = of.contents[at(list.at(-1)!.id) + 1]?.page ?? of.pages + 1;
  return list.map((c, k) => {
    let end: number;
    if (k + 1 < list.length) {
      // The next claim begins on starts[k + 1]: this one ends there, unless the next one begins at the top of that page.
      const next = kickerPattern(k + 1, path);
      end = next.test(cleanLines(pages[starts[k + 1]! - 1]!)[0] ?? '') ? starts[k + 1]! - 1 : starts[k + 1]!;
    } else {
      end = after - 1;
      while (end > starts[k]! && blank[end - 1]! >= 0.999) end--;
    }
    return { claim: c.title, pages: Array.from({ length: Math.max(0, end - starts[k]!) }, (_, i) => starts[k]! + i) };
  });
}

describe.each(ONE_EDITION)('the $edition edition on paper', ({ edition, path }) => {
  const ids = EDITIONS[edition].ids;
  const a5 = once(() => built(ids.a5));
  const prints = once(() => [a5(), built(ids.a4)]);
  const maker = () => model().explainer.maker;

  it(`stays within its page budget (hand-out ≤ ${BUDGET.pdfPages.handout} A5 pages; full ≤ ${BUDGET.pdfPages.full}, back cover included)`, () => {
    const r = a5();
    expect(r.pages, `${r.out}: ${r.pages} pages`).toBeLessThanOrEqual(BUDGET.pdfPages[edition]);
  });

  it('leaves no page in the middle of a claim more than 20 % blank (A5 and A4)', () => {
    for (const r of prints()) {
      const blank = blankBelow(r.out, r.geometry.margin);
      const holes = middlePages(r, path, textArea(r), blank).flatMap(({ claim, pages }) =>
        pages.filter((p) => blank[p - 1]! > 0.2).map((p) => `${r.out} page ${p} (“${claim}”): ${Math.round(blank[p - 1]! * 100)} % blank`),
      );
      expect(holes).toEqual([]);
    }
  });

  it('leaves no page before the first claim nearly empty: no list spills a line onto a page of its own (A5 and A4)', () => {
    for (const r of prints()) {
      const blank = blankBelow(r.out, r.geometry.margin);
      const first = r.contents.find((c) => c.id === claims(path)[0]!.id)!.page;
      const spilled = blank
        .slice(1, first - 1)
        .map((b, i) => [i + 2, b] as const)
        .filter(([, b]) => b > 0.8)
        .map(([page, b]) => `${r.out} page ${page}: ${Math.round(b * 100)} % blank`);
      expect(spilled).toEqual([]);
    }
  });

  it('has every line of the article, verbatim and in order (A5 and A4)', () => {
    for (const r of prints()) {
      const golden = rtl() ? goldenParagraphs().map(rtlComparable) : goldenParagraphs();
      const found = locateParagraphs(golden, joinPages(readBack(r).join('\f'), { rtl: rtl() }));
      expect(checkFidelity(golden, found), r.out).toEqual([]);
      expect(found).toHaveLength(golden.length);
    }
  });

  it('never sets a mark alone at the start of a line: it stays with the word before it', () => {
    for (const r of prints()) {
      const alone: string[] = [];
      pdfWords(r.out).forEach((lines, i) => {
        const words = lines.flatMap((l) => l.words);
        const heights = words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
        const typical = heights[Math.floor(heights.length / 2)] ?? 0;
        // A mark: “[12”, “[not”… in type well smaller than the page's (superscript), after a word of the text.
        for (const m of words.filter((w) => /^\u2060?\[/.test(w.text) && w.yMax - w.yMin < 0.75 * typical)) {
          const before = words.some((w) => w !== m && w.xMax <= m.xMin + 1 && m.xMin - w.xMax < 6 && w.yMin < m.yMax && m.yMin < w.yMax);
          if (!before) alone.push(`${r.out} page ${i + 1}: “${m.text}” starts a line`);
        }
      });
      expect(alone).toEqual([]);
    }
  });

  it('ends with a back cover, on the outside: what it is, who made it, where it is online, how to report an error', () => {
    const r = a5();
    expect(r.pages % 2, 'the back cover is an even page').toBe(0);
    const back = seen(pageText(r.out, r.pages));
    const about = seen(textOf('/pamphlet/', '[data-back-cover] h2')[0]!);
    expect(back).toContain(about);
    expect(back).toContain(seen(maker().name));
    expect(back).toContain(seen(maker().relation).slice(0, 30));
    expect(back).toContain(seen(siteUrl().host));
    const contact = maker().contact;
    // An address broken at a hyphen inside a right-to-left line comes back with the hyphen moved: compared without hyphens there.
    const address = (s: string) => (rtl() ? s.replace(/-/g, '') : s);
    expect(address(back)).toContain(address(seen(contact ? contact.replace(/^mailto:/, '').replace(/^https?:\/\//, '') : `${siteUrl().host}/method/`)));
    // The booklet keeps it outside: the first sheet's front has the back cover beside the front cover.
    const booklet = join(DIST, readManifest(DIST)!.formats.find((f) => f.id === ids.booklet)!.file);
    const front = seen(pageText(booklet, 1));
    expect(front).toContain(seen(maker().name));
    expect(front).toContain(about);
  });

  it('binds on the side its text is read from: a right-to-left PDF opens right to left, its booklet’s front cover on the left', async () => {
    const r = a5();
    const booklet = join(DIST, readManifest(DIST)!.formats.find((f) => f.id === ids.booklet)!.file);
    const direction = async (file: string) => {
      const prefs = (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
      return prefs?.get(PDFName.of('Direction'))?.toString() ?? '/L2R';
    };
    const expected = rtl() ? '/R2L' : '/L2R';
    expect(await direction(r.out), r.out).toBe(expected);
    expect(await direction(booklet), booklet).toBe(expected);
    // The first sheet's front: the front cover (its kicker, the edition) on the half a reader opens first, the back cover (its heading) on the other.
    const width = Math.ceil(r.geometry.width);
    const half = (x: number) =>
      seen(run('pdftotext', ['-f', '1', '-l', '1', '-x', String(x), '-y', '0', '-W', String(width), '-H', '2000', booklet, '-'])).toLowerCase();
    const [left, right] = [half(0), half(width)];
    const front = seen(textOf(path, '.pamphlet-cover > .kicker')[0]!).toLowerCase();
    const back = seen(textOf(path, '[data-back-cover] h2')[0]!).toLowerCase();
    expect(rtl() ? left : right, 'the front cover').toContain(front);
    expect(rtl() ? right : left, 'the back cover').toContain(back);
  });

  it('names this explainer’s maker, never the article’s publisher, as its maker: on the cover and in the metadata', () => {
    for (const r of prints()) {
      const { article } = model().explainer;
      // Whoever published or delivered the text (a speech may name no one but its speaker; a text may name no one).
      const publisher = seen(article.by ?? 'no one named');
      const cover = seen(pageText(r.out, 1));
      // The cover says what this explainer is, and only then what the article is.
      const split = cover.toLowerCase().indexOf(seen(textOf(EDITIONS[edition].path, '.pamphlet-cover .cover-article .cover-label')[0]!).toLowerCase());
      expect(split, `${r.out}: the cover has no part for the article`).toBeGreaterThan(0);
      const ours = cover.slice(0, split);
      // Right to left, a large title's pieces may be read back on another line: each of its words is there.
      for (const name of [model().explainer.site.name, maker().name]) {
        for (const word of rtl() ? name.split(/\s+/) : [name]) expect(ours, name).toContain(seen(word));
      }
      expect(ours).not.toContain(publisher);
      expect(ours).not.toMatch(/publisher/i);
      if (article.by) expect(cover.slice(split)).toContain(publisher);
      const info = run('pdfinfo', [r.out]);
      const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1] ?? '';
      // The PDF's metadata is the model's, through the editions table: the maker as author, the edition's title.
      expect(field('Author')).toBe(maker().name);
      expect(field('Title')).toBe(EDITIONS[edition].words(model()).pdfTitle);
      for (const name of ['Title', 'Author', 'Creator', 'Producer']) expect(field(name), name).not.toContain(article.by ?? 'no one named');
      expect(run('pdfinfo', ['-meta', r.out])).not.toContain(article.by ?? 'no one named');
    }
  });

  // Only the full edition has notes (the hand-out's QR codes lead to them): the test exists for it alone.
  if (edition === 'full')
    it('sets its notes at 8.5 pt or more (A5 and A4), in the explainer’s type', async () => {
      for (const r of prints()) {
        // Words in Arabic script are set in the Arabic face that stands in for Inter (src/outputs/fonts.ts), its own height per point.
        const interPerPoint = await boxPerPoint(r.out, FONTS.find((f) => /inter/i.test(f.family))!.family);
        const arabicPerPoint = rtl() ? await boxPerPoint(r.out, 'NotoSansArabic') : interPerPoint;
        const perPointOf = (text: string) => (/\p{Script=Arabic}/u.test(text) ? arabicPerPoint : interPerPoint);
        const { height, margin } = r.geometry;
        const list = claims();
        const end = r.contents[r.contents.findIndex((c) => c.id === list.at(-1)!.id) + 1]?.page ?? r.pages + 1;
        const sizes: { size: number; text: string; page: number }[] = [];
        let inNotes = false;
        // The label's words before its range ("Our notes on ¶"); right to left, compared as rtlComparable makes them
        // (poppler may split a word where its glyphs kern, and moves the ¶ with the numbers).
        const labelLead = textOf('/pamphlet/', '.endnotes-label')[0]!.split('¶')[0]!;
        const ltrLabel = new RegExp(`^${esc(labelLead)}¶`, 'iu');
        const notesLabel = { test: (line: string) => (rtl() ? rtlComparable(line).startsWith(rtlComparable(labelLead)) : ltrLabel.test(line)) };
        pdfWords(r.out).forEach((lines, i) => {
          if (i + 1 >= end) return;
          // Poppler may list a line of the text above after the notes' label (a piece of a right-to-left line): on the
          // label's page, only what stands below it.
          let below = 0;
          for (const line of lines) {
            if (line.yMin < margin.top - 2 || line.yMax > height - margin.bottom + 2) continue; // running head, page number
            const text = rtl() ? visualToLogical(line.text) : line.text;
            if (notesLabel.test(withoutControls(text))) [inNotes, below] = [true, line.yMax];
            else if (isKicker(text)) inNotes = false;
            // A word in two scripts (a quotation mark or a full stop beside Arabic letters) is boxed by one font's height: not measured.
            else if (inNotes && line.yMin >= below)
              for (const w of line.words.filter((w) => !/\p{Script=Arabic}/u.test(w.text) || /^[\p{Script=Arabic}\p{M}]+$/u.test(w.text)))
                sizes.push({ size: (w.yMax - w.yMin) / perPointOf(w.text), text: w.text, page: i + 1 });
          }
        });
        expect(sizes.length, `${r.out}: the notes after each claim`).toBeGreaterThan(20);
        const small = sizes.filter((s) => s.size < 8.5 - 0.05);
        expect(
          small.slice(0, 5).map((s) => `page ${s.page}: “${s.text}” at ${s.size.toFixed(2)} pt`),
          r.out,
        ).toEqual([]);
      }
    });
});

describe('any page printed from the browser', () => {
  /** What a reader's Print → Save as PDF gives, read back as text with every space and line break taken out. */
  async function printed(path: string): Promise<string> {
    const browser = await startBrowser();
    try {
      const page = await browser.open(path);
      mkdirSync('artifacts', { recursive: true });
      const file = join('artifacts', `print-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.pdf`);
      await page.pdf({ path: file, format: 'A4' });
      expect(browser.errors).toEqual([]);
      // -layout keeps a hyphen where a line breaks after one; the spaces and breaks go.
      return run('pdftotext', ['-layout', file, '-']).replace(/\s+/g, '');
    } finally {
      await browser.close();
    }
  }

  it('writes out the address of every source of a claim page (its sources sidebar), and of the sources list', async () => {
    const { claims, sources, parts } = model();
    const claim = [...claims].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    // An explainer with no sources has no addresses to print, and no sources list (tests/site/optional-parts.test.ts).
    expect(claim.sources.length > 0).toBe(parts.sources);
    if (!parts.sources) return;
    const url = (id: string) => sources.find((s) => s.id === id)!.url;
    const text = await printed(claim.href);
    const missing = claim.sources.map((s) => url(s.id)).filter((u) => !text.includes(u.replace(/\s+/g, '')));
    expect(missing, `${claim.href} printed without these sources’ addresses`).toEqual([]);
    // The sources list (every source that backs a claim's statement) prints them all too.
    const index = await printed('/sources/');
    const listed = [...new Set(claims.flatMap((c) => c.sources.map((s) => url(s.id))))];
    expect(listed.filter((u) => !index.includes(u.replace(/\s+/g, '')))).toEqual([]);
  }, 60_000);
});
