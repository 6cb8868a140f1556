// The words for a statement's status, the same on every page, in print and in the PDF. One plain line each;
// the order they are explained in is src/model/citations.ts `STATUS_ORDER`, the marks its
// `statementLabel`. A note never repeats these words (src/model/schemas.ts `STATUS_NOTE_WORDS`).
import type { StatementStatus } from '../../model/citations.ts';

export const STATUS_WORDS: Record<StatementStatus, string> = {
  verified: 'Verified',
  'partly-verified': 'Partly verified',
  'missing-context': 'Missing context',
  'not-found': 'Not found',
  'not-checked': 'Not checked',
  opinion: 'The article’s opinion or analysis',
};

/** The same, as a paragraph's folded note line ("3 sources · 1 caveat · opinion") and the evidence at a glance ("7 opinion") count them. */
export const STATUS_SHORT: Record<StatementStatus, string> = {
  verified: 'verified',
  'partly-verified': 'partly verified',
  'missing-context': 'missing context',
  'not-found': 'not found',
  'not-checked': 'not checked',
  opinion: 'opinion',
};

/** What each status means (the legend and /method/). */
export const STATUS_MEANING: Record<StatementStatus, string> = {
  verified: 'a source our research checked backs this statement.',
  'partly-verified': 'a source backs its substance, but the wording, venue, timing or scope differs (the difference is given).',
  'missing-context': 'a source backs it, but the article leaves out something a reader needs to know (what it leaves out is given).',
  'not-found': 'a checkable fact: our research looked for a source and found none.',
  'not-checked': 'a checkable fact our research did not look into.',
  opinion: 'its own reading, forecast or programme: not a checkable fact, so not a failed check.',
};
