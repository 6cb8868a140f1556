// The citation entries of this explainer, from the model (src/lib/cite/index.ts
// turns them into every format). Pages, endpoints and the head import these.
import { article, model, site, type Claim } from '../../model/index.ts';
import { ARTICLE_CITE_NAME, claimUrl, paragraphUrl } from '../../model/urls.ts';
import { articleEntry, claimEntry, paragraphEntry, type CiteContext, type CiteEntry } from './items.ts';
import { i18n } from '../../i18n/index.ts';

const clash = model.claims.find((c) => c.slug === ARTICLE_CITE_NAME);
if (clash) {
  // /cite/<slug>.bib and the article's /cite/article.bib would be the same file.
  throw new Error(`sections: slug "${clash.slug}" is reserved for the article's citation files (/cite/${ARTICLE_CITE_NAME}.bib); choose another slug`);
}

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
