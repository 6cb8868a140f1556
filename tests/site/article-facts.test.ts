// This article's own shape on the built site (its facts are in tests/article.ts);
// the generic checks of the same pages are in fidelity.test.ts.
import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../article.ts';
import { $$, articleText, claimPagesInOrder } from '../helpers/dist.ts';
import { golden } from '../helpers/explainer.ts';

describe('this article, built', () => {
  const pages = claimPagesInOrder();

  it(`has ${ARTICLE.claimCount.min}–${ARTICLE.claimCount.max} claims, including the four the brief names`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(ARTICLE.claimCount.min);
    expect(pages.length).toBeLessThanOrEqual(ARTICLE.claimCount.max);
    const titles = pages.map((p) => String($$(p.tree, 'h1').map(articleText)));
    for (const t of ARTICLE.namedClaims) expect(titles).toContain(t);
  });

  it(`has ${ARTICLE.paragraphs} paragraphs and its three crossheads as headings`, () => {
    expect(golden()).toHaveLength(ARTICLE.paragraphs);
    const crossheads = pages.flatMap((p) => $$(p.tree, 'h3[data-p]').map((h) => `${h.properties.id} ${articleText(h)}`));
    expect(crossheads).toEqual([...ARTICLE.crossheads]);
  });
});
