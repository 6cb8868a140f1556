// The explainer under test, read and built by the engine itself: CONTENT_DIR
// (default content/), the same folder the build read into DIST_DIR. Tests
// that hold for any explainer take its facts from here, never from a list.
import { buildModel, type Model } from '../../src/model/build.ts';
import { contentDir, readContent, type Content } from '../../src/model/read.ts';
import { modelI18n } from '../../src/i18n/node.ts';
import type { I18n } from '../../src/i18n/core.ts';

let cached: { dir: string; content: Content; model: Model } | undefined;

// Read once per content folder (a test worker may run many files of one explainer: vitest.config.ts).
function load() {
  const dir = contentDir();
  if (cached?.dir !== dir) {
    const content = readContent(dir);
    cached = { dir, content, model: buildModel(content) };
  }
  return cached;
}

/** The model of the explainer under test. */
export const model = (): Model => load().model;
/** Its golden copy, index 0 = ¶1. */
export const golden = (): string[] => load().content.golden;
/** Its site address as the build used it. */
export const siteUrl = (): URL => new URL(process.env.SITE_URL ?? model().explainer.site.defaultUrl);
/** True when testing this repository's own article (content/), whose facts tests/article.ts lists. */
export const isOwnArticle = (): boolean => !process.env.CONTENT_DIR || /^\.?\/?content\/?$/.test(process.env.CONTENT_DIR);
/** Its interface words (src/i18n/node.ts, as the outputs read them): `i18n` and the sentences about the text, `work`. */
export const interfaceWords = () => modelI18n(model());
/**
 * The interface's words and formats of the explainer under test, as its build used them: its locale's dictionary,
 * its i18n.yaml, its kind of text. Tests compare what readers see with these, never with English.
 */
export const i18n = (): I18n => interfaceWords().i18n;

/**
 * What an edition's cover and colophon must show of this explainer and of the text it explains (the offline copy's,
 * the EPUB's): its name, maker and their relation, when it was last reviewed (its own date or a claim's later
 * correction), and the text's date, title and who published or delivered it, in the explainer's words.
 */
export function editionFactsExpected(): string[] {
  const { explainer, claims } = model();
  const { maker, article, site } = explainer;
  const { i18n, work } = interfaceWords();
  const reviewed = i18n.formatDate([explainer.reviewed, ...claims.map((c) => c.reviewed)].sort().at(-1)!);
  return [site.name, maker.name, maker.relation, reviewed, work.date(article), work.title(article), ...(article.by ? [article.by] : [])];
}
