// Printing the pamphlet in chunks until its contents' page numbers hold. Chromium's print of one document costs
// more than linearly in its length (the 10x pamphlet, 625 pages: 26 CPU s; 30x did not finish in 17 minutes), so
// the pamphlet's parts are printed a few at a time (CHUNK_CHARS), the others taken out of the page, each chunk's
// page numbers carried on from the chunks before it; ./join.ts makes one PDF of them.
//
// Why passes: Chromium paginates natively (@page sizes, margin boxes, named pages) but has no target-counter(),
// so nothing in the page can know on which page a claim starts. Pass 1 prints; the PDF's own outline (one
// bookmark per heading, with its page) says where each part begins; those numbers are written into the
// contents' empty .toc-page spans and the page is printed again. The spans' width is reserved, so pass 2
// paginates identically; that is checked, and a third pass printed if it did not. On the second pass only the
// chunk holding the contents is printed again.
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { joinedPages, planChunks } from './join.ts';
import { matchHeadings, outlineItems } from './outline.ts';
import type { Layout } from './page.ts';

/**
 * The most text (characters of the parts' textContent) printed in one page.pdf() call. Larger content is printed
 * in chunks of about this size and joined. The 1x pamphlet is two chunks, so the tests read a joined file.
 * PDF_CHUNK_CHARS sets another size (to measure, or to test the join).
 */
export const CHUNK_CHARS = Number(process.env.PDF_CHUNK_CHARS ?? 100_000);

declare global {
  interface Window {
    __pdfBlocks: Element[];
    __pdfTargets: string[][];
    __pdfChunkSheet: CSSStyleSheet;
  }
}

export interface Printed {
  /** What the chunk showed when printed: its first page number and, if it holds the contents, their numbers. */
  key: string;
  doc: PDFDocument;
  count: number;
  /** The page (in the chunk) of each of its headings. */
  pages: number[];
}

/**
 * A chunk prints alone: the other parts are taken out of the document (not display: none: a tagged print walks
 * hidden nodes too, and a tenth of the 10x pamphlet with the rest hidden took 4–6 s to print against 0.6 s with
 * the rest removed), and one sheet makes the chunk's first page carry on the page numbers of the chunks before
 * it. Chromium writes a link only if its target is in the document, so the targets of the parts taken out stay as
 * empty, undisplayed stand-ins: the link is written with its /Dest name, which the chunk holding the target
 * defines (the join merges the chunks' /Dests). What a stand-in costs: a few thousand empty elements at 30x,
 * against the whole document when hidden.
 */
async function keepBlocks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__pdfBlocks = [...(document.querySelector('article.pamphlet')?.children ?? [])];
    const targets = new Set([...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent((a.getAttribute('href') ?? '#').slice(1))));
    window.__pdfTargets = window.__pdfBlocks.map((b) => [b, ...b.querySelectorAll('[id]')].map((el) => el.id).filter((id) => id && targets.has(id)));
    window.__pdfChunkSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, window.__pdfChunkSheet];
  });
}

/** Show only the parts of one chunk (all of them when `parts` is null), its first page numbered `first`. */
async function showChunk(page: Page, parts: number[] | null, first: number): Promise<void> {
  await page.evaluate(
    ({ parts, first }) => {
      const article = document.querySelector('article.pamphlet');
      if (!article) throw new Error('the pamphlet has no <article class="pamphlet">');
      window.__pdfChunkSheet.replaceSync(first > 1 ? `@page :first { counter-increment: page ${first}; }` : '');
      if (!parts) return void article.replaceChildren(...window.__pdfBlocks);
      const stubs = document.createElement('div');
      stubs.style.display = 'none';
      window.__pdfTargets.forEach((ids, i) => {
        // A target printed elsewhere: a stand-in, so links to it are written. A target printed here: a link to
        // it, so the chunk defines its destination (Chromium defines only the destinations some link points to).
        if (parts.includes(i)) for (const id of ids) stubs.appendChild(document.createElement('a')).href = `#${encodeURIComponent(id)}`;
        else for (const id of ids) stubs.appendChild(document.createElement('span')).id = id;
      });
      article.replaceChildren(...parts.map((i) => window.__pdfBlocks[i] as Element), stubs);
    },
    { parts, first },
  );
}

