// `npm run pdf`: print a pamphlet from the built site through Chromium (playwright-core,
// page.pdf()): A5, tagged, with bookmarks, fonts embedded, contents with real page numbers and
// (full edition) a running head per claim. Two editions: the full one (/pamphlet/, every note
// and appendix) and the hand-out (/pamphlet/handout/, ≤ 20 A5 pages, no notes).
// The deploy build (astro build) makes all six PDFs with the other formats (scripts/formats.mjs,
// which calls makePdf with one Chromium for all); this command prints one on its own.
//
//   npm run pdf                      dist/explainer-a5.pdf (the full edition, A5)
//   npm run pdf -- --a4              dist/explainer-a4.pdf (same layout on A4, larger type)
//   npm run pdf -- --booklet         also dist/explainer-booklet-a4.pdf: A5 pages imposed two per
//                                    A4 sheet in saddle-stitch order (print double-sided, fold, staple)
//   npm run pdf -- --handout         the hand-out edition instead: dist/explainer-handout-a5.pdf
//                                    (with --a4: explainer-handout-a4.pdf; --booklet: explainer-handout-booklet-a4.pdf)
//   --dist <dir> (or DIST_DIR)       the built site to print (default dist/)
//   --out <file>                     where to write the PDF
//
// Why two passes: Chromium paginates natively (@page sizes, margin boxes, named
// pages) but has no target-counter(), so nothing in the page can know on which
// page a claim starts. Pass 1 prints; the PDF's own outline (one bookmark per
// heading, with its page) says where each part begins; those numbers are written
// into the contents' empty .toc-page spans and the page is printed again. The
// spans' width is reserved, so pass 2 paginates identically; the script checks
// that and would print a third time if it did not.
//
// Why chunks: Chromium's print of one document costs more than linearly in its length (the
// 10x pamphlet, 625 pages: 26 CPU s; 30x did not finish in 17 minutes). So the pamphlet's parts
// are printed a few at a time (CHUNK_CHARS), the others taken out of the page, each chunk's
// page numbers carried on from the chunks before it, and the PDFs joined into one with its tag
// tree, links and bookmarks (scripts/lib/pdf-join.mjs). On the second pass only the chunk
// holding the contents is printed again.
//
// The typefaces (Source Serif 4, Inter, from @fontsource) are handed to the page
// as FontFace data here, not linked from the web page: readers of /pamphlet/ on
// screen download no font, and every PDF uses the same metrics wherever it is made.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { FONTS } from './lib/fonts.mjs'; // one list for the PDF, the EPUB and the offline copy
import { FORMATS } from '../src/lib/formats.mjs';
import { joinPdfs, joinedPages, planChunks } from './lib/pdf-join.mjs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MM = 72 / 25.4;
/**
 * The most text (characters of the parts' textContent) printed in one page.pdf() call. Chromium's
 * print costs more than linearly in the document's length, so larger content is printed in
 * chunks of about this size and joined (./lib/pdf-join.mjs). The 1x pamphlet is two chunks, so
 * the tests read a joined file. PDF_CHUNK_CHARS sets another size (to measure, or to test the join).
 */
export const CHUNK_CHARS = Number(process.env.PDF_CHUNK_CHARS ?? 100_000);

/**
 * Paper: the PDFs' page size and margins, set over print.css's @page pamphlet and cover rules (which
 * a browser printing /pamphlet/ uses: A5, 16 mm). A5's are narrower than print.css's: the full edition
 * holds every note and appendix in at most 40 A5 pages, and 11 mm at the sides still leaves room to
 * staple at the spine or fold a booklet; A4 has its own, with larger type.
 */
export const PAPER = {
  a5: { name: 'A5', margin: '11mm 11mm 12mm' },
  a4: { name: 'A4', margin: '20mm 24mm 22mm' },
};

