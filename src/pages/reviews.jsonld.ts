// /reviews.jsonld: the statements of every claim page and our reviews of those we rated, as schema.org JSON-LD
// (src/lib/share/structured-data.ts reviewsLd): a claim (a Claim or Quotation of the original) and, where we rated
// it, a ClaimReview with its rating and sources. The claim pages' own structured data describes the page only.
import type { APIRoute } from 'astro';
import { model, source } from '../model/index.ts';
import { reviewsLd } from '../lib/share/structured-data.ts';
import { STATUS_WORDS } from '../lib/render/status.ts';

export const GET: APIRoute = ({ site }) => {
  const { article } = model.explainer;
  const claims = model.claims.map((claim) => ({
    site: site!,
    slug: claim.slug,
    title: claim.title,
    articleUrl: article.url,
    articleTitle: article.title,
    statements: model.paragraphs.slice(claim.paragraphs.from - 1, claim.paragraphs.to).flatMap((p) => model.statements[p.n] ?? []),
    sourcePage: (id: string) => source(id).href,
    // Structured data is data: the statuses' English names whatever the interface's language.
    statusWords: STATUS_WORDS,
  }));
  return new Response(`${JSON.stringify(reviewsLd(site!, claims), null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json' } });
};
