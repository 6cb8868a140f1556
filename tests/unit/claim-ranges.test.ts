// The checks that keep the claims telling the article once, in order.
import { describe, expect, it } from 'vitest';
import { checkClaimRanges, rangeLabel, type ClaimShape } from '../../src/model/claim-ranges.ts';
import { model } from '../helpers/explainer.ts';

const s = (file: string, order: number, from: number, to: number, slug = file): ClaimShape => ({
  file: `content/claims/${file}.mdx`,
  slug,
  order,
  title: file,
  paragraphs: { from, to },
});

describe('checkClaimRanges', () => {
  it('accepts claims that cover every paragraph once, in order', () => {
    expect(checkClaimRanges([s('b', 2, 4, 10), s('a', 1, 1, 3)], 10)).toEqual([]);
  });

  it('names an overlap with both files and the ¶ numbers', () => {
    expect(checkClaimRanges([s('a', 1, 1, 5), s('b', 2, 4, 10)], 10)).toEqual([
      'content/claims/b.mdx: `paragraphs.from: 4` overlaps content/claims/a.mdx, which already has ¶4–¶5.',
    ]);
  });

  it('names a gap between claims', () => {
    expect(checkClaimRanges([s('a', 1, 1, 3), s('b', 2, 6, 10)], 10)).toEqual([
      'content/claims/b.mdx: `paragraphs.from: 6` leaves a gap: ¶4–¶5 are in no claim (the previous claim, content/claims/a.mdx, ends at ¶3).',
    ]);
  });

  it('names paragraphs left out at the start and the end', () => {
    expect(checkClaimRanges([s('a', 1, 2, 8)], 10)).toEqual([
      'content/claims/a.mdx: `paragraphs.from: 2` leaves a gap: ¶1–¶1 are in no claim.',
      'content/claims/a.mdx: ¶9–¶10 are in no claim (the last claim ends at `paragraphs.to: 8`).',
    ]);
  });

  it('names a duplicated slug and a duplicated or gapped order', () => {
    expect(checkClaimRanges([s('a', 1, 1, 5, 'same'), s('b', 1, 6, 10, 'same')], 10)).toEqual([
      'content/claims/b.mdx: `slug: same` is already used by content/claims/a.mdx.',
      'content/claims/b.mdx: `order: 1` is already used by content/claims/a.mdx.',
    ]);
    expect(checkClaimRanges([s('a', 1, 1, 5), s('b', 3, 6, 10)], 10)).toEqual(['content/claims/b.mdx: `order: 3` leaves a gap; orders must run 1…2.']);
  });
});

describe('helpers', () => {
  it('gives each claim of the model its neighbours in reading order, and labels ranges', () => {
    const { claims } = model();
    claims.forEach((c, i) => {
      expect(c.prev, c.slug).toBe(claims[i - 1]?.slug);
      expect(c.next, c.slug).toBe(claims[i + 1]?.slug);
    });
    expect(rangeLabel({ from: 26, to: 26 })).toBe('¶26');
    expect(rangeLabel({ from: 1, to: 6 })).toBe('¶1–¶6');
  });
});
