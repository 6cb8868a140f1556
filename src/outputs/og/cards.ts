// Which link-preview cards the site has, and what each shows: the one list the
// build writes into /og/ and the dev server serves (files.ts), and the
// build's card workers draw (pool.ts). A pure function of the model and the
// site's host. Every word a card shows is in its inputs, in the explainer's language (its dictionary, i18n.yaml),
// with the language and its writing direction: they decide the pixels, so the card cache keys on them.
import type { Model } from '../../model/build.ts';
import type { I18n } from '../../i18n/core.ts';
import { modelI18n } from '../../i18n/node.ts';
import { claimKicker } from '../../lib/render/words.ts';
import { createWorkSentences } from '../../lib/render/work.ts';
import { quoteWords } from '../../lib/share/seo.ts';
import { claimCardUrl, paragraphCardUrl, SITE_CARD_URL } from '../../model/urls.ts';

/** The language a card is in, and its writing direction (a right-to-left card is drawn by Chromium: image.ts). */
export interface CardLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}
export interface SiteCardInput extends CardLanguage {
  siteName: string;
  tagline: string;
  kicker: string;
  host: string;
}
export interface ClaimCardInput extends CardLanguage {
  kicker: string;
  /** The label over the claim ("The claim, in our words"). */
  ours: string;
  title: string;
  claim: string;
  siteName: string;
  host: string;
}
export interface QuoteCardInput extends CardLanguage {
  n: number;
  /** Its kicker ("¶3 · In the article’s words"). */
  kicker: string;
  /** The article's words as shortened for the card (seo.ts quoteWords), never changed… */
  words: string;
  /** …and between the language's quotation marks, as the card shows them. */
  quoted: string;
  /** The label before its claim's title ("Claim:"). */
  claimLabel: string;
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

/** Every card: a quote card per paragraph that is not a crosshead, then the site-wide card and one per claim, in the explainer's words (`i18n`). */
// `i18n`: the dev server passes the one it read i18n.yaml into just now, so a reworded card shows without a restart.
export function ogCards(model: Pick<Model, 'explainer' | 'claims' | 'paragraphs'>, host: string, i18n: I18n = modelI18n(model).i18n): Card[] {
  const { site, article } = model.explainer;
  const { t } = i18n;
  const work = createWorkSentences(i18n);
  const language: CardLanguage = { lang: i18n.locale, dir: i18n.dir };
  const titles = new Map(model.claims.map((c) => [c.slug, c.title]));
  const titleOf = (slug: string) => {
    const title = titles.get(slug);
    if (title === undefined) throw new Error(`og-cards: no claim ${slug}`); // the model's checks make this unreachable
    return title;
  };
  return [
    ...model.paragraphs
      .filter((p) => !p.crosshead)
      .map((p): Card => {
        const words = quoteWords(p.text);
        return {
          kind: 'quote',
          url: paragraphCardUrl(p.n),
          input: {
            n: p.n,
            kicker: t('card.articleWords', { n: p.n }),
            words,
            quoted: t('quote', { text: words }),
            claimLabel: t('card.claim'),
            claimTitle: titleOf(p.claim),
            siteName: site.name,
            host,
            ...language,
          },
        };
      }),
    { kind: 'site', url: SITE_CARD_URL, input: { siteName: site.name, host, kicker: work.cardKicker(article), tagline: site.tagline, ...language } },
    ...model.claims.map((c): Card => ({
      kind: 'claim',
      url: claimCardUrl(c.slug),
      input: { kicker: claimKicker(c, model.claims.length, t), ours: t('claim.ours'), title: c.title, claim: c.claim, siteName: site.name, host, ...language },
    })),
  ];
}
