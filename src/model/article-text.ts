// How the project counts an article's paragraphs (its non-empty lines) and
// names their anchors. The golden copy itself is read by ./read.ts.

/** Split a text into paragraphs the way the project counts them: non-empty lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The anchor of ¶n on its claim page (and, prefixed, in the pamphlet). */
export const paragraphId = (n: number): string => `p${n}`;
