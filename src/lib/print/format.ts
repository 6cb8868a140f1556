// Small pure formatters for the printed pamphlet (unit-tested in tests/unit/print-format.test.ts).

/** [1, 2, 3, 5, 8, 9] → "¶1–¶3, ¶5, ¶8–¶9": the paragraphs a name or source touches, short enough for paper. */
export function paragraphRuns(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `¶${sorted[i]}` : `¶${sorted[i]}–¶${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
