// Byte budgets from the issues, in one place for the bench and the tests (gzip, first load).
// - Claim and other reading pages: ≤ 24 KB with both sidebars (issue 3; 20 KB before sidebars).
// - /pamphlet/ holds the whole article, every source with its URL and the appendices on one page,
//   so it cannot fit a reading page's budget; it gets its own ceiling (96 KB since issue 18 added the endnotes
//   after each claim and the glossary, beside the notes under each paragraph it hides; 80 KB since issue 10 added
//   a note to every statement and the corrections log; 64 KB before). The hand-out (/pamphlet/handout/) has the
//   whole article and, on screen, the sources: 80 KB.
// - The EPUB edition (dist/explainer.epub, src/outputs/epub/): < 1 MB as a file, fonts included.
// - JavaScript ≤ 2 KB: optional enhancements only (copy link, quote link, preview Escape); nothing needs it.

// - A claim page's first render (its HTML and the stylesheets it waits for, not the print one), the reading-first
//   target: ≤ 14 KB, one round trip; ≤ 20 KB transferred in all. The bench prints each claim page against them
//   (✓/✗). The longest claims do not meet them yet (README, "The two commands"), so the tests assert the level
//   reached, as a ratchet to lower as pages get leaner, never to raise to fit: every claim page's first render
//   ≤ 18.25 KB and transfer ≤ 21.5 KB (the heaviest today, 18.0 and 21.3, rounded up to the next quarter KB), and
//   no more claim pages over the 14 KB target than today (3).
const CLAIM_FIRST_RENDER = 14 * 1024;
const CLAIM_TRANSFER = 20 * 1024;
const CLAIM_FIRST_RENDER_REACHED = 18.25 * 1024;
const CLAIM_TRANSFER_REACHED = 21.5 * 1024;
const CLAIM_PAGES_OVER_TARGET = 3;

const pageGzip = (url: string): number => (url === '/pamphlet/' ? 96 * 1024 : url === '/pamphlet/handout/' ? 80 * 1024 : 24 * 1024);
const jsGzip = (_url: string): number => 2 * 1024;

/** Bytes of the EPUB file (already compressed: a zip). */
const epubBytes = 1024 * 1024;

export const BUDGET = {
  pageGzip,
  jsGzip,
  epubBytes,
  claimFirstRender: CLAIM_FIRST_RENDER,
  claimTransfer: CLAIM_TRANSFER,
  claimFirstRenderReached: CLAIM_FIRST_RENDER_REACHED,
  claimTransferReached: CLAIM_TRANSFER_REACHED,
  claimPagesOverTarget: CLAIM_PAGES_OVER_TARGET,
};
