// Every byte and page budget, in one place for the build (the offline copy refuses to pass its own), the bench
// (`npm run bench` prints each page against them) and the tests. Page budgets are gzip, first load.
// - Claim and other reading pages: ≤ 24 KB with both sidebars (20 KB before the sidebars).
// - /pamphlet/ holds the whole article, every source with its URL and the appendices on one page, so it cannot fit
//   a reading page's budget; it has its own ceiling: 96 KB since the endnotes after each claim and the glossary
//   (beside the notes under each paragraph, which it hides); 80 KB before them, once every statement had a note and
//   the corrections log was in; 64 KB before that. The hand-out (/pamphlet/handout/) has the whole article and, on
//   screen, the sources: 80 KB.
// - JavaScript ≤ 2 KB: optional enhancements only (copy link, quote link, preview Escape); nothing needs it. The
//   scripts' words are compiled in (src/i18n/script-messages.ts): in a language whose words weigh more than
//   English's (Arabic letters are two bytes each), the budget grows by exactly that difference, never the code's.
// - A claim page's first render (its HTML and the stylesheets it waits for, not the print one): ≤ 14 KB, one round
//   trip; ≤ 20 KB transferred in all. Asserted on every claim page; the bench prints each against them. A claim
//   whose evidence outgrows them is split in two where its argument turns (docs/editing.md, `movedFrom`).
// - The downloads, as files: each PDF and the EPUB (fonts included) < 1 MB; the offline copy, one HTML file with
//   its fonts inlined (≈ 0.75 MB of it), < 1.5 MB.
// - The PDFs' pages (A5): the full edition ≤ 40, back cover included; the hand-out ≤ 20, to give away.
import { gzipSync } from 'node:zlib';
import { createI18n } from './i18n/core.ts';
import { SCRIPTS, scriptModule, type Script } from './i18n/script-messages.ts';
import { HANDOUT_URL, PAMPHLET_URL } from './model/urls.ts';

const KB = 1024;
const MB = 1024 * KB;

const pageGzip = (url: string): number => (url === PAMPHLET_URL ? 96 * KB : url === HANDOUT_URL ? 80 * KB : 24 * KB);
/**
 * What the scripts' words weigh (gzip) in `locale` beyond their English: their compiled modules (the words with the
 * plural rules and formats around them, as the bundle has them) in that language, less the same in English.
 */
function wordsAllowance(locale: string): number {
  const weight = (tag: string) => {
    const i18n = createI18n({ locale: tag });
    return gzipSync((Object.keys(SCRIPTS) as Script[]).map((script) => scriptModule(i18n, script)).join('\n')).length;
  };
  // Asked once per page by the tests and the bench: compiled and compressed once per language.
  let allowance = allowances.get(locale);
  if (allowance === undefined) allowances.set(locale, (allowance = Math.max(0, weight(locale) - weight('en'))));
  return allowance;
}
const allowances = new Map<string, number>();
const jsGzip = (_url: string, locale = 'en'): number => 2 * KB + wordsAllowance(locale);

/** A download's file, by its media type (src/outputs/formats.ts `type`); undefined for a kind with no budget. */
const fileBytes = (type: string): number | undefined => ({ 'application/pdf': MB, 'application/epub+zip': MB, 'text/html': 1.5 * MB })[type];

export const BUDGET = {
  pageGzip,
  jsGzip,
  claimFirstRender: 14 * KB,
  claimTransfer: 20 * KB,
  fileBytes,
  epubBytes: fileBytes('application/epub+zip')!,
  pdfBytes: fileBytes('application/pdf')!,
  offlineBytes: fileBytes('text/html')!,
  // The full edition's endnotes give our notes without the sources' excerpts (with them: 44 pages; the web notes have them).
  pdfPages: { full: 40, handout: 20 },
};
