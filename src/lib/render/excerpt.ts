// Shortening the article's words for excerpts and previews: cut only at word
// boundaries, mark each cut with an ellipsis, and change nothing else, so what
// is shown is always a verbatim slice of the paragraph.

export const ELLIPSIS = '…';

/** A space a line may break at: any whitespace except the no-break spaces (they join what must stay together). */
const BREAK = /[^\S\u00a0\u202f\u2007]/;

/** Index of the last breaking space at or before `i` and after `min`, or -1. */
function breakBefore(text: string, i: number, min = 0): number {
  for (let j = Math.min(i, text.length - 1); j > min; j--) if (BREAK.test(text[j]!)) return j;
  return -1;
}

/** Index just after the first breaking space at or after `i`, or -1. */
function wordStartFrom(text: string, i: number): number {
  for (let j = i; j < text.length; j++) if (BREAK.test(text[j]!)) return j + 1;
  return -1;
}

/**
 * The text's opening words, at most `max` characters including the ellipsis
 * that ends it when anything was cut. Text that fits is returned unchanged.
 * The cut falls at the last word boundary that fits, dropping a dangling comma,
 * colon or dash there (so "…, …" never reads as the article's punctuation); a
 * single word longer than `max` is cut inside the word. A cut inside the
 * article's own quotation (an opening “ with no ” after it) moves to before
 * that quotation when at least half the room is left, so a preview never
 * leaves the article's quotation mark open; otherwise the cut stays.
 */
export function openingWords(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 2) throw new Error(`openingWords: max must be an integer ≥ 2, got ${max}`);
  if (text.length <= max) return text;
  const at = breakBefore(text, max - ELLIPSIS.length);
  let head = at > 0 ? text.slice(0, at) : text.slice(0, max - ELLIPSIS.length);
  head = trimEnd(head);
  const open = unclosedQuote(head);
  if (open >= 0) {
    const before = breakBefore(head, open);
    const shorter = before > 0 ? trimEnd(head.slice(0, before)) : '';
    if (shorter.length >= max / 2) head = shorter;
  }
  return head + ELLIPSIS;
}

// Still a verbatim prefix: only whitespace and joining punctuation come off its end.
const trimEnd = (head: string) => head.replace(/[\s,;:–—-]+$/u, '') || head;

/** Index of the last “ in `text` that no ” closes, or -1 (’ is also an apostrophe, so single quotes are not counted). */
function unclosedQuote(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') open.push(i);
    else if (text[i] === '”') open.pop();
  }
  return open.at(-1) ?? -1;
}

/** A short excerpt of a paragraph around a match, cut at word boundaries. */
export function excerptAround(text: string, start: number, end: number, radius = 90) {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const s = wordStartFrom(text, from);
    if (s > 0) from = s;
  }
  if (to < text.length) {
    const at = breakBefore(text, to, end);
    if (at > end) to = at;
  }
  return {
    before: (from > 0 ? ELLIPSIS : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? ELLIPSIS : ''),
  };
}
