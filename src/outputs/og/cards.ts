// Which link-preview cards the site has, and what each shows: the one list the
// build writes into /og/ and the dev server serves (files.ts), and the
// build's card workers draw (pool.ts). A pure function of the model and the
// site's host.
import type { Model } from '../../model/build.ts';
import { claimKicker } from '../../lib/render/words.ts';
import { modelI18n } from '../../i18n/node.ts';
import { quoteWords } from '../../lib/share/seo.ts';
import { claimCardUrl, paragraphCardUrl, SITE_CARD_URL } from '../../model/urls.ts';

export interface SiteCardInput {
  siteName: string;
  tagline: string;
  kicker: string;
  host: string;
}
export interface ClaimCardInput {
  kicker: string;
  title: string;
  claim: string;
  siteName: string;
  host: string;
}
export interface QuoteCardInput {
  n: number;
  words: string;
  claimTitle: string;
  siteName: string;
  host: string;
}

/** One card: its kind, its address (`url`, under /og/), and everything that decides its pixels (`input`). */
export type Card =
  | { kind: 'site'; url: string; input: SiteCardInput }
  | { kind: 'claim'; url: string; input: ClaimCardInput }
  | { kind: 'quote'; url: string; input: QuoteCardInput };

/** A card's kind and inputs, without its address: what drawing it needs (image.ts drawCard, the card workers). */
export type CardDrawing<T = Card> = T extends Card ? Pick<T, 'kind' | 'input'> : never;

/** The site's host as the cards print it, from the configured site (Astro's `site`), or '' without one. */
export const cardHost = (site: string | URL | undefined): string => (site ? new URL(site).host : '');

/** Every card: a quote card per paragraph that is not a crosshead, then the site-wide card and one per claim. */
export function ogCards(model: Pick<Model, 'explainer' | 'claims' | 'paragraphs'>, host: string): Card[] {
  const { site, article } = model.explainer;
  // The cards' words in the explainer's language, i18n.yaml's rewordings included.
  const { i18n, work } = modelI18n(model);
  const { t } = i18n;
  const titles = new Map(model.claims.map((c) => [c.slug, c.title]));
  const titleOf = (slug: string) => {
    const title = titles.get(slug);
    if (title === undefined) throw new Error(`og-cards: no claim ${slug}`); // the model's checks make this unreachable
    return title;
  };
  return [
    ...model.paragraphs
      .filter((p) => !p.crosshead)
      .map((p): Card => ({ kind: 'quote', url: paragraphCardUrl(p.n), input: { n: p.n, words: quoteWords(p.text), claimTitle: titleOf(p.claim), siteName: site.name, host } })),
    { kind: 'site', url: SITE_CARD_URL, input: { siteName: site.name, host, kicker: work.cardKicker(article), tagline: site.tagline } },
    ...model.claims.map(
      (c): Card => ({
        kind: 'claim',
        url: claimCardUrl(c.slug),
        input: { kicker: claimKicker(c, model.claims.length, t), title: c.title, claim: c.claim, siteName: site.name, host },
      }),
    ),
  ];
}