/** The file names the formats list gives each PDF (src/lib/formats.mjs): one place for them. */
const fileOf = (id) => {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`src/lib/formats.mjs has no format “${id}”`);
  return format.file;
};
/**
 * The editions: the page each is printed from and its formats' ids (src/lib/formats.mjs).
 * The full edition is the whole argument with every note and appendix; the hand-out, a few pages to give away.
 */
export const EDITIONS = {
  full: { path: '/pamphlet/', ids: { a5: 'pdf-a5', a4: 'pdf-a4', booklet: 'booklet' } },
  handout: { path: '/pamphlet/handout/', ids: { a5: 'handout-a5', a4: 'handout-a4', booklet: 'handout-booklet' } },
};
/** Each edition's PDF files: { a5, a4, booklet }. */
export const PDF_FILES_OF = (edition) => {
  const ids = EDITIONS[edition]?.ids;
  if (!ids) throw new Error(`unknown edition “${edition}” (full or handout)`);
  return { a5: fileOf(ids.a5), a4: fileOf(ids.a4), booklet: fileOf(ids.booklet) };
};
export const PDF_FILES = PDF_FILES_OF('full');

export function findChromium({ chromePath = process.env.CHROME_PATH, candidates = CHROMIUM_CANDIDATES } = {}) {
  const found = [chromePath, ...candidates].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: `sudo apt-get install -y chromium`, or set CHROME_PATH.');
  return found;
}

