// The tests that hold for any explainer, not only this repository's article, and the fixture explainers `npm test`
// runs them on (scripts/test.ts builds each; vitest.config.ts makes each a project of the one test run).
// `npm test -- --explainer <folder>` runs the same list on an editor's own content.

/** Tests that hold for any explainer, not only this article's. */
export const ANY_EXPLAINER = [
  'tests/site/fidelity.test.ts',
  'tests/site/links.test.ts',
  'tests/site/head.test.ts',
  'tests/site/og.test.ts',
  'tests/site/html-validate.test.ts',
  'tests/site/citations.test.ts',
  'tests/site/source-words.test.ts',
  'tests/site/downloads.test.ts',
  'tests/site/reader-words.test.ts',
  'tests/site/maker.test.ts',
  'tests/site/open-data.test.ts',
  'tests/site/pamphlet.test.ts',
  'tests/browser/a11y.test.ts',
  'tests/browser/pdf.test.ts',
  'tests/browser/offline.test.ts',
  'tests/browser/open-data.test.ts',
  'tests/formats/epub.test.ts',
  'tests/site/work.test.ts',
  'tests/site/optional-parts.test.ts',
  'tests/site/interface-words.test.ts',
  'tests/site/language.test.ts',
  'tests/site/typography.test.ts',
];

/**
 * The fixture explainers (tests/fixtures/explainers/): pocket-park, a news article with every part; library-speech, a
 * speech with no address and no actors, sources, glossary or timeline; rue-des-tanneurs (French) and bayan-al-maktaba
 * (Arabic, right to left), the interface in another language. Each is built from its content alone into its dist.
 */
export const FIXTURES = ['pocket-park', 'library-speech', 'rue-des-tanneurs', 'bayan-al-maktaba'].map((name) => ({
  name,
  content: `tests/fixtures/explainers/${name}`,
  dist: `dist-explainers/${name}`,
}));
