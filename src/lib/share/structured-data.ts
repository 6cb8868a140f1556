// Structured data (schema.org JSON-LD) for every page: the site, its maker, the original text, each claim page, a
// source; and, in a file of their own (/reviews.jsonld, src/pages/reviews.jsonld.ts), the statements of each claim
// and our reviews of them. Pure functions of plain data, so they are unit-tested without Astro
// (tests/unit/seo.test.ts); src/components/site/Head.astro writes the pages' into each page. Every address is absolute.
import { isRated, type Statement } from '../../model/citations.ts';
import { CHECKING_URL, CORRECTIONS_URL, METHOD_URL, REPORT_ERROR_URL, WHO_URL, claimUrl, homeUrl, noteUrl, statusUrl, WEBSITE_ID } from '../../model/urls.ts';
import { PUBLISHED_KINDS, type Work } from '../render/work.ts';
import en from '../../i18n/en.ts';
import { absoluteUrl } from './seo.ts';

/** The explained text, as explainer.yaml `article` describes it. */
export type ArticleInfo = Work;

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
}

type Node = Record<string, unknown>;

/** schema.org type for an actor kind. */
export const actorType = (kind: ActorInfo['kind']) => ({ person: 'Person', state: 'Country', organisation: 'Organization', group: 'Organization' })[kind];

/** schema.org's type for each kind of text (CreativeWork where it has none of its own). */
const WORK_TYPES: Record<Work['kind'], string> = {
  article: 'Article',
  speech: 'CreativeWork',
  report: 'Report',
  interview: 'CreativeWork',
  statement: 'CreativeWork',
  letter: 'CreativeWork',
  essay: 'Article',
  post: 'SocialMediaPosting',
};

/**
 * The original text: what every page of the explainer is based on. Who published it is its publisher; who delivered a
 * speech, gave an interview or wrote a letter is its author (a person). Its address, where it has one, is its @id.
 */
export function originalArticleLd(article: ArticleInfo): Node {
  const published = PUBLISHED_KINDS.has(article.kind);
  return {
    '@type': WORK_TYPES[article.kind],
    ...(article.url ? { '@id': article.url, url: article.url } : {}),
    // A title we wrote is a description, never a headline (nor a name).
    ...(article.titleIsDescription
      ? { description: article.title }
      : article.kind === 'article' || article.kind === 'essay'
        ? { headline: article.title }
        : { name: article.title }),
    ...(article.by
      ? published
        ? { publisher: { '@type': 'Organization', name: article.by, ...(article.url ? { url: new URL('/', article.url).href } : {}) } }
        : { author: { '@type': 'Person', name: article.by } }
      : {}),
    ...(article.where && !published ? { locationCreated: { '@type': 'Place', name: article.where } } : {}),
  };
}

interface PageLdInput {
  site: URL | string;
  siteName: string;
  /** Who made the explainer (explainer.yaml `maker`): the site's publisher and every claim page's author. */
  maker: { name: string };
  /** Root-relative path of this page. */
  path: string;
  title: string;
  description: string;
  image: string;
  article: ArticleInfo;
  /** BCP 47, e.g. fr-CA. */
  locale: string;
}

/**
 * Who made the explainer, as an Organization with the Trust Project's policies, each a part of /method/: how
 * statements are checked, how errors are corrected (the public log) and reported. Its @id (/method/#who) lets a
 * page name it again by reference. (No `ownershipFundingInfo`: the content says nothing of ownership or funding.)
 */
export const makerLd = (site: URL | string, maker: { name: string }): Node => ({
  '@type': 'Organization',
  '@id': absoluteUrl(WHO_URL, site),
  name: maker.name,
  url: absoluteUrl(WHO_URL, site),
  publishingPrinciples: absoluteUrl(METHOD_URL, site),
  verificationFactCheckingPolicy: absoluteUrl(CHECKING_URL, site),
  correctionsPolicy: absoluteUrl(CORRECTIONS_URL, site),
  actionableFeedbackPolicy: absoluteUrl(REPORT_ERROR_URL, site),
});

/** A reference to the maker, described in full once per page (the site's publisher). */
const makerRef = (site: URL | string): Node => ({ '@id': absoluteUrl(WHO_URL, site) });

const websiteLd = (site: URL | string, siteName: string, locale: string, maker: { name: string }): Node => ({
  '@type': 'WebSite',
  '@id': absoluteUrl(WEBSITE_ID, site),
  url: absoluteUrl(homeUrl, site),
  name: siteName,
  inLanguage: locale,
  publisher: makerLd(site, maker),
});

/** A WebPage node in the site, based on the original article: the shape shared by the home and other pages. */
function webPageLd(input: PageLdInput): Node {
  const { site, siteName, path, title, description, image, article, locale, maker } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': absoluteUrl(path, site),
    url: absoluteUrl(path, site),
    name: title,
    description,
    inLanguage: locale,
    image: absoluteUrl(image, site),
    isPartOf: websiteLd(site, siteName, locale, maker),
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
      '@id': absoluteUrl(claimUrl(c.slug), site),
      url: absoluteUrl(claimUrl(c.slug), site),
      headline: c.title,
      position: c.order,
    })),
  };
}

