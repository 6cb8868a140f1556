// The words for a statement's status, the same on every page, in print and in the PDF.
import type { StatementStatus } from '../../model/citations';

export const STATUS_WORDS: Record<StatementStatus, string> = {
  verified: 'Verified',
  'partly-verified': 'Partly verified',
  'not-found': 'Not found',
  'not-checked': 'Not checked',
};

/** What each status means (the legend and /method/). */
export const STATUS_MEANING: Record<StatementStatus, string> = {
  verified: 'a source our research checked backs this statement.',
  'partly-verified': 'a source backs its substance, but the wording, venue, timing or scope differs (the difference is given).',
  'not-found': 'our research looked for a source and found none.',
  'not-checked': 'the article’s own analysis or opinion, or a point our research did not look into; not a failed check.',
};
