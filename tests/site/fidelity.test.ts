// The built site, read page by page in reading order, reproduces the article
// exactly: every paragraph once, in order, unchanged (see src/model/fidelity.ts).
// Holds for any explainer (scripts/test.ts runs it on the second one too).
import { describe, expect, it } from 'vitest';
import { golden as goldenParagraphs, i18n, model } from '../helpers/explainer.ts';
import { checkFidelity } from '../../src/model/fidelity.ts';
import { $$, articleText, claimPagesInOrder } from '../helpers/dist.ts';

describe('the built claim pages', () => {
  const pages = claimPagesInOrder();

  it('are the claims of the model, in order', () => {
    expect(pages.map((p) => p.url)).toEqual(model().claims.map((c) => c.href));
  });

  it('reproduce the golden copy ¶ by ¶, nothing missing, added, changed or moved', () => {
    const found = pages.flatMap((page) =>
      $$(page.tree, '[data-p]').map((el) => ({
        n: Number(el.properties.dataP),
        text: articleText(el),
        where: `${page.url}#${el.properties.id}`,
      })),
    );
    expect(checkFidelity(goldenParagraphs(), found)).toEqual([]);
    expect(found).toHaveLength(goldenParagraphs().length);
  });

  it('give every paragraph and crosshead the stable id p<N>, and keep crossheads as headings', () => {
    for (const page of pages) {
      for (const el of $$(page.tree, '[data-p]')) {
        expect(el.properties.id).toBe(`p${el.properties.dataP}`);
      }
    }
    const crossheads = pages.flatMap((p) => $$(p.tree, 'h3[data-p]').map((h) => `${h.properties.id} ${articleText(h)}`));
    expect(crossheads).toEqual(model().explainer.article.crossheads.map((n) => `p${n} ${goldenParagraphs()[n - 1]}`));
  });

  it('keep our words apart from the article: a labelled region outside the quoted text', () => {
    for (const page of pages) {
      const ours = $$(page.tree, 'section.ours[aria-labelledby]');
      expect(ours, page.url).toHaveLength(1);
      expect($$(ours[0]!, '[data-p]'), page.url).toHaveLength(0);
      expect(articleText(ours[0]!).startsWith(i18n().t('claim.ours')), page.url).toBe(true);
    }
  });
});
