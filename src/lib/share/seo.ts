// Head metadata: absolute addresses and the link previews (the cards' size, what a card and a paragraph's preview
// show). Pure functions of plain data, so they are unit-tested without Astro (tests/unit/seo.test.ts). Pages reach
// them through src/layouts/Base.astro → src/components/site/Head.astro; the structured data (JSON-LD) is
// ./structured-data.ts.
//
// Every URL a page hands to the outside world (canonical, og:url, og:image,
// JSON-LD, the copied links) is absolute, built from the configured site
// (`SITE_URL` → astro.config.ts `site` → Astro.site).

import { claimCardUrl, paragraphCardUrl } from '../../model/urls.ts';
import { openingWords } from '../render/excerpt.ts';
import type { WorkI18n } from '../render/work.ts';

/** Link-preview cards: the size every platform crops to without loss. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The most of a paragraph its quote card shows, which is also its link preview's description. */
export const QUOTE_CHARS = 250;

/** A paragraph's words as its quote card and link preview show them: its opening words, cut at a word with an ellipsis. */
export const quoteWords = (text: string): string => openingWords(text, QUOTE_CHARS);

/** A claim's card and its alt text: what it shows, in words. */
export const claimCardImage = (claim: { slug: string; title: string; claim: string }, siteName: string, i18n: Pick<WorkI18n, 't'>) => ({
  src: claimCardUrl(claim.slug),
  alt: i18n.t('preview.claimCardAlt', { title: claim.title, claim: claim.claim, site: siteName }),
});

/**
 * A paragraph's link preview: its opening words and its own quote card. A
 * crosshead is a heading, a few words with nothing to quote around them: it
 * previews as its claim does (the claim sentence and the claim's card).
 */
export function paragraphPreview(
  p: { n: number; text: string; crosshead: boolean },
  claim: { slug: string; title: string; claim: string },
  siteName: string,
  i18n: Pick<WorkI18n, 't'>,
) {
  if (p.crosshead) return { description: claim.claim, image: claimCardImage(claim, siteName, i18n) };
  const words = quoteWords(p.text);
  return {
    description: words,
    image: { src: paragraphCardUrl(p.n), alt: i18n.t('preview.paragraphCardAlt', { n: String(p.n), words, title: claim.title, site: siteName }) },
  };
}

/**
 * Absolute URL of a root-relative path on the configured site (astro.config.ts
 * always sets `site`: SITE_URL or explainer.yaml `site.defaultUrl`).
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl: no site configured');
  return new URL(path, site).href;
}
