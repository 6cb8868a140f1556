// A printed PDF's outline (bookmarks): read in document order, and matched to the page's headings.
import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

export interface OutlineItem {
  dict: PDFDict;
  title: string;
  /** 1-based; 0 where the bookmark names no page of the document. */
  page: number;
  depth: number;
}

/** The outline (bookmarks) of a loaded PDF in document order. */
export function outlineItems(doc: PDFDocument): OutlineItem[] {
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const items: OutlineItem[] = [];
  const walk = (first: unknown, depth: number) => {
    for (let item = first; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      const titleObject = item.lookup(PDFName.of('Title')) as { decodeText?: () => string } | undefined;
      const title = titleObject?.decodeText?.() ?? '';
      const dest = item.lookup(PDFName.of('Dest'));
      const ref = dest instanceof PDFArray ? dest.get(0)?.toString() : undefined;
      items.push({ dict: item, title, page: ref ? pageRefs.indexOf(ref) + 1 : 0, depth });
      walk(item.lookup(PDFName.of('First')), depth + 1);
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
 * fonts arrive) is written twice ("IntroductionIntroduction"); and a right-to-left heading's words come in the
 * order they are laid out, last word first, brackets mirrored ("… (0)" comes as ")0 (…"). So bookmarks are
 * matched to the page's headings by position, checked loosely by their letters (the heading's words, in its order
 * or each somewhere in the title), and retitled from the page. Returns the page of each heading.
 */
export function matchHeadings(items: readonly OutlineItem[], headings: readonly { text: string }[]): number[] {
  const squash = (s: string) => s.replace(/[^\p{L}\p{M}]+/gu, '');
  const problems: string[] = [];
  if (items.length !== headings.length) problems.push(`${items.length} bookmarks for ${headings.length} headings`);
  headings.forEach((h, i) => {
    const title = squash(items[i]?.title ?? '');
    const words = h.text.split(/\s+/).map(squash).filter(Boolean);
    if (!title.startsWith(squash(h.text)) && !(words.length && words.every((w) => title.includes(w))))
      problems.push(`bookmark ${i + 1} “${items[i]?.title}” is not heading “${h.text}”`);
  });
  if (problems.length) throw new Error(`the PDF's bookmarks do not follow the page's headings: ${problems.slice(0, 5).join('; ')}`);
  return items.map((item) => item.page);
}
