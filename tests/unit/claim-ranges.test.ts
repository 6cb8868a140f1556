// The checks that keep the claims telling the article once, in order.
import { describe, expect, it } from 'vitest';
import { checkClaimRanges, checkMovedFrom, rangeLabel, type ClaimShape } from '../../src/model/claim-ranges.ts';
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

describe('checkMovedFrom', () => {
  const moved = (claim: ClaimShape, from: string): ClaimShape => ({ ...claim, movedFrom: from });
  it('accepts a claim split off the end of the claim just before it', () => {
    expect(checkMovedFrom([s('a', 1, 1, 3), moved(s('b', 2, 4, 6), 'a'), s('c', 3, 7, 10)])).toEqual([]);
  });
  it('names the file, the field, the value and the claim it can only be', () => {
    expect(checkMovedFrom([s('a', 1, 1, 3), s('b', 2, 4, 6), moved(s('c', 3, 7, 10), 'a')])).toEqual([
      'content/claims/c.mdx: `movedFrom: a`: a claim can only have been split off the claim just before it, here content/claims/b.mdx (`slug: b`).',
    ]);
    expect(checkMovedFrom([s('a', 1, 1, 3), moved(s('b', 2, 4, 6), 'alaska')])).toEqual([
      "content/claims/b.mdx: `movedFrom: alaska` is no claim's slug; the claim just before it is content/claims/a.mdx (`slug: a`).",
    ]);
    expect(checkMovedFrom([moved(s('a', 1, 1, 3), 'b'), s('b', 2, 4, 6)])).toEqual([
      'content/claims/a.mdx: `movedFrom: b`: the first claim was split off no claim before it; leave `movedFrom` out.',
    ]);
  });
  it('gives the claim it was split off the paragraphs it once had, to keep their anchors', () => {
    const { claims } = model();
    for (const c of claims) {
      const next = claims[c.index + 1];
      if (next?.movedFrom === c.slug) expect(c.continued, c.slug).toEqual({ slug: next.slug, title: next.title, paragraphs: expect.any(Array) });
      else expect(c.continued, c.slug).toBeUndefined();
    }
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
