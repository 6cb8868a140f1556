// Every address and anchor the site hands out, built in one place: root-relative paths, which
// ../lib/share/seo.ts makes absolute on the configured site. Nothing else in src/ writes a route or a linked
// anchor by hand (tests/unit/route-literals.test.ts reads src/ for any). The engine's own pages are plain
// literals, so a browser script that imports one address is sent that address and no more.
import { paragraphId } from './article-text.ts';

export const homeUrl = '/';
/** The site as a whole in structured data (schema.org WebSite): a node id, not a place on the page. */
export const WEBSITE_ID = `${homeUrl}#website`;
/** The home page's list of the claims (the site header's "The claims"). */
export const CLAIMS_ANCHOR = 'claims';
export const CLAIMS_URL = `${homeUrl}#${CLAIMS_ANCHOR}`;
/** The site's icon, a file of public/. */
export const FAVICON_URL = '/favicon.svg';
/** The 404 page as the host serves it at any unknown address (it has no address of its own to link). */
export const NOT_FOUND_FILE = '/404.html';
/** The sitemap's index, which astro.config.ts copies to this well-known address. */
export const SITEMAP_URL = '/sitemap.xml';

export const claimUrl = (slug: string) => `/${slug}/`;
export const paragraphUrl = (slug: string, n: number) => `${claimUrl(slug)}#${paragraphId(n)}`;
/** A statement's mark on its claim page (a statement's id is its mark's anchor). */
export const statementUrl = (slug: string, id: string) => `${claimUrl(slug)}#${id}`;
/** The short link of ¶n: a static page that sends the reader on to its claim page. */
export const SHORT_PARAGRAPHS_URL = '/p/';
export const shortParagraphUrl = (n: number) => `${SHORT_PARAGRAPHS_URL}${n}/`;
/** A statement's note on its claim page (`id` is the statement whose note says it, the model's `noteOf`). */
export const noteAnchor = (id: string) => `note-${id}`;
export const noteUrl = (slug: string, id: string) => `${claimUrl(slug)}#${noteAnchor(id)}`;

export const ACTORS_URL = '/actors/';
export const actorUrl = (id: string) => `${ACTORS_URL}${id}/`;
export const SOURCES_URL = '/sources/';
export const sourceUrl = (id: string) => `${SOURCES_URL}${id}/`;
/** /sources/ lists every statement of an unsourced status (not found, not checked, opinion) under its own heading. */
export const statusListAnchor = (status: string) => status;
export const statusListUrl = (status: string) => `${SOURCES_URL}#${statusListAnchor(status)}`;
export const GLOSSARY_URL = '/glossary/';
export const termUrl = (id: string) => `${GLOSSARY_URL}#${id}`;
export const TIMELINE_URL = '/timeline/';
export const eventAnchor = (id: string) => `event-${id}`;
export const eventUrl = (id: string) => `${TIMELINE_URL}#${eventAnchor(id)}`;
export const SEARCH_URL = '/search/';
/** The search index's files (Pagefind's), and the script the search page loads from them. */
export const SEARCH_INDEX_URL = '/pagefind/';
export const SEARCH_SCRIPT_URL = `${SEARCH_INDEX_URL}pagefind.js`;

/** Link-preview cards: a claim's own, a paragraph's quote card, and the site-wide one for every other page. */
export const CARDS_URL = '/og/';
export const claimCardUrl = (slug: string) => `${CARDS_URL}${slug}.png`;
/** Under /og/p/, which no claim's card can take: a claim's is /og/<slug>.png. */
export const paragraphCardUrl = (n: number) => `${CARDS_URL}p/${n}.png`;
/** The site-wide card's name: a claim with this slug would share its card, so none may take it. */
export const SITE_CARD_NAME = 'site';
export const SITE_CARD_URL = claimCardUrl(SITE_CARD_NAME);

/** The home page's downloads ("Take it with you"): the one stable target for "Downloads" links. */
export const DOWNLOADS_ANCHOR = 'downloads';
export const DOWNLOADS_URL = `${homeUrl}#${DOWNLOADS_ANCHOR}`;

/** /method/: how statements are checked, what each mark means, who made the explainer, how to report an error, and the public log (an entry at #c<N>). */
export const METHOD_URL = '/method/';
/** /method/'s parts that outside readers (structured data, the open data) point at: how statements are checked, each status. */
export const CHECKING_ANCHOR = 'how';
export const CHECKING_URL = `${METHOD_URL}#${CHECKING_ANCHOR}`;
/** The method page's legend: what each mark and status means. */
export const STATUSES_ANCHOR = 'statuses';
export const METHOD_STATUSES_URL = `${METHOD_URL}#${STATUSES_ANCHOR}`;
export const statusAnchor = (status: string) => `status-${status}`;
export const statusUrl = (status: string) => `${METHOD_URL}#${statusAnchor(status)}`;
export const WHO_ANCHOR = 'who';
export const WHO_URL = `${METHOD_URL}#${WHO_ANCHOR}`;
export const REPORT_ANCHOR = 'report';
export const REPORT_ERROR_URL = `${METHOD_URL}#${REPORT_ANCHOR}`;
export const CORRECTIONS_ANCHOR = 'corrections';
export const CORRECTIONS_URL = `${METHOD_URL}#${CORRECTIONS_ANCHOR}`;
/** An entry of the corrections log: its id is its anchor. */
export const correctionUrl = (id: string) => `${METHOD_URL}#${id}`;
/** The evidence as open data, described on /method/ (#open-data): the statements with their sources, its JSON Schema,
 * W3C Web Annotations of the original article, and the public corrections as an Atom feed. */
