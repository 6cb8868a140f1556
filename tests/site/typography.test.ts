// The article's words are never re-punctuated, whatever its language: wherever the explainer shows a piece of them
// outside its claim pages (a search result's excerpt, a paragraph's link preview and quote card, a citation of its
// title), that piece is the article's own text, character for character: its spaces before a French colon or
// question mark, its no-break spaces, its quotation marks (in search results, its spaces as plain ones: Pagefind's
// index stores them so). A test that holds for any explainer; the French
// fixture (tests/fixtures/explainers/rue-des-tanneurs) has "voiture : leur", a no-break space before a colon and
// narrow ones before ; ! ?.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { $, $$, DIST, fileOf, loadPage } from '../helpers/dist.ts';
import { i18n, model, siteUrl } from '../helpers/explainer.ts';
import { hitsOf } from '../../src/scripts/search.ts';
import { quoteWords } from '../../src/lib/share/seo.ts';
import { cardHost, ogCards } from '../../src/outputs/og/cards.ts';
import { ELLIPSIS } from '../../src/lib/render/excerpt.ts';

type Fragment = Parameters<typeof hitsOf>[0];

/** Every page Pagefind indexed, as the search page's script reads it (a fragment: gzip, then Pagefind's mark, then JSON). */
function fragments(): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** An excerpt's words: its marks and its cuts' ellipses taken off. */
const wordsOf = (excerpt: string) =>
  unescape(excerpt.replace(/<\/?mark>/g, ''))
    .replace(/^… /, '')
    .replace(/ …$/, '');

describe('the article’s words, never re-punctuated', () => {
  const paragraphs = () => model().paragraphs;

  it('in search results: each paragraph’s excerpt is a piece of its text as written', () => {
    const checked: string[] = [];
    for (const page of fragments()) {
      for (const anchor of page.anchors.filter((a) => /^p\d+$/.test(a.id))) {
        const n = Number(anchor.id.slice(1));
        const text = paragraphs()[n - 1]!.text;
        // A search that matched every word of the paragraph: its excerpt runs from its first word.
        const next = page.anchors.filter((a) => a.location > anchor.location).map((a) => a.location);
        const end = Math.min(anchor.location + text.split(/\s+/).length, ...next);
        const hit = hitsOf({ ...page, locations: Array.from({ length: end - anchor.location }, (_, i) => anchor.location + i) }).find((h) =>
          h.url.endsWith(`#${anchor.id}`),
        );
        expect(hit, `${page.url}#${anchor.id}`).toBeDefined();
        // Pagefind stores every space as a plain one (a no-break space too): the kind of space is its index's, the space itself the article's.
        const spaced = (s: string) => s.replace(/\s+/g, ' ');
        const words = spaced(wordsOf(hit!.excerpt));
        expect(spaced(text).includes(words), `${page.url}#${anchor.id}: “${words}” is not as ¶${n} writes it: “${text}”`).toBe(true);
        checked.push(anchor.id);
      }
    }
    expect(checked.length, 'article paragraphs found in the search index').toBeGreaterThanOrEqual(paragraphs().length);
  });

  it('in a paragraph’s link preview and its quote card: its opening words as written, in the language’s quotation marks', () => {
    const { t } = i18n();
    const cards = ogCards(model(), cardHost(siteUrl()), i18n());
    for (const p of paragraphs().filter((q) => !q.crosshead)) {
      const words = quoteWords(p.text);
      expect(p.text.startsWith(words.endsWith(ELLIPSIS) ? words.slice(0, -ELLIPSIS.length) : words), `¶${p.n}`).toBe(true);
      const page = loadPage(fileOf(`/p/${p.n}/`)!);
      expect(String($(page.tree, 'meta[property="og:description"]')?.properties.content), `/p/${p.n}/ preview`).toBe(words);
      const card = cards.find((c) => c.kind === 'quote' && c.input.n === p.n);
      expect(card?.input, `¶${p.n} card`).toMatchObject({ words, quoted: t('quote', { text: words }) });
    }
  });

  it('in citations: the title as written', () => {
    const { article } = model().explainer;
    const texts = $$(loadPage(fileOf('/cite/')!).tree, '#article-heading + dl dd.citation-text').map((dd) => toString(dd));
    expect(texts.length).toBeGreaterThan(0);
    // A style may change a title's capitals (APA's sentence case), never its punctuation or spaces.
    for (const text of texts) expect(text.toLowerCase(), text).toContain(article.title.toLowerCase());
  });
});
