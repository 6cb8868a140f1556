// The site search index, <dist>/pagefind/, by Pagefind's Node API (the outputs' second step).
//
// What is indexed is decided in the pages: src/layouts/Base.astro marks <main> with
// data-pagefind-body on the claim pages (our claim box and the article's text), the
// actor pages (profiles) and /glossary/ (definitions); no other page is indexed
// (navigation, header, footer and sidebars are outside <main>). Inside <main>, these
// parts are left out: they are navigation or repeat other pages.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { OutputContext } from '../context.ts';

const EXCLUDE_SELECTORS = [
  '[data-not-article]', // ¶ numbers, mention previews, citation marks, notes under paragraphs
  '.kicker', // "Claim 3 of 8 · ¶13–¶16", "Person · All actors"
  '.attribution', // the same credit line under every claim's text
  '.reviewed', // "Last reviewed …": a date, right after the article's last paragraph, which a result would show as its words
  '.cite-this', // the citation repeats the claim's title
  '.pager', // the previous and next claims' titles
  '.mentions-list', // actor pages: excerpts of the article, indexed on the claim pages
  '#mentions-heading', //   and their headings ("Where the article mentions …", "Related sources"),
  '#related-heading', //   the same on every actor page
  '.ref-list', // lists of sources
];

export async function writeSearchIndex({ dist, log }: Pick<OutputContext, 'dist' | 'log'>): Promise<void> {
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Pagefind, ${what}: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) return fail('creating the index', errors);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) fail(`indexing ${dist}`, added.errors);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) fail('writing the index', written.errors);
    // page_count: the HTML files Pagefind read; it indexes those with data-pagefind-body (Base.astro).
    log(`search index: ${added.page_count} HTML files read, index in ${written.outputPath}`);
  } finally {
    await pagefind.close();
  }
}
