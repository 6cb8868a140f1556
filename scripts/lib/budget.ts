// Byte budgets from the issues, in one place for the bench and the tests (gzip, first load).
// - Claim and other reading pages: ≤ 24 KB with both sidebars (issue 3; 20 KB before sidebars).
// - /pamphlet/ holds the whole article, every source with its URL and the appendices on one page,
//   so it cannot fit a reading page's budget; it gets its own ceiling (96 KB since issue 18 added the endnotes
//   after each claim and the glossary, beside the notes under each paragraph it hides; 80 KB since issue 10 added
//   a note to every statement and the corrections log; 64 KB before). The hand-out (/pamphlet/handout/) has the
//   whole article and, on screen, the sources: 80 KB.
// - The EPUB edition (dist/explainer.epub, src/outputs/epub/): < 1 MB as a file, fonts included.
// - JavaScript ≤ 2 KB: optional enhancements only (copy link, quote link, preview Escape); nothing needs it. The
//   scripts' words are compiled in (src/i18n/script-messages.ts): in a language whose words weigh more than
//   English's (Arabic letters are two bytes each), the budget grows by exactly that difference, never the code's.
import { gzipSync } from 'node:zlib';
import { createI18n } from '../../src/i18n/core.ts';
import { SCRIPTS } from '../../src/i18n/script-messages.ts';

// - A claim page's first render (its HTML and the stylesheets it waits for, not the print one), the reading-first
//   target: ≤ 14 KB, one round trip; ≤ 20 KB transferred in all. Printed by the bench against each claim page
//   (✓/✗); not asserted yet: the longest claim pages are at 16–17 KB (README, "The two commands").
const CLAIM_FIRST_RENDER = 14 * 1024;
const CLAIM_TRANSFER = 20 * 1024;

const pageGzip = (url: string): number => (url === '/pamphlet/' ? 96 * 1024 : url === '/pamphlet/handout/' ? 80 * 1024 : 24 * 1024);
/** What the scripts' words weigh (gzip) in `locale` beyond their English. */
function wordsAllowance(locale: string): number {
  const weight = (tag: string) => {
    const i18n = createI18n({ locale: tag });
    return gzipSync(JSON.stringify(Object.values(SCRIPTS).flatMap((keys) => keys.map((k) => i18n.raw(k).message)))).length;
  };
  return Math.max(0, weight(locale) - weight('en'));
}
const jsGzip = (_url: string, locale = 'en'): number => 2 * 1024 + wordsAllowance(locale);

/** Bytes of the EPUB file (already compressed: a zip). */
const epubBytes = 1024 * 1024;

export const BUDGET = { pageGzip, jsGzip, epubBytes, claimFirstRender: CLAIM_FIRST_RENDER, claimTransfer: CLAIM_TRANSFER };
