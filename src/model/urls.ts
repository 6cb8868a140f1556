// Every address and anchor the site hands out, built in one place. Root-relative
// paths; ../lib/share/seo.ts makes them absolute on the configured site.
import { paragraphId } from './article-text.ts';

export const homeUrl = '/';
/**
 * First path segments the engine's own pages and files take (src/pages/, the link-preview cards, the search
 * index): a claim's slug must not be one of them, or /<slug>/ would clash with them (checked in ./checks.ts;
 * tests/unit/urls.test.ts keeps this list in step with src/pages/).
 */
export const RESERVED_SLUGS: readonly string[] = ['actors', 'cite', 'glossary', 'method', 'p', 'pamphlet', 'search', 'sources', 'timeline', 'og', 'pagefind', '404'];
export const claimUrl = (slug: string) => `/${slug}/`;
export const paragraphUrl = (slug: string, n: number) => `${claimUrl(slug)}#${paragraphId(n)}`;
/** The short link of ¶n: a static page that sends the reader on to its claim page. */
export const shortParagraphUrl = (n: number) => `/p/${n}/`;
/** A statement's note on its claim page (`id` is the statement whose note says it, the model's `noteOf`). */
export const noteAnchor = (id: string) => `note-${id}`;
export const noteUrl = (slug: string, id: string) => `${claimUrl(slug)}#${noteAnchor(id)}`;
/** /sources/ lists every statement of an unsourced status (not found, not checked, opinion) under its own heading. */
export const statusListAnchor = (status: string) => status;
export const statusListUrl = (status: string) => `/sources/#${statusListAnchor(status)}`;
export const actorUrl = (id: string) => `/actors/${id}/`;
export const SOURCES_URL = '/sources/';
export const sourceUrl = (id: string) => `${SOURCES_URL}${id}/`;
export const termUrl = (id: string) => `/glossary/#${id}`;
export const eventAnchor = (id: string) => `event-${id}`;
export const TIMELINE_URL = '/timeline/';
export const eventUrl = (id: string) => `${TIMELINE_URL}#${eventAnchor(id)}`;
/** Link-preview cards: a claim's own, and the site-wide one for every other page. */
export const claimCardUrl = (slug: string) => `/og/${slug}.png`;
export const SITE_CARD_URL = '/og/site.png';
/** The home page's downloads ("Take it with you"): the one stable target for "Downloads" links. */
export const DOWNLOADS_ANCHOR = 'downloads';
export const DOWNLOADS_URL = `/#${DOWNLOADS_ANCHOR}`;
/** /method/: who made the explainer, how to report an error, and the public log (an entry at #c<N>). */
export const METHOD_URL = '/method/';
export const WHO_URL = `${METHOD_URL}#who`;
export const REPORT_ERROR_URL = `${METHOD_URL}#report`;
export const CORRECTIONS_URL = `${METHOD_URL}#corrections`;
/** The method page's legend: what each mark and status means. */
export const METHOD_STATUSES_URL = `${METHOD_URL}#statuses`;
export const correctionUrl = (id: string) => `${METHOD_URL}#${id}`;
/** /method/'s parts that outside readers (structured data, the open data) point at: how statements are checked, each status. */
export const CHECKING_ANCHOR = 'how';
export const CHECKING_URL = `${METHOD_URL}#${CHECKING_ANCHOR}`;
export const statusAnchor = (status: string) => `status-${status}`;
export const statusUrl = (status: string) => `${METHOD_URL}#${statusAnchor(status)}`;
/** The evidence as open data, described on /method/ (#open-data): the statements with their sources, its JSON Schema,
 * W3C Web Annotations of the original article, and the public corrections as an Atom feed. */
export const OPEN_DATA_ANCHOR = 'open-data';
export const OPEN_DATA_URL = `${METHOD_URL}#${OPEN_DATA_ANCHOR}`;
export const EVIDENCE_URL = '/evidence.json';
export const EVIDENCE_SCHEMA_URL = '/evidence.schema.json';
export const ANNOTATIONS_URL = '/annotations.jsonld';
export const CORRECTIONS_FEED_URL = '/corrections.atom';
/** Anchors shared by citation marks, sidebars and the pamphlet. */
export const sourceAnchor = (id: string) => `src-${id}`;
export const citeAnchor = (id: string, paragraph: number) => `cite-${id}-p${paragraph}`;
/** Citations: the article's page and a claim's (with its paragraphs at #p<N>), and their data files. */
export const CITE_URL = '/cite/';
export const claimCiteUrl = (slug: string) => `/cite/${slug}/`;
export const paragraphCiteUrl = (slug: string, n: number) => `${claimCiteUrl(slug)}#${paragraphId(n)}`;
/** `name` is a claim's slug, or ARTICLE_CITE_NAME for the article as a whole. */
export const citeFileUrl = (name: string, ext: 'bib' | 'ris' | 'json') => `/cite/${name}.${ext}`;
export const ARTICLE_CITE_NAME = 'article';
/** The pamphlet's editions: the full one, and the hand-out. */
export const HANDOUT_URL = '/pamphlet/handout/';
/** A claim's section in the pamphlet. */
export const pamphletClaimAnchor = (slug: string) => `claim-${slug}`;
/** An actor's and a glossary term's entry in the pamphlet's appendices (offline formats link names and terms here). */
export const pamphletActorAnchor = (id: string) => `actor-${id}`;
export const pamphletTermAnchor = (id: string) => `term-${id}`;
