// Reading the printed pamphlet back: the text poppler's `pdftotext -layout`
// extracts from the text area of each PDF page, turned into something the
// fidelity check (src/model/fidelity.ts) can compare with the golden copy. Pure
// functions; the PDF test runs pdftotext and calls these.
//
// On paper a paragraph is broken into lines, and Chromium breaks a line only
// where the text allows it: at a space, or after a hyphen, dash or slash (print
// CSS turns automatic hyphenation off, so no hyphen is ever added). So a line
// break in the extracted text may stand for a space, or for nothing after one
// of those characters, and for nothing else: a changed, dropped or added
// character still fails.
import type { FoundParagraph } from '../../src/model/fidelity.ts';

/** The explainer's marks inside and beside the article's paragraphs on paper. */
const MARGIN_NUMBER = /¶\d+/g;
// Marks after statements (src/model/citations.ts statementLabel): [12], [12*], [12+], [12–14], [3, 7], [?]; not-checked
// and opinion have none (never broken: .cites is nowrap). In right-to-left text poppler may give a mark's brackets
// the other way round: ]?[.
const SOURCE_MARKS = /\s*(?:\[(?:\d+(?:(?:–|, )\d+)*[*+]?|\?)\]|\](?:[*+]?\d+(?:(?:–| ,)\d+)*|\?)\[)/g;
/** The bidi controls poppler writes around the right-to-left and left-to-right runs of a line: none are the page's text. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters after which a line may break without a space. */
const BREAK_AFTER = '-‐‑–—/';

/** One page of `pdftotext -layout` → its lines, trimmed and single-spaced, without ¶ numbers and [n] marks; blank lines dropped. */
export function cleanLines(pageText: string): string[] {
  return pageText
    .split('\n')
    .map((line) => line.replace(BIDI_CONTROLS, '').replace(MARGIN_NUMBER, ' ').replace(SOURCE_MARKS, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

export interface PrintedText {
  /** Every page's clean lines, joined with "\n". */
  text: string;
  /** Offset in `text` where each page begins (index 0 = page 1). */
  pageStarts: number[];
}

/**
 * Right-to-left text as it can be compared with what poppler reads back from a PDF. Poppler reorders each line
 * from the order it is drawn in, and in Arabic it cannot give back everything in order: a vowel mark may come
 * before its letter, the lam-alef ligature comes back as alef-lam, a space beside a number or a bracket moves,
 * brackets come mirrored, and presentation forms may stand for letters. So both sides drop what moves (marks,
 * spaces, brackets), take letters for presentation forms (NFKC) and read lam-alef one way; every letter is still
 * compared, in order.
 */
export const rtlComparable = (text: string): string =>
  text
    .replace(BIDI_CONTROLS, '')
    .normalize('NFKC')
    .replace(/\p{M}/gu, '')
    .replace(/لا/g, 'ال')
    .replace(/[\s()[\]]/g, '');

/**
 * `pdftotext` output of a whole document (pages separated by form feeds) → one text, page by page. `rtl`: as
 * rtlComparable makes it (compare it with paragraphs made the same way).
 */
export function joinPages(pdftotextOutput: string, { rtl = false } = {}): PrintedText {
  const pages = pdftotextOutput.split('\f');
  if (pages.length > 1 && pages.at(-1)!.trim() === '') pages.pop();
  let text = '';
  const pageStarts: number[] = [];
  for (const page of pages) {
    pageStarts.push(text.length);
    const lines = cleanLines(page);
    if (rtl) text += lines.map(rtlComparable).join('');
    else if (lines.length) text += (text ? '\n' : '') + lines.join('\n');
  }
  return { text, pageStarts };
}

/** The page (1-based) an offset of `printed.text` falls on. */
export function pageAt(printed: PrintedText, offset: number): number {
  let page = 0;
  while (page + 1 < printed.pageStarts.length && printed.pageStarts[page + 1]! <= offset) page++;
  return page + 1;
}

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that matches `paragraph` however it was broken into lines. */
export function paragraphPattern(paragraph: string): RegExp {
  let source = '';
  for (const ch of paragraph.replace(/\s+/g, ' ').trim()) {
    if (ch === ' ') source += '[ \\n]';
    else source += escape(ch) + (BREAK_AFTER.includes(ch) ? '\\n?' : '');
  }
  return new RegExp(source, 'gu');
}

/** Printed text back to running text, for messages: line breaks read as spaces (or nothing after a hyphen). */
export function unbreak(text: string): string {
  return text.replace(/([-‐‑])\n/g, '$1').replace(/\n/g, ' ');
}

/**
 * Where each golden paragraph is in the printed text, as FoundParagraph[] in
 * printed order for checkFidelity(): found exactly (after the previous one, or
 * anywhere if out of order); or, when changed, the printed text from the longest
 * matching start of the paragraph, so the message shows the first difference;
 * or left out when not even its first words are there (reported missing).
 */
export function locateParagraphs(golden: readonly string[], printed: PrintedText): FoundParagraph[] {
  const found: (FoundParagraph & { at: number })[] = [];
  let cursor = 0;
  const where = (at: number) => `PDF page ${pageAt(printed, at)}`;
  golden.forEach((paragraph, i) => {
    const n = i + 1;
    const pattern = paragraphPattern(paragraph);
    pattern.lastIndex = cursor;
    let match = pattern.exec(printed.text);
    if (!match) {
      pattern.lastIndex = 0;
      match = pattern.exec(printed.text);
    }
    if (match) {
      found.push({ n, text: paragraph, where: where(match.index), at: match.index });
      if (match.index >= cursor) cursor = match.index + match[0].length;
      return;
    }
    // Changed: find the longest run of its first words printed after the cursor.
    const words = paragraph.split(' ');
    for (let k = words.length - 1; k >= 3; k--) {
      const start = paragraphPattern(words.slice(0, k).join(' '));
      start.lastIndex = cursor;
      const m = start.exec(printed.text);
      if (!m) continue;
      const text = unbreak(printed.text.slice(m.index, m.index + paragraph.length + 40)).slice(0, paragraph.length + 20);
      found.push({ n, text, where: where(m.index), at: m.index });
      return;
    }
  });
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...p }) => p);
}
