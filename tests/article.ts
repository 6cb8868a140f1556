// This repository's own article, as the tests expect it: its shape and a few
// landmarks. The one place tests name this article's facts; tests that hold
// for any explainer read the model instead (tests/helpers/explainer.ts).
export const ARTICLE = {
  paragraphs: 35,
  crossheads: ['p8 Fawning European leaders', 'p17 Capitalist hypocrisy', 'p29 Cynical attrition'],
  /**
   * The claims the brief names, and how many claims there may be: at least those four; at most 12, enough for the
   * longest claims to be split where the argument turns (each page within one round trip), few enough to read as
   * one argument.
   */
  namedClaims: ['The Alaska summit', 'The Washington meeting', 'European positions', 'The Marxist analysis'],
  claimCount: { min: 4, max: 12 },
  /** A claim and a paragraph in it, for tests that need one. */
  sampleClaim: 'washington-meeting',
  sampleParagraph: 12,
} as const;
