// The words for a statement's status, the same on every page, in print and in the PDF: its name, the same in lower
// case (mid-sentence), its short form (a paragraph's folded note line "3 sources · 1 caveat · opinion" and the
// evidence at a glance "7 opinion" count them) and what it means (the legend and /method/), each a message of the
// interface dictionary (src/i18n/en.ts `status.*`). The order they are explained in is src/model/citations.ts
// `STATUS_ORDER`, the marks src/model/citations.ts `statementLabel`. A note never repeats these words
// (src/model/schemas.ts `STATUS_NOTE_WORDS`).
import type { StatementStatus } from '../../model/citations.ts';
import { createI18n, type I18n } from '../../i18n/core.ts';

/** Each status's messages: its name, in lower case, short, and what it means. */
const KEYS = {
  verified: ['status.verified', 'status.verified.lower', 'status.verified.short', 'status.verified.meaning'],
  'partly-verified': ['status.partly-verified', 'status.partly-verified.lower', 'status.partly-verified.short', 'status.partly-verified.meaning'],
  'missing-context': ['status.missing-context', 'status.missing-context.lower', 'status.missing-context.short', 'status.missing-context.meaning'],
  'not-found': ['status.not-found', 'status.not-found.lower', 'status.not-found.short', 'status.not-found.meaning'],
  'not-checked': ['status.not-checked', 'status.not-checked.lower', 'status.not-checked.short', 'status.not-checked.meaning'],
  opinion: ['status.opinion', 'status.opinion.lower', 'status.opinion.short', 'status.opinion.meaning'],
} as const satisfies Record<StatementStatus, readonly [string, string, string, string]>;

export interface StatusWords {
  /** "Partly verified". */
  word: Record<StatementStatus, string>;
  /** "partly verified", as a sentence goes on with it. */
  lower: Record<StatementStatus, string>;
  /** "opinion": what the notes' summary and the evidence at a glance count. */
  short: Record<StatementStatus, string>;
  /** "a source backs its substance, but …". */
  meaning: Record<StatementStatus, string>;
}

/** The status words in an interface's language. */
export function statusWords(i18n: Pick<I18n, 't'>): StatusWords {
  const table = (i: 0 | 1 | 2 | 3) =>
    Object.fromEntries(Object.entries(KEYS).map(([status, keys]) => [status, i18n.t(keys[i])])) as Record<StatementStatus, string>;
  return { word: table(0), lower: table(1), short: table(2), meaning: table(3) };
}

/**
 * The English words, of an article: the open data's (the evidence and the annotations are data, in English whatever
 * the interface's language), and the unit tests'.
 */
const english = statusWords(createI18n({ locale: 'en' }));
export const STATUS_WORDS = english.word;
export const STATUS_SHORT = english.short;
export const STATUS_MEANING = english.meaning;
