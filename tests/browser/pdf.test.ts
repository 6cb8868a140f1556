// The pamphlet on paper. The build made the PDFs (scripts/formats.mjs, the same makePdf as
// `npm run pdf`, one Chromium for all, into DIST); this file reads them back rather than print
// them again: poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) reads each PDF as a reader's
// printer or PDF viewer would, and every promise of issue 5 is checked on it. Where the page
// counts, contents and geometry come from the manifest (dist/formats.json), the text read back
// from the PDF checks them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { golden as goldenParagraphs, model } from '../helpers/explainer';
import { checkFidelity } from '../../src/model/fidelity';
import { cleanLines, joinPages, locateParagraphs } from '../../src/lib/print/text';
import { startBrowser } from '../helpers/browser';
import { $$, DIST, loadPage } from '../helpers/dist';
import { outlineItems, type PdfResult } from '../../scripts/pdf.mjs';
import { readManifest } from '../../src/lib/formats.mjs';

const MM = 72 / 25.4;

/** A PDF the build made, as makePdf reported it (the manifest keeps that report). */
function built(id: string): PdfResult {
  const manifest = readManifest(DIST);
  if (!manifest) throw new Error(`${DIST}/formats.json is missing: build with \`npm run build\` (its formats step makes the PDFs), or NO_PRINT was set`);
  const entry = manifest.formats.find((f) => f.id === id);
  if (!entry?.print) throw new Error(`${DIST}/formats.json has no ${id}: the build left it out (${manifest.leftOut.find((l) => l.id === id)?.why ?? 'not made'})`);
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
function band(top: number, height: number, file = pdf.out): string[] {
  const { width } = pdf.geometry;
  const args = ['-layout', '-r', '72', '-x', '0', '-y', String(Math.max(0, Math.floor(top))), '-W', String(Math.ceil(width)), '-H', String(Math.ceil(height))];
  const pages = run('pdftotext', [...args, file, '-']).split('\f');
  return pages.slice(0, pdf.pages);
}
const once = <T>(f: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= f());
};
/** The text area of each page (inside the @page margins; a little slack for ascenders). */
const body = once(() => {
  const { height, margin } = pdf.geometry;
  return band(margin.top - 2, height - margin.top - margin.bottom + 4);
});
/** The top and bottom margins of each page: running head, page number. */
const head = once(() => band(0, pdf.geometry.margin.top - 3).map((t) => t.replace(/\s+/g, ' ').trim()));
const foot = once(() => {
  const { height, margin } = pdf.geometry;
  return band(height - margin.bottom + 3, margin.bottom - 3).map((t) => t.replace(/\s+/g, ' ').trim());
});
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The claims, in order, as the built /pamphlet/ lists them. */
function claims(): { id: string; title: string }[] {
  const page = loadPage(join(DIST, 'pamphlet', 'index.html'));
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
    expect(pdf.pages).toBeGreaterThanOrEqual(model().claims.length + 5); // cover, contents, introduction, claims, appendices
    expect(pdf.pages).toBeLessThanOrEqual(90); // a note under every paragraph and the corrections log since issue 10
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info.match(/^Title:\s+(.*)$/m)?.[1]?.startsWith(model().explainer.site.name)).toBe(true);
    expect(pdf.bytes).toBeLessThan(1024 * 1024);
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
    const found = locateParagraphs(goldenParagraphs(), joinPages(body().join('\f')));
    expect(checkFidelity(goldenParagraphs(), found)).toEqual([]);
    expect(found).toHaveLength(goldenParagraphs().length);
  });

  it('numbers every page but the cover, in the bottom margin', () => {
    const numbers = foot();
    expect(numbers[0]).toBe('');
    expect(numbers.slice(1)).toEqual(numbers.slice(1).map((_, i) => String(i + 2)));
  });

  it('prints a contents page whose page numbers are where each part begins', () => {
    const pages = body();
    const contentsPage = pages.findIndex((t) => /^\s*Contents\s*$/m.test(t));
    expect(contentsPage).toBe(1);
    const lines = cleanLines(pages[contentsPage]!);
    const list = claims();
    // Each part, and the first line of the page it begins on.
    const expected = [
      { title: 'Introduction', first: /^Introduction$/ },
      ...list.map((c, k) => ({ title: c.title, first: new RegExp(`^CLAIM ${k + 1} OF ${list.length}\\b`, 'i') })),
      ...['Actors', 'Glossary', 'Sources', 'How to cite', 'Method and corrections'].map((t, k) => ({ title: t, first: new RegExp(`^Appendix ${'ABCDE'[k]}\\. ${t}$`) })),
    ];
    expect(pdf.contents.map((c) => c.title.replace(/^Appendix [A-E]\. /, ''))).toEqual(expected.map((e) => e.title));
    for (const { title, first } of expected) {
      const line = lines.find((l) => l.includes(title));
      expect(line, `contents line for “${title}”`).toBeDefined();
      const printed = Number(/(\d+)$/.exec(line!)?.[1]);
      const actual = pages.findIndex((t, i) => i > contentsPage && first.test(cleanLines(t)[0] ?? '')) + 1;
      expect(printed, `“${title}”: the contents say page ${printed}, it begins on page ${actual}`).toBe(actual);
    }
  });

  it('starts each claim on a new page, under its running head', () => {
    const heads = head();
    const list = claims();
    const starts = pdf.contents.filter((c) => list.some((l) => l.id === c.id));
    const pages = body();
    starts.forEach((claim, k) => {
      expect(cleanLines(pages[claim.page - 1]!)[0]).toMatch(new RegExp(`^CLAIM ${k + 1} OF ${list.length}\\b`, 'i'));
      const end = pdf.contents[pdf.contents.indexOf(claim) + 1]!.page - 1;
      for (let p = claim.page; p <= end; p++) expect(heads[p - 1], `page ${p}`).toBe(`${k + 1} · ${claim.title}`);
    });
  });

  it('leaves no heading stranded at the foot of a page', () => {
    const headings = new Set([...pdf.contents.map((c) => squash(c.title)), 'fawningeuropeanleaders', 'capitalisthypocrisy', 'cynicalattrition']);
    const stranded = body()
      .map((t, i) => ({ page: i + 1, last: cleanLines(t).at(-1) ?? '' }))
      .filter(({ page, last }) => page > 2 && headings.has(squash(last)));
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
    expect(top).toEqual(['Contents', ...pdf.contents.map((c) => c.title)]);
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
  it('prints the same pamphlet on A4 pages, fewer of them, contents settled', () => {
    const info = run('pdfinfo', ['-f', '1', '-l', '999', a4.out]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
    expect(sizes).toHaveLength(a4.pages);
    for (const size of sizes) expect(size).toMatch(/\(A4\)$/);
    expect(a4.pages).toBeLessThan(pdf.pages);
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
    const { claims, sources } = model();
    const claim = [...claims].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    expect(claim.sources.length).toBeGreaterThan(0);
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
