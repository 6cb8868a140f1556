// The built site, read page by page in reading order, reproduces the article
// exactly: every paragraph once, in order, unchanged (see src/lib/fidelity.ts).
import { describe, expect, it } from 'vitest';
import { golden as goldenParagraphs } from '../helpers/explainer';
import { checkFidelity } from '../../src/model/fidelity';
import { $$, articleText, claimPagesInOrder } from '../helpers/dist';

describe('the built claim pages', () => {
  const pages = claimPagesInOrder();

  it('are between 4 and 8, including the four named claims', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(8);
    const titles = pages.map((p) => String($$(p.tree, 'h1').map(articleText)));
    for (const t of ['The Alaska summit', 'The Washington meeting', 'European positions', 'The Marxist analysis']) {
      expect(titles).toContain(t);
    }
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
    expect(found).toHaveLength(35);
  });

  it('give every paragraph and crosshead the stable id p<N>, and keep crossheads as headings', () => {
    for (const page of pages) {
      for (const el of $$(page.tree, '[data-p]')) {
        expect(el.properties.id).toBe(`p${el.properties.dataP}`);
      }
    }
    const crossheads = pages.flatMap((p) => $$(p.tree, 'h3[data-p]').map((h) => `${h.properties.id} ${articleText(h)}`));
    expect(crossheads).toEqual(['p8 Fawning European leaders', 'p17 Capitalist hypocrisy', 'p29 Cynical attrition']);
  });

  it('keep our words apart from the article: a labelled region outside the quoted text', () => {
    for (const page of pages) {
      const ours = $$(page.tree, 'section.ours[aria-labelledby]');
      expect(ours, page.url).toHaveLength(1);
      expect($$(ours[0]!, '[data-p]'), page.url).toHaveLength(0);
      expect(articleText(ours[0]!)).toMatch(/^The claim, in our words/);
    }
  });
});
