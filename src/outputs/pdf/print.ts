// One PDF of one edition of the pamphlet (/pamphlet/, every note and appendix; /pamphlet/handout/, ≤ 20 A5
// pages, no notes) on one paper, printed by Chromium (playwright-core, page.pdf()) from the built site: tagged,
// with bookmarks titled as the headings read, fonts embedded, contents with real page numbers and (full edition)
// a running head per claim; its booklet imposed from it on request. The body is the page's; the document's
// metadata (title, subject, author, keywords, language) is the model's (../pamphlet/editions.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PDFHexString, PDFName, ReadingDirection, type PDFDocument } from 'pdf-lib';
import { directionOf, type I18n } from '../../i18n/core.ts';
import type { Browser } from 'playwright-core';
import type { Model } from '../../model/build.ts';
import type { PrintDetails } from '../formats.ts';
import { EDITIONS, type EditionName, type Paper } from '../pamphlet/editions.ts';
import { imposeBooklet } from './booklet.ts';
import { printSettled } from './chunks.ts';
import { joinPdfs } from './join.ts';
import { outlineItems } from './outline.ts';
import { linksForPaper, loadFonts, PAPER, setUpPages, type Layout } from './page.ts';

const MM = 72 / 25.4;

export interface PdfOptions {
  model: Pick<Model, 'explainer' | 'claims' | 'parts'>;
  /** The explainer's words (its dictionary, i18n.yaml): the PDF's title and subject. */
  i18n?: I18n | undefined;
  /** The site's address: the PDF's links to the site are absolute on it. */
  site: URL;
  edition: EditionName;
  paper: Paper;
  /** The PDF to write. */
  out: string;
  /** Also write the booklet there, imposed for saddle-stitch folding. */
  bookletOut?: string | undefined;
  /** A running Chromium (it stays open) and the URL the built site is served at. */
  browser: Browser;
  base: string;
  log: (line: string) => void;
}

export interface PdfResult extends PrintDetails {
  out: string;
  bytes: number;
  /** page.pdf() calls per pass: the parts printed apart and joined (./chunks.ts CHUNK_CHARS). */
  chunks: number;
  seconds: number;
  edition: EditionName;
  booklet?: string;
  bookletPages?: number;
}

/** Document metadata a reader's PDF viewer shows, from the model; open with the bookmarks panel. */
function setMetadata(doc: PDFDocument, { model, edition, i18n }: Pick<PdfOptions, 'model' | 'edition' | 'i18n'>): void {
  const { explainer } = model;
  const { path, words } = EDITIONS[edition];
  const { pdfTitle, description } = words(model, i18n);
  doc.setTitle(pdfTitle, { showInWindowTitleBar: true });
  doc.setSubject(description);
  // The explainer's maker, never the article's publisher.
  doc.setAuthor(explainer.maker.name);
  doc.setKeywords([...explainer.pdf.keywords]);
  doc.setCreator(`${path} printed by Chromium`);
  doc.setProducer('src/outputs/pdf/ (playwright-core, pdf-lib)');
  doc.setLanguage(explainer.site.locale);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // A right-to-left text binds on the right: a viewer showing two pages side by side puts page 2 on the right.
  if (directionOf(explainer.site.locale) === 'rtl') doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
}

/**
 * The back cover is the outside of the last sheet: an even page (printed double-sided, A5 or two to an A4
 * sheet). A blank page before it when the count is odd (`pad`: the page it begins on); the booklet pads to 4 the same way.
 */
function padBeforeBackCover(doc: PDFDocument, pad: number): number {
  if (!pad) return 0;
  const { width, height } = doc.getPage(0).getSize();
  doc.insertPage(pad - 1, [width, height]).pushOperators(); // an empty content stream: a blank page others can embed
  return 1;
}

const geometryOf = (doc: PDFDocument, paper: Paper, { margin }: Layout): PrintDetails['geometry'] => {
  const { width, height } = doc.getPage(0).getSize();
  return {
    paper: PAPER[paper].name,
    width,
    height,
    margin: { top: margin.top * MM, right: margin.right * MM, bottom: margin.bottom * MM, left: margin.left * MM },
  };
};

/** Print one edition on one paper (and its booklet). */
export async function makePdf(options: PdfOptions): Promise<PdfResult> {
  const { model, site, edition, paper, out, bookletOut, browser, base, log } = options;
  const started = performance.now();
  // Seconds of each step, for the log line (the scale bench reads where the time goes).
  const phases: string[] = [];
  let lap = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push(`${name} ${((now - lap) / 1000).toFixed(1)}`);
    lap = now;
  };
  const { path } = EDITIONS[edition];
  const page = await browser.newPage();
  let layout: Layout;
  let print: Awaited<ReturnType<typeof printSettled>>;
  try {
    // Print media before the page loads: its first layout is then the one the print needs.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    phase('load');
    await loadFonts(page, model.explainer.site.locale);
    await linksForPaper(page, site.origin);
    layout = await setUpPages(page, paper);
    phase('fonts+setup');
    print = await printSettled(page, layout, log);
  } finally {
    // Printing is done: the page goes before the join, so Chromium's renderer and pdf-lib's join and save
    // (0.7 GB for the 30x pamphlet) are never held at once.
    await page.close();
  }
  phase('print');
  const doc = joinPdfs(
    print.printed.map((p) => p.doc),
    layout.headings.map((h) => h.level),
  );
  phase('join');
  print.printed.length = 0; // the other chunks' documents, copied into doc: free them before the save
  const { headings, entries } = layout;
  // Bookmarks titled as the headings read ("¶8 Fawning European leaders").
  outlineItems(doc).forEach((item, i) => item.dict.set(PDFName.of('Title'), PDFHexString.fromText(headings[i]?.bookmark ?? '')));
  const blanks = padBeforeBackCover(doc, print.pad);
  setMetadata(doc, { model, edition, i18n: options.i18n });
  const bytes = await doc.save();
  phase('save');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);

  const result: PdfResult = {
    out,
    bytes: bytes.length,
    pages: doc.getPageCount(),
    passes: print.passes,
    chunks: print.chunks,
    edition,
    blanks,
    contents: entries.map((e) => ({ id: e.id, title: headings[e.heading]?.text ?? '', page: print.pages[e.heading] ?? 0 })),
    geometry: geometryOf(doc, paper, layout),
    seconds: 0,
  };
  if (bookletOut) {
    writeFileSync(
      bookletOut,
      await imposeBooklet(bytes, model.explainer.site.locale, { backCover: layout.backCover, rtl: directionOf(model.explainer.site.locale) === 'rtl' }),
    );
    phase('booklet');
    result.booklet = bookletOut;
    result.bookletPages = Math.ceil(result.pages / 4) * 2; // sheet sides, two A5 pages on each
  }
  result.seconds = (performance.now() - started) / 1000;
  log(
    `pdf: ${out}: ${result.pages} pages ${PAPER[paper].name}, ${(result.bytes / 1024).toFixed(0)} KB, ` +
      `${print.passes} passes, ${print.chunks} chunks, ${result.seconds.toFixed(1)} s (${phases.join(', ')})` +
      (result.booklet ? `; booklet: ${result.booklet}` : ''),
  );
  return result;
}
