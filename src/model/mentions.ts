// Finding where the article names an actor (or a glossary term): exact,
// case-sensitive phrases on word boundaries, longest phrase first, so
// "the town's mayor" (a person) wins over "town" (a place) and
// "Smithian" is not "Smith". A possessive ’s after a name still matches,
// because the apostrophe is a boundary.

export interface Named {
  id: string;
  /** Phrases that name it in the text: its name and aliases. */
  phrases: readonly string[];
}

export interface Mention {
  id: string;
  phrase: string;
  start: number;
  end: number;
}

export interface Matcher {
  id: string;
  phrase: string;
}

/** All phrases of all entries, longest first (ties: alphabetical, for stable output). */
export function compileMatchers(entries: readonly Named[]): Matcher[] {
  return entries
    .flatMap((e) => [...new Set(e.phrases)].map((phrase) => ({ id: e.id, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Every non-overlapping mention in `text`, left to right. */
export function findMentions(text: string, matchers: readonly Matcher[]): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  outer: while (i < text.length) {
    if (!isWordChar(text[i - 1])) {
      for (const { id, phrase } of matchers) {
        if (text.startsWith(phrase, i) && !isWordChar(text[i + phrase.length])) {
          found.push({ id, phrase, start: i, end: i + phrase.length });
          i += phrase.length;
          continue outer;
        }
      }
    }
    i++;
  }
  return found;
}

/** The ids mentioned in `text`, in order of first mention. */
export const mentionedIds = (text: string, matchers: readonly Matcher[]): string[] => [
  ...new Set(findMentions(text, matchers).map((m) => m.id)),
];