/** Chromium as the PDFs need it (one launch can print several, see makePdf's `browser`). */
export const launchChromium = (executablePath = findChromium()) => chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** The outline (bookmarks) of a loaded PDF in document order: [{ dict, title, page (1-based), depth }]. */
export function outlineItems(doc) {
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const items = [];
  const walk = (item, depth) => {
    while (item instanceof PDFDict) {
      const title = item.lookup(PDFName.of('Title'))?.decodeText?.() ?? '';
      const dest = item.lookup(PDFName.of('Dest'));
      const ref = dest instanceof PDFArray ? dest.get(0)?.toString() : undefined;
      items.push({ dict: item, title, page: ref ? pageRefs.indexOf(ref) + 1 : 0, depth });
      walk(item.lookup(PDFName.of('First')), depth + 1);
      item = item.lookup(PDFName.of('Next'));
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')), 0);
  return items;
}

/**
 * Chromium makes one bookmark per heading, in document order, but writes its
 * title from the laid-out text: a line break loses its space ("The Pocket Parkarticle")
 * and a heading laid out twice (moved to the next page, or re-laid out once the
 * fonts arrive) is written twice ("IntroductionIntroduction"). So bookmarks are
 * matched to the page's headings by position, checked loosely by text, and
 * retitled from the page. Returns the page of each heading.
 */
export function matchHeadings(items, headings) {
  const squash = (s) => s.replace(/[\s\d¶]+/g, '');
  const problems = [];
  if (items.length !== headings.length) problems.push(`${items.length} bookmarks for ${headings.length} headings`);
  headings.forEach((h, i) => {
    const title = squash(items[i]?.title ?? '');
    if (!title.startsWith(squash(h.text))) problems.push(`bookmark ${i + 1} “${items[i]?.title}” is not heading “${h.text}”`);
  });
  if (problems.length) throw new Error(`the PDF's bookmarks do not follow the page's headings: ${problems.slice(0, 5).join('; ')}`);
  return items.map((item) => item.page);
}

/**
 * Saddle-stitch imposition: pages of `pdfBytes` two per landscape sheet side, in folding order.
 * With `backCover`, the last page is the back cover: the blank pages that make the count a
 * multiple of 4 go before it, so it lands on the outside of the last sheet (not inside, blank
 * outside, as padding at the end would leave it).
 */
export async function imposeBooklet(pdfBytes, lang, { backCover = false } = {}) {
  const src = await PDFDocument.load(pdfBytes);
  const out = await PDFDocument.create();
  const n = src.getPageCount();
  const total = Math.ceil(n / 4) * 4;
  const { width, height } = src.getPage(0).getSize();
  const embedded = await out.embedPages(src.getPages());
  // Booklet position → source page (undefined: blank).
  const sourceOf = (index) => (backCover && index === total - 1 ? n - 1 : backCover && index >= n - 1 ? undefined : index < n ? index : undefined);
  const place = (sheet, index, x) => {
    const from = sourceOf(index);
    if (from !== undefined) sheet.drawPage(embedded[from], { x, y: 0, width, height });
  };
  for (let s = 0; s < total / 4; s++) {
    const front = out.addPage([width * 2, height]);
    place(front, total - 1 - 2 * s, 0);
    place(front, 2 * s, width);
    const back = out.addPage([width * 2, height]);
    place(back, 2 * s + 1, 0);
    place(back, total - 2 - 2 * s, width);
  }
  out.setTitle(`${src.getTitle() ?? 'Pamphlet'} (booklet)`);
  if (lang) out.setLanguage(lang);
  return out.save();
}

/**
 * @typedef {object} PdfOptions
 * @property {string} [dist] the built site (default DIST_DIR or dist)
 * @property {'full' | 'handout'} [edition] which pamphlet (default full: /pamphlet/; handout: /pamphlet/handout/)
 * @property {string} [out] the PDF to write (default <dist>/explainer-a5.pdf, or explainer-a4.pdf; the hand-out's: explainer-handout-…)
 * @property {'a5' | 'a4'} [paper]
 * @property {boolean} [booklet] also write the booklet, imposed for saddle-stitch folding
 * @property {string} [bookletOut] where (default <dist>/explainer-booklet-a4.pdf, or <out>-booklet.pdf beside a given out)
 * @property {string} [executablePath] Chromium
 * @property {import('playwright-core').Browser} [browser] a running Chromium to print with (it stays open); default: launch one
 * @property {string} [base] the URL the built site is served at (with `browser`); default: serve dist on a free port
 * @property {(line: string) => void} [log]
 *
 * @typedef {object} PdfResult
 * @property {string} out
 * @property {number} bytes
 * @property {number} pages
 * @property {number} passes prints it took for the contents to settle
 * @property {number} chunks page.pdf() calls per pass: the parts printed apart and joined (CHUNK_CHARS)
 * @property {number} seconds
 * @property {'full' | 'handout'} edition
 * @property {number} blanks blank pages added before the back cover, so it is an even page (the outside of the last sheet)
 * @property {{ id: string, title: string, page: number }[]} contents where each part of the contents begins
 * @property {{ paper: string, width: number, height: number, margin: { top: number, right: number, bottom: number, left: number } }} geometry
 *   page size and margins in PostScript points, for tests that read the text area or the margins
 * @property {string} [booklet]
 * @property {number} [bookletPages]
 */

/**
 * Print the pamphlet.
 * @param {PdfOptions} [options]
 * @returns {Promise<PdfResult>}
 */
export async function makePdf({
  dist = process.env.DIST_DIR ?? 'dist',
  edition = 'full',
  out,
  paper = 'a5',
  booklet = false,
  bookletOut,
  executablePath,
  browser,
  base,
  log = () => {},
} = {}) {
  const started = performance.now();
  // Seconds of each step, for the log line (the scale bench reads where the time goes).
  const phases = [];
  let lap = started;
  const phase = (name) => {
    const now = performance.now();
    phases.push(`${name} ${((now - lap) / 1000).toFixed(1)}`);
    lap = now;
  };
  const setup = PAPER[paper];
  if (!setup) throw new Error(`unknown paper “${paper}” (a5 or a4)`);
  const files = PDF_FILES_OF(edition);
  const { path } = EDITIONS[edition];
  bookletOut ??= out ? out.replace(/\.pdf$/, '-booklet.pdf') : join(dist, files.booklet);
  out ??= join(dist, files[paper]);
  if (!existsSync(join(dist, ...path.split('/').filter(Boolean), 'index.html'))) {
    throw new Error(`${dist}${path}index.html is missing: build the site first (npm run build).`);
  }

  // Our own server and browser unless the caller shares theirs (closed here only if ours).
  const server = base ? undefined : await startServer({ root: dist });
  const ownBrowser = browser ? undefined : await launchChromium(executablePath ?? findChromium());
  const chromiumInUse = /** @type {import('playwright-core').Browser} */ (browser ?? ownBrowser);
  const page = await chromiumInUse.newPage();
  try {
    // Print media before the page loads: its first layout is then the one the print needs.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(`${base ?? server?.url}${path}`, { waitUntil: 'load' });

    phase('load');
    // What the PDF's metadata takes from the page, read now: the page is closed before the join (below).
    // (textContent, not innerText, which would lay out the whole document first: seconds at 30x.)
    // Title and author from the page (data-pdf-title, data-pdf-author: the explainer's maker, never the article's publisher).
    const { name, title, author, backCover } = await page.evaluate(() => {
      const article = document.querySelector('article.pamphlet');
      const squash = (s) => s?.replace(/\s+/g, ' ').trim() ?? '';
      return {
        name: squash(document.querySelector('h1')?.textContent),
        title: squash(article?.dataset.pdfTitle),
        author: squash(article?.dataset.pdfAuthor),
        backCover: !!article?.querySelector(':scope > [data-back-cover]'),
      };
    });
    if (!name) throw new Error('the pamphlet has no <h1> to title the PDF');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    const lang = (await page.locator('html').getAttribute('lang')) ?? '';
    // Keywords and language from the page, which has them from the explainer's content (explainer.yaml; keywords
    // are optional: a page without them has no such meta, and waiting for one would time out).
    const keywords = await page.evaluate(() => document.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? '');
    // Fonts, as data (no request, nothing for the page's CSP to refuse).
    const fonts = FONTS.map((f) => ({ ...f, data: readFileSync(f.file).toString('base64') }));
    await page.evaluate(async (fonts) => {
      for (const f of fonts) {
        const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
        const face = new FontFace(f.family, bytes, { weight: f.weight, style: f.style, unicodeRange: f.unicodeRange });
        document.fonts.add(await face.load());
      }
      await document.fonts.ready;
    }, fonts);

    // Links as a reader of the PDF needs them. The site's own links are root-relative (/actors/<id>/),
    // which the PDF would write against the local server that printed it: they become the public
    // address (the page's canonical link). And a link to something that does not print (the marks link
    // the notes under each paragraph, hidden in the pamphlet) goes to what stands for it on paper
    // (data-print-for: the endnotes), or stops being a link, so no link in the PDF leads nowhere.
    await page.evaluate(() => {
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (!canonical) throw new Error('the pamphlet has no <link rel="canonical"> to make its links absolute');
      const origin = new URL(canonical).origin;
      for (const a of document.querySelectorAll('a[href^="/"]:not([href^="//"])')) a.href = origin + a.getAttribute('href');
      const standIn = new Map([...document.querySelectorAll('[data-print-for]')].map((el) => [el.dataset.printFor, el.id]));
      // A mark is a button on screen (it opens its note in place): on paper, a link to what its note is there.
      for (const b of document.querySelectorAll('article.pamphlet button.cite[popovertarget]')) {
        const a = document.createElement('a');
        for (const { name, value } of b.attributes) if (!['type', 'popovertarget', 'popovertargetaction'].includes(name)) a.setAttribute(name, value);
        a.setAttribute('href', `#${b.getAttribute('popovertarget')}`);
        b.replaceWith(a);
      }
      for (const a of document.querySelectorAll('article.pamphlet a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute('href').slice(1));
        const target = document.getElementById(id);
        if (!target || target.checkVisibility()) continue;
        if (standIn.has(id)) a.setAttribute('href', `#${standIn.get(id)}`);
        else a.removeAttribute('href');
      }
      // What does not print goes (the notes under each paragraph, the preview cards): a tagged print walks
      // hidden nodes too, and they are a third of the full pamphlet's.
      for (const el of [...document.querySelectorAll('article.pamphlet *')]) if (el.isConnected && getComputedStyle(el).display === 'none') el.remove();
    });

    // Page setup (print.css), the A4 override, and a named page per part for its running head.
    const { geometry, entries, headings, parts } = await page.evaluate(
      ({ paper, setup }) => {
        const pageRules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r instanceof CSSPageRule);
        const rule = (name) => {
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
        const quote = (s) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;
        // Parts one after the other under the same running head share their named page, so the
        // later one carries on down the page (e.g. two short appendices): only a change of page name forces a new page.
        let css = '';
        let last;
        let n = 0;
        document.querySelectorAll('[data-running-head]').forEach((el) => {
          const text = el.dataset.runningHead;
          const continues = text === last && el.previousElementSibling?.dataset.runningHead === text;
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

        const mm = (v) => {
          const m = /^([\d.]+)mm$/.exec(v.trim());
          if (!m) throw new Error(`@page pamphlet margin “${v}” is not in mm`);
          return Number(m[1]);
        };
        const s = base.style;
        const geometry = {
          margin: { top: mm(s.marginTop), right: mm(s.marginRight), bottom: mm(s.marginBottom), left: mm(s.marginLeft) },
        };
        // Every heading that prints, in order: Chromium makes one bookmark for each.
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
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
        const entries = [...document.querySelectorAll('.toc-page[data-toc-for]')].map((span) => {
          const id = span.dataset.tocFor;
          const h2 = document.getElementById(id)?.querySelector('h2');
          const heading = headings.findIndex((h) => h.el === h2);
          if (heading < 0) throw new Error(`contents entry #${id} has no <h2>`);
          return { id, heading };
        });
        // The parts, each a block that may be printed apart from the others (see CHUNK_CHARS);
        // which chunk holds each heading and each contents number.
        const article = document.querySelector('article.pamphlet');
        if (!article) throw new Error('the pamphlet has no <article class="pamphlet">');
        const blocks = [...article.children];
        const parts = blocks.map((el, i) => ({
          weight: el.textContent.length,
          startsPage: i === 0 || getComputedStyle(el).breakBefore === 'page',
        }));
        const partOf = (el) => blocks.findIndex((b) => b.contains(el));
        return {
          geometry,
          entries: entries.map((e) => ({ ...e, part: partOf(document.querySelector(`.toc-page[data-toc-for="${e.id}"]`)) })),
          headings: headings.map(({ el, text, bookmark, level }) => ({ text, bookmark, level, part: partOf(el), back: !!el.closest('[data-back-cover]') })),
          parts,
        };
      },
      { paper, setup },
    );
    phase('fonts+setup');
    const chunks = planChunks(parts, CHUNK_CHARS);
    const chunkOf = (part) => chunks.findIndex((c) => c.includes(part));
    const headingsOf = chunks.map((_, k) => headings.filter((h) => chunkOf(h.part) === k));
    const tocChunks = new Set(entries.map((e) => chunkOf(e.part)));
    if (headings.some((h) => h.part < 0)) throw new Error('a heading of the pamphlet is outside its <article>');
    // A chunk prints alone: the other parts are taken out of the document (not display: none:
    // a tagged print walks hidden nodes too, and a tenth of the 10x pamphlet with the rest
    // hidden took 4–6 s to print against 0.6 s with the rest removed), and one sheet makes the
    // chunk's first page carry on the page numbers of the chunks before it. Chromium writes a
    // link only if its target is in the document, so the targets of the parts taken out stay as
    // empty, undisplayed stand-ins: the link is written with its /Dest name, which the chunk
    // holding the target defines (the join merges the chunks' /Dests). What a stand-in costs:
    // a few thousand empty elements at 30x, against the whole document when hidden.
    await page.evaluate(() => {
      window.__pdfBlocks = [...document.querySelector('article.pamphlet').children];
      const targets = new Set([...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href').slice(1))));
      window.__pdfTargets = window.__pdfBlocks.map((b) => [b, ...b.querySelectorAll('[id]')].map((el) => el.id).filter((id) => id && targets.has(id)));
      window.__pdfChunkSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, window.__pdfChunkSheet];
    });
    const showChunk = (k, offset) =>
      page.evaluate(
        ({ parts, first }) => {
          const article = document.querySelector('article.pamphlet');
          window.__pdfChunkSheet.replaceSync(first > 1 ? `@page :first { counter-increment: page ${first}; }` : '');
          if (!parts) return void article.replaceChildren(...window.__pdfBlocks);
          const stubs = document.createElement('div');
          stubs.style.display = 'none';
          window.__pdfTargets.forEach((ids, i) => {
            // A target printed elsewhere: a stand-in, so links to it are written. A target printed
            // here: a link to it, so the chunk defines its destination (Chromium defines only the
            // destinations some link in the document points to).
            if (parts.includes(i)) for (const id of ids) stubs.appendChild(document.createElement('a')).href = `#${encodeURIComponent(id)}`;
            else for (const id of ids) stubs.appendChild(document.createElement('span')).id = id;
          });
          article.replaceChildren(...parts.map((i) => window.__pdfBlocks[i]), stubs);
        },
        { parts: chunks.length === 1 ? null : chunks[k], first: offset + 1 },
      );
    // Chromium's renderer kept what each chunk's print had built until a garbage collection it rarely ran:
    // printing the 30x pamphlet it grew from 0.6 to 1.75 GB (2.4 GB for the whole tree). Collecting before each
    // chunk keeps the tree at ~1.2 GB, for ~0.25 s a chunk at 30x.
    const cdp = await page.context().newCDPSession(page);
    const printChunk = async (k, offset) => {
      await showChunk(k, offset);
      await cdp.send('HeapProfiler.collectGarbage');
      const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      return { doc, count: doc.getPageCount(), pages: matchHeadings(outlineItems(doc), headingsOf[k]) };
    };

    // Print until the contents' page numbers are where the parts really begin. A chunk is
    // printed again only if what it shows changed: its first page number, or the contents in it.
    /** @type {{ key: string, doc: PDFDocument, count: number, pages: number[] }[]} */
    const printed = [];
    let pages = [];
    let numbers = '';
    /** The page the back cover begins on, when a blank page must go before it (0: none). */
    let pad = 0;
    let passes = 0;
    for (;;) {
      passes++;
      let offset = 0;
      const passStarted = performance.now();
      let reprinted = 0;
      for (let k = 0; k < chunks.length; k++) {
        const key = `${offset} ${tocChunks.has(k) ? numbers : ''}`;
        if (printed[k]?.key !== key) {
          printed[k] = { key, ...(await printChunk(k, offset)) };
          reprinted++;
        }
        offset += printed[k].count;
      }
      log(`pdf: pass ${passes}: ${reprinted} of ${chunks.length} chunks printed, ${offset} pages, ${((performance.now() - passStarted) / 1000).toFixed(1)} s`);
      // With a back cover on an odd page, a blank page will go before it (below, after the join): the
      // pages from the back cover on are counted one later already, so the contents say where they will be.
      const printedPages = joinedPages(printed.map((p) => p.pages), printed.map((p) => p.count));
      const backPage = printedPages[headings.findIndex((h) => h.back)];
      pad = backCover && backPage !== undefined && offset % 2 === 1 ? backPage : 0;
      const found = printedPages.map((p) => (pad && p >= pad ? p + 1 : p));
      const settled = found.length === pages.length && found.every((p, i) => p === pages[i]);
      pages = found;
      if (settled) break;
      if (passes >= 4) throw new Error('the contents did not settle after 4 passes');
      const fill = entries.map((e) => ({ id: e.id, page: pages[e.heading] }));
      numbers = JSON.stringify(fill);
      // The parts are found through the list, not the document: a chunk's parts are not in it.
      await page.evaluate((numbers) => {
        const spans = new Map(window.__pdfBlocks.flatMap((b) => [...b.querySelectorAll('.toc-page[data-toc-for]')]).map((s) => [s.dataset.tocFor, s]));
        numbers.forEach(({ id, page }) => (spans.get(id).textContent = String(page)));
      }, fill);
    }
    // Printing is done: the page goes before the join, so Chromium's renderer and pdf-lib's join and save
    // (0.7 GB for the 30x pamphlet) are never held at once.
    await page.close();
    phase('print');
    // One PDF: the chunks' pages, tag trees, destinations and bookmarks (./lib/pdf-join.mjs).
    const doc = joinPdfs(printed.map((p) => p.doc), outlineItems, headings.map((h) => h.level));
    phase('join');
    printed.length = 0; // the other chunks' documents, copied into doc: free them before the save
    const contents = entries.map((e) => ({ id: e.id, title: headings[e.heading].text, page: pages[e.heading] }));

    // Bookmarks titled as the headings read ("¶8 Fawning European leaders").
    outlineItems(doc).forEach((item, i) => item.dict.set(PDFName.of('Title'), PDFHexString.fromText(headings[i].bookmark)));

    // The back cover is the outside of the last sheet: an even page (printed double-sided, A5 or
    // two to an A4 sheet). A blank page before it when the count is odd; the booklet pads to 4 the same way.
    let blanks = 0;
    if (pad) {
      const { width, height } = doc.getPage(0).getSize();
      doc.insertPage(pad - 1, [width, height]).pushOperators(); // an empty content stream: a blank page others can embed
      blanks = 1;
    }

    // Document metadata a reader's PDF viewer shows; open with the bookmarks panel. The author is
    // the explainer's maker (explainer.yaml `maker.name`), never the article's publisher.
    doc.setTitle(title || name, { showInWindowTitleBar: true });
    doc.setSubject(description);
    doc.setAuthor(author || name);
    doc.setKeywords(keywords.split(',').map((k) => k.trim()).filter(Boolean));
    doc.setCreator(`${path} printed by Chromium`);
    doc.setProducer('scripts/pdf.mjs (playwright-core, pdf-lib)');
    doc.setLanguage(lang);
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
    const bytes = await doc.save();
    phase('save');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);

    const { width, height } = doc.getPage(0).getSize();
    /** @type {PdfResult} */
    const result = {
      out,
      bytes: bytes.length,
      pages: doc.getPageCount(),
      passes,
      chunks: chunks.length,
      edition,
      blanks,
      contents,
      geometry: {
        paper: setup.name,
        width,
        height,
        margin: {
          top: geometry.margin.top * MM,
          right: geometry.margin.right * MM,
          bottom: geometry.margin.bottom * MM,
          left: geometry.margin.left * MM,
        },
      },
      seconds: 0,
    };
    if (booklet) {
      writeFileSync(bookletOut, await imposeBooklet(bytes, lang, { backCover }));
      phase('booklet');
      result.booklet = bookletOut;
      result.bookletPages = Math.ceil(result.pages / 4) * 2; // sheet sides, two A5 pages on each
    }
    result.seconds = (performance.now() - started) / 1000;
    log(
      `pdf: ${out}: ${result.pages} pages ${setup.name}, ${(result.bytes / 1024).toFixed(0)} KB, ` +
        `${passes} passes, ${chunks.length} chunks, ${result.seconds.toFixed(1)} s (${phases.join(', ')})` + (result.booklet ? `; booklet: ${result.booklet}` : ''),
    );
    return result;
  } finally {
    await page.close();
    await ownBrowser?.close();
    await server?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    await makePdf({
      dist: value('--dist') ?? process.env.DIST_DIR ?? 'dist',
      edition: args.includes('--handout') ? 'handout' : 'full',
      out: value('--out'),
      paper: args.includes('--a4') ? 'a4' : 'a5',
      booklet: args.includes('--booklet'),
      log: console.log,
    });
  } catch (err) {
    console.error(`pdf: ${err.message}`);
    process.exit(1);
  }
}
