// The citation entries of this explainer, from the model (src/lib/cite/index.ts
// turns them into every format). Pages, endpoints and the head import these. No claim takes the article's
// name (ARTICLE_CITE_NAME), so their files never clash: the content checks refuse that slug (src/model/urls.ts slugClash).
import { article, model, site, type Claim } from '../../model/index.ts';
import { ARTICLE_CITE_NAME, claimUrl, paragraphUrl } from '../../model/urls.ts';
import { articleEntry, claimEntry, paragraphEntry, type CiteContext, type CiteEntry } from './items.ts';
import { i18n } from '../../i18n/index.ts';

export const citeContext = (siteUrl: URL): CiteContext => ({ site: siteUrl, siteName: site.name, locale: site.locale, article, i18n });
export const articleCitation = (siteUrl: URL): CiteEntry => articleEntry(citeContext(siteUrl), ARTICLE_CITE_NAME);
export const claimCitation = (siteUrl: URL, claim: Claim): CiteEntry => claimEntry(citeContext(siteUrl), claim, claimUrl(claim.slug));
export const paragraphCitation = (siteUrl: URL, claim: Claim, n: number): CiteEntry =>
  paragraphEntry(citeContext(siteUrl), claim, n, paragraphUrl(claim.slug, n));

/** The entries of one citation file: the article's, or a claim page's. */
export function fileEntries(siteUrl: URL, name: string): CiteEntry[] {
  if (name === ARTICLE_CITE_NAME) return [articleCitation(siteUrl)];
  const claim = model.claims.find((c) => c.slug === name);
  if (!claim) throw new Error(`src/lib/cite: no claim with slug ${name}`);
  return [claimCitation(siteUrl, claim)];
}
export const fileNames = (): string[] => [ARTICLE_CITE_NAME, ...model.claims.map((c) => c.slug)];
