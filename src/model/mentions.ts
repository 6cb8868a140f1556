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

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A letter, digit or underscore (ASCII answered without the Unicode regex: it runs for every character). */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

/** A word's characters from `i` on: where a phrase starting at `i` must end its first word. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && isWordChar(text[j])) j++;
  return text.slice(i, j);
}

/**
 * The matchers by the first word of their phrase, each list still longest first. A phrase that
 * matches at a word start (and ends on a boundary) begins with the text's word there, so only
 * that word's list is tried: the time per position no longer grows with the number of phrases.
 */
const indexes = new WeakMap<readonly Matcher[], Map<string, Matcher[]>>();
function byFirstWord(matchers: readonly Matcher[]): Map<string, Matcher[]> {
  let index = indexes.get(matchers);
  if (!index) {
    index = new Map();
    for (const m of matchers) {
      const key = wordAt(m.phrase, 0);
      const list = index.get(key);
      if (list) list.push(m);
      else index.set(key, [m]);
    }
    indexes.set(matchers, index);
  }
  return index;
}

/** Every non-overlapping mention in `text`, left to right (at each place, the longest phrase that fits). */
export function findMentions(text: string, matchers: readonly Matcher[]): Mention[] {
  const index = byFirstWord(matchers);
  const found: Mention[] = [];
  let i = 0;
  outer: while (i < text.length) {
    if (!isWordChar(text[i - 1])) {
      for (const { id, phrase } of index.get(wordAt(text, i)) ?? []) {
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
