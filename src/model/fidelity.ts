// Fidelity: do the paragraphs a reader sees reproduce the article exactly?
// Pure functions: the build's remark plugin words its errors with describeDifference, and the built-site,
// PDF, EPUB and offline tests hold what they read to the golden copy with checkFidelity, so every layer applies
// the same rule.

export interface FoundParagraph {
  /** The ¶ number the page claims for this text. */
  n: number;
  text: string;
  /** Where it was found (file or URL), for the error message. */
  where: string;
}

const CONTEXT = 30;

/** "at character 57: expected “…green park…”, found “…green yard…”" */
export function describeDifference(expected: string | undefined, found: string): string {
  if (expected === undefined) return `there is no such paragraph in the article (found “${found.slice(0, 60)}…”)`;
  let i = 0;
  while (i < expected.length && i < found.length && expected[i] === found[i]) i++;
  const start = Math.max(0, i - CONTEXT);
  const clip = (s: string) => (start > 0 ? '…' : '') + s.slice(start, i + CONTEXT) + (i + CONTEXT < s.length ? '…' : '');
  return `first difference at character ${i + 1}: expected “${clip(expected)}”, found “${clip(found)}”`;
}

/**
 * Compare the paragraphs found (in reading order) with the golden copy. Returns
 * one message per problem: missing, duplicated, out of order, or changed; an
 * empty list means the text is complete, in order and unchanged.
 */
export function checkFidelity(golden: readonly string[], found: readonly FoundParagraph[]): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  let previous = 0;
  for (const p of found) {
    if (!Number.isInteger(p.n) || p.n < 1 || p.n > golden.length) {
      problems.push(`${p.where}: ¶${p.n} does not exist (the article has ¶1–¶${golden.length}).`);
      continue;
    }
    const firstSeen = seen.get(p.n);
    if (firstSeen !== undefined) {
      problems.push(`${p.where}: ¶${p.n} appears twice (first in ${firstSeen}).`);
      continue;
    }
    seen.set(p.n, p.where);
    if (p.n < previous) problems.push(`${p.where}: ¶${p.n} comes after ¶${previous}; paragraphs are out of order.`);
    previous = Math.max(previous, p.n);
    if (p.text !== golden[p.n - 1]) {
      problems.push(`${p.where}: ¶${p.n} differs from the golden copy: ${describeDifference(golden[p.n - 1], p.text)}`);
    }
  }
  for (let n = 1; n <= golden.length; n++) {
    if (!seen.has(n)) problems.push(`¶${n} is missing: no page shows “${golden[n - 1]!.slice(0, 50)}…”`);
  }
  return problems;
}
