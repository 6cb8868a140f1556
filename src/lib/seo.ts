// Head metadata, structured data and citations: pure functions of plain data,
// so they are unit-tested without Astro (tests/unit/seo.test.ts). Pages reach
// them through src/layouts/Base.astro → src/components/Head.astro.
//
// Every URL a page hands to the outside world (canonical, og:url, og:image,
// JSON-LD, the copied links) is absolute, built from the configured site
// (`SITE_URL` → astro.config.mjs `site` → Astro.site).

/** Link-preview cards: the size every platform crops to without loss. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The site-wide card, for pages without their own. */
export const SITE_OG_IMAGE = '/og/site.png';
/** A claim's card. */
export const ogImagePath = (slug: string) => `/og/${slug}.png`;

/** astro.config.mjs's fallback when SITE_URL is not set (Astro.site is then never undefined). */
export const DEFAULT_SITE_URL = 'https://anchorage-explainer.example.org';

/** Absolute URL of a root-relative path on the configured site. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? DEFAULT_SITE_URL).href;
}

export interface ArticleInfo {
  title: string;
  publisher: string;
  publisherSite: string;
  url: string;
  date: string;
}

export interface ClaimInfo {
  title: string;
  slug: string;
  order: number;
  claim: string;
  paragraphs: { from: number; to: number };
}

export interface ActorInfo {
  name: string;
  kind: 'person' | 'state' | 'organisation' | 'group';
  /** Root-relative address of the actor's page, if there is one. */
  url?: string;
}

type Node = Record<string, unknown>;

/** schema.org type for an actor kind. */
export const actorType = (kind: ActorInfo['kind']) =>
  ({ person: 'Person', state: 'Country', organisation: 'Organization', group: 'Organization' })[kind];

/** The original article: what every page of the explainer is based on. */
export function originalArticleLd(article: ArticleInfo): Node {
  return {
    '@type': 'Article',
    '@id': article.url,
    url: article.url,
    headline: article.title,
    publisher: { '@type': 'Organization', name: article.publisher, url: `https://${article.publisherSite.replace(/^https?:\/\//, '')}/` },
  };
}

interface PageLdInput {
  site: URL | string;
  siteName: string;
  /** Root-relative path of this page. */
  path: string;
  title: string;
  description: string;
  image: string;
  article: ArticleInfo;
}

const websiteLd = (site: URL | string, siteName: string): Node => ({
  '@type': 'WebSite',
  '@id': absoluteUrl('/#website', site),
  url: absoluteUrl('/', site),
  name: siteName,
  inLanguage: 'en-GB',
});

/** A WebPage node in the site, based on the original article: the shape shared by the home and other pages. */
function webPageLd(input: PageLdInput): Node {
  const { site, siteName, path, title, description, image, article } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': absoluteUrl(path, site),
    url: absoluteUrl(path, site),
    name: title,
    description,
    inLanguage: 'en-GB',
    image: absoluteUrl(image, site),
    isPartOf: websiteLd(site, siteName),
    isBasedOn: originalArticleLd(article),
  };
}

/** The whole explainer (the home page): a WebPage with every claim as a part. */
export function homeLd(input: PageLdInput & { claims: readonly ClaimInfo[] }): Node {
  const { site, claims } = input;
  return {
    ...webPageLd(input),
    hasPart: claims.map((c) => ({
      '@type': 'Article',
      '@id': absoluteUrl(`/${c.slug}/`, site),
      url: absoluteUrl(`/${c.slug}/`, site),
      headline: c.title,
      position: c.order,
    })),
  };
}

/** One claim page: an Article that is part of the whole, based on the original, about its actors. */
export function claimLd(input: PageLdInput & { claim: ClaimInfo; actors: readonly ActorInfo[]; total: number }): Node {
  const { site, siteName, path, description, image, article, claim, actors, total } = input;
  const url = absoluteUrl(path, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: claim.title,
    description,
    inLanguage: 'en-GB',
    image: absoluteUrl(image, site),
    position: claim.order,
    author: { '@type': 'Organization', name: siteName, url: absoluteUrl('/', site) },
    isPartOf: {
      '@type': 'WebPage',
      '@id': absoluteUrl('/', site),
      url: absoluteUrl('/', site),
      name: siteName,
      numberOfItems: total,
      isPartOf: websiteLd(site, siteName),
    },
    isBasedOn: {
      ...originalArticleLd(article),
      // Which part of the original this claim quotes.
      description: `Paragraphs ${claim.paragraphs.from}–${claim.paragraphs.to} of the article`,
    },
    about: actors.map((a) => ({
      '@type': actorType(a.kind),
      name: a.name,
      ...(a.url ? { url: absoluteUrl(a.url, site) } : {}),
    })),
  };
}

/** Any other page: a WebPage in the site; `extra` adds or overrides properties (about, mainEntity…). */
export function pageLd(input: PageLdInput & { extra?: Node }): Node {
  return { ...webPageLd(input), ...input.extra };
}

/**
 * JSON for an inline `<script type="application/ld+json">` data block: `<` is
 * escaped so no string in it can close the script element.
 */
export const jsonLdText = (node: Node): string => JSON.stringify(node).replace(/</g, '\\u003c');

/** Placeholder the reader replaces with the day they read the page. */
export const ACCESSED_PLACEHOLDER = '[date accessed]';

/** "Cite this claim": one short plain-text reference (the article, its publisher, the claim, our URL). */
export function citationText(input: { article: ArticleInfo; claim: ClaimInfo; siteName: string; url: string }): string {
  const { article, claim, siteName, url } = input;
  const range = claim.paragraphs.from === claim.paragraphs.to ? `¶${claim.paragraphs.from}` : `¶${claim.paragraphs.from}–¶${claim.paragraphs.to}`;
  return (
    `${article.publisher}, “${article.title}”, ${article.publisherSite}, ${article.date}: ` +
    `claim “${claim.title}” (${range}), in ${siteName}, ${url} (accessed ${ACCESSED_PLACEHOLDER}).`
  );
}

/** Short paragraph links: /p/<N>/ → the claim page and #p<N>. */
export function paragraphTargets(claims: readonly Pick<ClaimInfo, 'slug' | 'paragraphs' | 'title'>[]): { n: number; path: string; target: string; title: string }[] {
  return claims.flatMap((c) =>
    Array.from({ length: c.paragraphs.to - c.paragraphs.from + 1 }, (_, i) => {
      const n = c.paragraphs.from + i;
      return { n, path: `/p/${n}/`, target: `/${c.slug}/#p${n}`, title: c.title };
    }),
  );
}
