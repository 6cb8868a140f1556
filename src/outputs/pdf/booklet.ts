// The booklets: a PDF's pages imposed two per landscape sheet side, in saddle-stitch folding order.
import { PDFDocument, ReadingDirection, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';

/**
 * Saddle-stitch imposition: pages of `pdfBytes` two per landscape sheet side, in folding order.
 * With `backCover`, the last page is the back cover: the blank pages that make the count a
 * multiple of 4 go before it, so it lands on the outside of the last sheet (not inside, blank
 * outside, as padding at the end would leave it).
 * Right to left (`rtl`), the booklet binds on the right: each side is mirrored, so the front cover is the left
 * half of the first sheet and every spread reads from its right-hand page; its viewers open it right to left.
 */
export async function imposeBooklet(pdfBytes: Uint8Array, lang: string, { backCover = false, rtl = false } = {}): Promise<Uint8Array> {
  const src = await PDFDocument.load(pdfBytes);
  const out = await PDFDocument.create();
  const n = src.getPageCount();
  const total = Math.ceil(n / 4) * 4;
  const { width, height } = src.getPage(0).getSize();
  const embedded: PDFEmbeddedPage[] = await out.embedPages(src.getPages());
  // Booklet position → source page (undefined: blank).
  const sourceOf = (index: number) => (backCover && index === total - 1 ? n - 1 : backCover && index >= n - 1 ? undefined : index < n ? index : undefined);
  const place = (sheet: PDFPage, index: number, x: number) => {
    const from = sourceOf(index);
    const page = from === undefined ? undefined : embedded[from];
    if (page) sheet.drawPage(page, { x: rtl ? width - x : x, y: 0, width, height });
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
  if (rtl) out.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  return out.save();
}