export const OPEN_DATA_ANCHOR = 'open-data';
export const OPEN_DATA_URL = `${METHOD_URL}#${OPEN_DATA_ANCHOR}`;
export const EVIDENCE_URL = '/evidence.json';
export const EVIDENCE_SCHEMA_URL = '/evidence.schema.json';
export const ANNOTATIONS_URL = '/annotations.jsonld';
export const REVIEWS_URL = '/reviews.jsonld';
/** One annotation in that file (by its statement's id), and the file's one page of them. */
export const annotationUrl = (id: string) => `${ANNOTATIONS_URL}#${id}`;
export const ANNOTATION_PAGE_URL = annotationUrl('page-1');
export const CORRECTIONS_FEED_URL = '/corrections.atom';

/** A source's entry in a claim page's sources sidebar and in the pamphlet's sources. */
export const sourceAnchor = (id: string) => `src-${id}`;

/** Citations: the article's page and a claim's (with its paragraphs at #p<N>), and their data files. */
export const CITE_URL = '/cite/';
export const claimCiteUrl = (slug: string) => `${CITE_URL}${slug}/`;
export const paragraphCiteUrl = (slug: string, n: number) => `${claimCiteUrl(slug)}#${paragraphId(n)}`;
/** `name` is a claim's slug, or ARTICLE_CITE_NAME for the article as a whole. */
export const citeFileUrl = (name: string, ext: 'bib' | 'ris' | 'json') => `${CITE_URL}${name}.${ext}`;
/** The article's citation files' name: a claim with this slug would share them (/cite/article.bib), so none may take it. */
export const ARTICLE_CITE_NAME = 'article';

/** The pamphlet's editions: the full one, and the hand-out. */
export const PAMPHLET_URL = '/pamphlet/';
export const HANDOUT_URL = `${PAMPHLET_URL}handout/`;
/** The pamphlet's parts that its contents and the offline formats' links point at. */
export const PAMPHLET_TITLE_ANCHOR = 'pamphlet-title';
export const CONTENTS_ANCHOR = 'contents-title';
export const INTRODUCTION_ANCHOR = 'introduction';
export const BACK_COVER_ANCHOR = 'about';
/** A statement's endnote in the pamphlet (its note on the web pages, just before the paragraph, is noteAnchor). */
export const endnoteAnchor = (id: string) => `endnote-${id}`;
/** A claim's section in the pamphlet. */
export const pamphletClaimAnchor = (slug: string) => `claim-${slug}`;
/** An appendix of the full edition (its key in ../outputs/pamphlet/appendices.ts). */
export const appendixAnchor = (key: string) => `appendix-${key}`;
/** An actor's and a glossary term's entry in the pamphlet's appendices (offline formats link names and terms here). */
export const pamphletActorAnchor = (id: string) => `actor-${id}`;
export const pamphletTermAnchor = (id: string) => `term-${id}`;

/**
 * The first path segment of each page and file the engine makes itself (src/pages/, the optional parts' pages, the
 * link-preview cards, the search index), from the addresses above: a claim's slug must be none of them, or
 * /<slug>/ would clash (./checks.ts; tests/unit/urls.test.ts keeps them in step with src/pages/). A function, not
 * a constant, so that a browser script importing an address here is not sent the list.
 */
export const engineSegments = (): string[] =>
  [
    ACTORS_URL,
    CITE_URL,
    GLOSSARY_URL,
    METHOD_URL,
    SHORT_PARAGRAPHS_URL,
    PAMPHLET_URL,
    SEARCH_URL,
    SOURCES_URL,
    TIMELINE_URL,
    CARDS_URL,
    SEARCH_INDEX_URL,
    NOT_FOUND_FILE,
  ].map((url) => url.split(/[/.]/)[1]!);

/** Slugs no claim may take: the engine's first path segments, the article's citation files' name and the site card's. */
export const reservedSlugs = (): string[] => [...engineSegments(), ARTICLE_CITE_NAME, SITE_CARD_NAME];

/** Why a claim may not take `slug`, in words for the content error, or undefined when it may. */
export function slugClash(slug: string): string | undefined {
  if (engineSegments().includes(slug)) return `is taken by the site's own pages (${claimUrl(slug)})`;
  if (slug === ARTICLE_CITE_NAME) return `is taken by the article's citation files (${citeFileUrl(slug, 'bib')})`;
  if (slug === SITE_CARD_NAME) return `is taken by the site-wide link-preview card (${SITE_CARD_URL})`;
  return undefined;
}
