// The arithmetic of the chunked print (src/outputs/pdf/join.ts): which parts print together,
// where each chunk's pages fall in the joined PDF, and how the rebuilt outline nests. The join
// itself is checked on the built PDFs (tests/browser/pdf.test.ts), which are printed in chunks.
import { describe, expect, it } from 'vitest';
import { chunkOffsets, joinedPages, outlineParents, planChunks } from '../../src/outputs/pdf/join.ts';

describe('planChunks', () => {
  const part = (weight: number, startsPage = true) => ({ weight, startsPage });

  it('fills each chunk up to the budget, in order', () => {
    expect(planChunks([part(40), part(40), part(40), part(40), part(90)], 100)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('cuts only before a part that starts a page, so a chunk paginates as in the whole', () => {
    // Part 1 does not start a page: it stays with part 0 though the budget is passed.
    expect(planChunks([part(60), part(60, false), part(10), part(60)], 100)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('gives a part heavier than the budget a chunk of its own, and one chunk to a small whole', () => {
    expect(planChunks([part(10), part(500), part(10)], 100)).toEqual([[0], [1], [2]]);
    expect(planChunks([part(10), part(20), part(30)], 100)).toEqual([[0, 1, 2]]);
    expect(planChunks([], 100)).toEqual([]);
  });

  it('refuses a budget that is not positive', () => {
    expect(() => planChunks([part(1)], 0)).toThrow('chunk budget must be positive');
    expect(() => planChunks([part(1)], Number.NaN)).toThrow('chunk budget must be positive');
  });
});

describe('page numbers across chunks', () => {
  it('puts each chunk after the pages of the chunks before it', () => {
    expect(chunkOffsets([5, 3, 7])).toEqual([0, 5, 8]);
    expect(chunkOffsets([])).toEqual([]);
  });

  it('shifts every heading’s in-chunk page by its chunk’s offset, keeping 0 (no page) as 0', () => {
    expect(
      joinedPages(
        [
          [1, 2, 5],
          [1, 1, 3],
          [0, 2],
        ],
        [5, 3, 7],
      ),
    ).toEqual([1, 2, 5, 6, 6, 8, 0, 10]);
  });
});

describe('outlineParents', () => {
  it('nests each bookmark under the nearest earlier one of a lower heading level', () => {
    // h1, h2, h3, h3, h2, h3, h2
    expect(outlineParents([1, 2, 3, 3, 2, 3, 2])).toEqual([-1, 0, 1, 1, 0, 4, 0]);
  });

  it('keeps a skipped level under the last lower one, and a second h1 at the top', () => {
    expect(outlineParents([1, 3, 2, 4, 1, 2])).toEqual([-1, 0, 0, 2, -1, 4]);
    expect(outlineParents([2, 2, 3])).toEqual([-1, -1, 1]);
  });
});
