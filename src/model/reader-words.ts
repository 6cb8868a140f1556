// Words that belong to the editors, never to readers: the content's file names and paths, the
// research's ids and documents, the names of our tools. Readers see our notes, not our workshop.
// The public corrections log is checked against the whole list by its schema (./schemas.ts); the
// built pages and every download format are checked against READER_INTERNALS by
// tests/site/reader-words.test.ts.

export interface Internal {
  /** What a reader would see, in the words of the error message. */
  what: string;
  pattern: RegExp;
}

/** Internals that must appear nowhere a reader looks: any page, the PDFs, the EPUB, the offline copy. */
export const READER_INTERNALS: readonly Internal[] = [
  { what: 'a path in the content folder', pattern: /\bcontent\/[\w-]+(?:[./][\w-]+)*/ },
  { what: 'a content file name', pattern: /[\w-]+\.(?:ya?ml|mdx)\b/i },
  { what: 'a research id (such as F12)', pattern: /\bF\d{1,3}\b/ },
  { what: 'the name of an internal document', pattern: /\bSPEC\b|\bsources-primary\b|\bglossary-timeline\b/ },
  { what: 'the research’s file word “dossier”', pattern: /\bdossiers?\b/i },
  { what: 'the name of the file of unsourced statements', pattern: /\bunsourced\b/i },
];

/** Also refused in the corrections log, which editors write by hand: other file names, rule numbers, tool names. */
export const LOG_INTERNALS: readonly Internal[] = [
  ...READER_INTERNALS,
  { what: 'a file name', pattern: /[\w-]+\.(?:md|json|txt|tsx?|mjs|astro)\b/i },
  { what: 'a rule number of the editors’ guidelines', pattern: /\brule \d+\b/i },
  { what: 'the name of a tool', pattern: /\b(?:zod|astro|vitest|playwright|pagefind|yaml|mdx|git|npm)\b/i },
  { what: 'a field name of the content files', pattern: /\b(?:titleIsDescription|partly-verified|not-found|not-checked)\b/ },
];

/** The first internal found in `text`, with the words that matched, or undefined. */
export function findInternal(text: string, list: readonly Internal[] = READER_INTERNALS): { what: string; found: string } | undefined {
  for (const { what, pattern } of list) {
    const m = pattern.exec(text);
    if (m) return { what, found: m[0] };
  }
  return undefined;
}
