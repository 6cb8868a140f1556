// Byte budgets from the issues, in one place for the bench and the tests.
// Claim pages: ≤ 24 KB first-load transfer with both sidebars (issue 3; 20 KB before sidebars),
// JavaScript ≤ 2 KB (optional enhancements only: nothing needs it to read); other pages are held to the same ceiling.
export const BUDGET = {
  pageGzip: () => 24 * 1024,
  jsGzip: () => 2 * 1024,
};
