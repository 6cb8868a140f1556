// Small pure formatters for the printed pamphlet (unit-tested in tests/unit/print-format.test.ts).
import { runsOf } from '../../model/citations.ts';

/** [1, 2, 3, 5, 8, 9] → "¶1–¶3, ¶5, ¶8–¶9": the paragraphs a name or source touches, short enough for paper. */
export const paragraphRuns = (paragraphs: readonly number[]): string =>
  runsOf(paragraphs)
    .map(([a, b]) => (a === b ? `¶${a}` : `¶${a}–¶${b}`))
    .join(', ');
