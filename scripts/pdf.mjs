// `npm run pdf`: print /pamphlet/ from the built site into dist/explainer-a5.pdf
// through Chromium (playwright-core, page.pdf()): A5, tagged, with bookmarks,
// fonts embedded, contents with real page numbers and a running head per claim.
// The deploy build makes all three PDFs with the other formats (scripts/formats.mjs,
// which calls makePdf with one Chromium for all); this command prints one on its own.
//
//   npm run pdf                      dist/explainer-a5.pdf (A5)
//   npm run pdf -- --a4              dist/explainer-a4.pdf (same layout on A4, larger type)
//   npm run pdf -- --booklet         also dist/explainer-booklet-a4.pdf: A5 pages imposed two per
//                                    A4 sheet in saddle-stitch order (print double-sided, fold, staple)
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

/** Paper: A5 is print.css's own @page setup; A4 overrides its size and margins. */
export const PAPER = {
  a5: { name: 'A5' },
  a4: { name: 'A4', margin: '20mm 24mm 22mm' },
};

/** The file names the formats list gives each PDF (src/lib/formats.mjs): one place for them. */
const fileOf = (id) => {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`src/lib/formats.mjs has no format “${id}”`);
  return format.file;
};
export const PDF_FILES = { a5: fileOf('pdf-a5'), a4: fileOf('pdf-a4'), booklet: fileOf('booklet') };

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

/** Saddle-stitch imposition: pages of `pdfBytes` two per landscape sheet side, in folding order. */
export async function imposeBooklet(pdfBytes, lang) {
  const src = await PDFDocument.load(pdfBytes);
  const out = await PDFDocument.create();
  const n = src.getPageCount();
  const total = Math.ceil(n / 4) * 4;
  const { width, height } = src.getPage(0).getSize();
  const embedded = await out.embedPages(src.getPages());
  const place = (sheet, index, x) => {
    if (index < n) sheet.drawPage(embedded[index], { x, y: 0, width, height });
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
 * @property {string} [out] the PDF to write (default <dist>/explainer-a5.pdf, or explainer-a4.pdf)
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
  bookletOut ??= out ? out.replace(/\.pdf$/, '-booklet.pdf') : join(dist, PDF_FILES.booklet);
  out ??= join(dist, PDF_FILES[paper]);
  if (!existsSync(join(dist, 'pamphlet', 'index.html'))) {
    throw new Error(`${dist}/pamphlet/index.html is missing: build the site first (npm run build).`);
  }

  // Our own server and browser unless the caller shares theirs (closed here only if ours).
  const server = base ? undefined : await startServer({ root: dist });
  const ownBrowser = browser ? undefined : await launchChromium(executablePath ?? findChromium());
  const chromiumInUse = /** @type {import('playwright-core').Browser} */ (browser ?? ownBrowser);
  const page = await chromiumInUse.newPage();
  try {
    // Print media before the page loads: its first layout is then the one the print needs.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(`${base ?? server?.url}/pamphlet/`, { waitUntil: 'load' });

    phase('load');
    // What the PDF's metadata takes from the page, read now: the page is closed before the join (below).
    // (textContent, not innerText, which would lay out the whole document first: seconds at 30x.)
    const name = await page.evaluate(() => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    if (!name) throw new Error('the pamphlet has no <h1> to title the PDF');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    const lang = (await page.locator('html').getAttribute('lang')) ?? '';
    // Keywords and language from the page, which has them from the explainer's content (explainer.yaml).
    const keywords = (await page.locator('meta[name="keywords"]').getAttribute('content')) ?? '';
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

    // Page setup (print.css), the A4 override, and a named page per part for its running head.
    const { geometry, entries, headings, parts } = await page.evaluate(
      ({ paper, setup }) => {
        const pageRules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r instanceof CSSPageRule);
        const rule = (name) => {
          const found = pageRules.find((r) => r.selectorText === name);
          if (!found) throw new Error(`print.css has no @page ${name} rule`);
          return found;
        };
        if (paper !== 'a5') {
          document.documentElement.classList.add(`paper-${paper}`);
          for (const name of ['pamphlet', 'cover']) {
            rule(name).style.setProperty('size', setup.name);
            rule(name).style.setProperty('margin', setup.margin);
          }
        }
        const base = rule('pamphlet');
        const quote = (s) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;
        let css = '';
        document.querySelectorAll('[data-running-head]').forEach((el, i) => {
          const name = `part-${i + 1}`;
          css += base.cssText.replace(/^@page pamphlet/, `@page ${name}`) + '\n';
          css += `@page ${name} { @top-center { content: ${quote(el.dataset.runningHead)}; } }\n`;
          el.style.page = name;
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
          headings: headings.map(({ el, text, bookmark, level }) => ({ text, bookmark, level, part: partOf(el) })),
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
      const found = joinedPages(printed.map((p) => p.pages), printed.map((p) => p.count));
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

    // Document metadata a reader's PDF viewer shows; open with the bookmarks panel.
    doc.setTitle(`${name}: the whole argument in one document`, { showInWindowTitleBar: true });
    doc.setSubject(description);
    doc.setAuthor(name);
    doc.setKeywords(keywords.split(',').map((k) => k.trim()).filter(Boolean));
    doc.setCreator('/pamphlet/ printed by Chromium');
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
      writeFileSync(bookletOut, await imposeBooklet(bytes, lang));
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