/** The contents' page numbers, written into their spans (found through the list: a chunk's parts are not in the document). */
async function fillContents(page: Page, fill: { id: string; page: number | undefined }[]): Promise<void> {
  await page.evaluate((numbers) => {
    const spans = new Map(window.__pdfBlocks.flatMap((b) => [...b.querySelectorAll<HTMLElement>('.toc-page[data-toc-for]')]).map((s) => [s.dataset.tocFor, s]));
    numbers.forEach(({ id, page }) => {
      const span = spans.get(id);
      if (span) span.textContent = String(page);
    });
  }, fill);
}

export interface PrintResult {
  printed: Printed[];
  /** The page of each heading in the joined PDF, a blank page before the back cover counted. */
  pages: number[];
  /** The page the back cover begins on, when a blank page must go before it (0: none). */
  pad: number;
  passes: number;
  chunks: number;
}

/**
 * Print until the contents' page numbers are where the parts really begin. A chunk is printed again only if what
 * it shows changed: its first page number, or the contents in it.
 */
export async function printSettled(page: Page, layout: Layout, log: (line: string) => void): Promise<PrintResult> {
  const { headings, entries, parts, backCover } = layout;
  const chunks = planChunks(parts, CHUNK_CHARS);
  const chunkOf = (part: number) => chunks.findIndex((c) => c.includes(part));
  const headingsOf = chunks.map((_, k) => headings.filter((h) => chunkOf(h.part) === k));
  const tocChunks = new Set(entries.map((e) => chunkOf(e.part)));
  if (headings.some((h) => h.part < 0)) throw new Error('a heading of the pamphlet is outside its <article>');
  await keepBlocks(page);
  // Chromium's renderer kept what each chunk's print had built until a garbage collection it rarely ran:
  // printing the 30x pamphlet it grew from 0.6 to 1.75 GB (2.4 GB for the whole tree). Collecting before each
  // chunk keeps the tree at ~1.2 GB, for ~0.25 s a chunk at 30x.
  const cdp = await page.context().newCDPSession(page);
  const printChunk = async (k: number, offset: number) => {
    await showChunk(page, chunks.length === 1 ? null : (chunks[k] ?? []), offset + 1);
    await cdp.send('HeapProfiler.collectGarbage');
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return { doc, count: doc.getPageCount(), pages: matchHeadings(outlineItems(doc), headingsOf[k] ?? []) };
  };

  const printed: Printed[] = [];
  let pages: number[] = [];
  let numbers = '';
  let pad = 0;
  for (let passes = 1; ; passes++) {
    let offset = 0;
    const passStarted = performance.now();
    let reprinted = 0;
    for (let k = 0; k < chunks.length; k++) {
      const key = `${offset} ${tocChunks.has(k) ? numbers : ''}`;
      if (printed[k]?.key !== key) {
        printed[k] = { key, ...(await printChunk(k, offset)) };
        reprinted++;
      }
      offset += printed[k]?.count ?? 0;
    }
    log(`pdf: pass ${passes}: ${reprinted} of ${chunks.length} chunks printed, ${offset} pages, ${((performance.now() - passStarted) / 1000).toFixed(1)} s`);
    // With a back cover on an odd page, a blank page will go before it (after the join): the pages from the back
    // cover on are counted one later already, so the contents say where they will be.
    const printedPages = joinedPages(
      printed.map((p) => p.pages),
      printed.map((p) => p.count),
    );
    const backPage = printedPages[headings.findIndex((h) => h.back)];
    pad = backCover && backPage !== undefined && offset % 2 === 1 ? backPage : 0;
    const found = printedPages.map((p) => (pad && p >= pad ? p + 1 : p));
    const settled = found.length === pages.length && found.every((p, i) => p === pages[i]);
    pages = found;
    if (settled) return { printed, pages, pad, passes, chunks: chunks.length };
    if (passes >= 4) throw new Error('the contents did not settle after 4 passes');
    const fill = entries.map((e) => ({ id: e.id, page: pages[e.heading] }));
    numbers = JSON.stringify(fill);
    await fillContents(page, fill);
  }
}