/**
 * The article's statements on one claim page, with their words (`text`, or a review's `claimReviewed`): a
 * checkable statement is a schema.org Claim that appears in the original; the article's opinion a Quotation
 * from it. A rated statement (src/model/citations.ts `isRated`: verified, partly verified, missing context, not
 * found) is reviewed: a ClaimReview (our note, at its address) of its Claim, rated with the status's words and
 * citing its sources (our page about each); a point nobody checked and an opinion get no review. Compact, for a page with a byte
 * budget: the original, the maker and each rating are named by @id after their first description.
 */
export interface StatementsLdInput {
  site: URL | string;
  slug: string;
  /** The original's address; a text with none is named by its title. */
  articleUrl: string | undefined;
  articleTitle: string;
  statements: readonly Pick<Statement, 'id' | 'paragraph' | 'quote' | 'status' | 'noteOf' | 'sources'>[];
  /**
   * Our page about a source, by id (root-relative): what a review cites. That page describes the source, its own
   * address included (`sourceLd`); its address is shorter, and far cheaper on a claim page's byte budget, than the
   * sources' own (which the open data gives directly).
   */
  sourcePage: (id: string) => string;
  /** The status's name as readers see it (the rating's text). */
  statusWords: Record<Statement['status'], string>;
}

export function statementsLd(input: StatementsLdInput): { hasPart?: Node[]; mentions?: Node[] } {
  const { site, slug, articleUrl, articleTitle, statements, sourcePage, statusWords } = input;
  const original = articleUrl ? { '@id': articleUrl } : { '@type': 'CreativeWork', name: articleTitle };
  const rated: Record<string, boolean> = {};
  const rating = (status: Statement['status']): Node => {
    const id = absoluteUrl(statusUrl(status), site);
    if (rated[status]) return { '@id': id };
    rated[status] = true;
    return { '@type': 'Rating', '@id': id, alternateName: statusWords[status] };
  };
  const hasPart: Node[] = [];
  const mentions: Node[] = [];
  for (const x of statements) {
    if (isRated(x.status)) {
      hasPart.push({
        '@type': 'ClaimReview',
        url: absoluteUrl(noteUrl(slug, x.noteOf), site),
        claimReviewed: x.quote,
        itemReviewed: { '@type': 'Claim', appearance: original },
        reviewRating: rating(x.status),
        author: makerRef(site),
        ...(x.sources.length ? { citation: x.sources.map((c) => ({ '@id': absoluteUrl(sourcePage(c.id), site) })) } : {}),
      });
    } else if (x.status === 'opinion') {
      mentions.push({ '@type': 'Quotation', text: x.quote, isPartOf: original });
    } else {
      mentions.push({ '@type': 'Claim', text: x.quote, appearance: original });
    }
  }
  return { ...(hasPart.length ? { hasPart } : {}), ...(mentions.length ? { mentions } : {}) };
}

/**
 * Every claim's statements and reviews (statementsLd), each under its claim page's @id: the reviews' own file. They
 * were in each claim page's head until that cost a sixth of the page's bytes for no reader: Google shows no fact-check
 * snippet for a page with several reviews (since 2021) nor for any (since June 2025), and the tools that still read
 * ClaimReview read a file as well as a page.
 */
export function reviewsLd(site: URL | string, claims: readonly (StatementsLdInput & { title: string })[]): Node {
  return {
    '@context': 'https://schema.org',
    '@graph': claims.map((c) => ({ '@type': 'Article', '@id': absoluteUrl(claimUrl(c.slug), site), headline: c.title, ...statementsLd(c) })),
  };
}

/**
 * One claim page: an Article that is part of the whole, based on the original, about its actors, made by the maker
 * (described in full: every page says who made it). The whole (the home page's WebPage, with the site: `homeLd`) is
 * named by @id and each actor by type and name (its page is linked from the page's sidebar): the same graph as
 * describing them again on every claim page, in half the bytes a page with a byte budget spent on it.
 */
export function claimLd(input: PageLdInput & { claim: ClaimInfo; actors: readonly ActorInfo[] }): Node {
  const { site, path, description, image, article, claim, actors, locale, maker } = input;
  const url = absoluteUrl(path, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: claim.title,
    description,
    inLanguage: locale,
    image: absoluteUrl(image, site),
    position: claim.order,
    author: makerLd(site, maker),
    isPartOf: { '@id': absoluteUrl(homeUrl, site) },
    isBasedOn: {
      ...originalArticleLd(article),
      // Which part of the original this claim quotes.
      // Structured data is data, in English whatever the interface's language.
      description: `Paragraphs ${claim.paragraphs.from}–${claim.paragraphs.to} of ${en[`work.${article.kind}.the`]}`,
    },
    about: actors.map((a) => ({ '@type': actorType(a.kind), name: a.name })),
  };
}

/** A source as our page about it describes it (the page's `about`): its own address, title or description, publisher, date. */
export function sourceLd(s: { url: string; title: string; titleIsDescription: boolean; publisher: string; date?: string | undefined }): Node {
  return {
    '@type': 'CreativeWork',
    '@id': s.url,
    url: s.url,
    // A title we wrote is a description, never a name.
    ...(s.titleIsDescription ? { description: s.title } : { name: s.title }),
    publisher: { '@type': 'Organization', name: s.publisher },
    ...(s.date ? { datePublished: s.date } : {}),
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
