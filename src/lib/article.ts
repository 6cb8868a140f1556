// The golden copy: the article exactly as received. Its non-empty lines are the
// article's paragraphs, numbered from 1; everything else (sections, fidelity
// tests, the paragraph numbering plugin) is checked against it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Resolved from the project root (where astro, vitest and the scripts run):
// import.meta.url would point into dist/ once the build bundles this module.
export const GOLDEN_COPY_PATH = resolve(process.cwd(), 'content/source-text.txt');

/** Split a text into paragraphs the way the project counts them: non-empty lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

let cached: string[] | undefined;

/** The article's paragraphs, index 0 = ¶1. */
export function goldenParagraphs(): string[] {
  cached ??= splitParagraphs(readFileSync(GOLDEN_COPY_PATH, 'utf8'));
  return cached;
}

/** The article's crossheads (its own headings), by paragraph number. */
export const CROSSHEADS: ReadonlySet<number> = new Set([8, 17, 29]);

export const paragraphId = (n: number): string => `p${n}`;
