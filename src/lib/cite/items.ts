// The citation entries: one CSL-JSON item per thing to cite (the article, a claim page, a paragraph on it), from
// the model, and the reference managers' page metadata read from the same item. The styles (./index.ts) and
// the citation files (src/outputs/cite/) format these; see ./index.ts for the two facts every format keeps.
import { parse as parseDate } from '@citation-js/date';
import { rangeLabel } from '../../model/sections.ts';
import { articleDate, articleTitle } from '../render/words.ts';

/** A CSL-JSON item (only the variables we fill). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title?: string;
  genre?: string;
  'container-title': string;
  publisher?: string;
  URL: string;
  issued: { 'date-parts': number[][] } | { literal: string };
  language: string;
  note?: string;
}

/** One thing to cite: its CSL item and, for an untitled work, the description that stands for its title. */
export interface CiteEntry {
  item: CslItem;
  description?: string;
}

export interface CiteArticle {
  title: string;
  titleIsDescription: boolean;
  titleNote?: string;
  publisher: string;
  publisherSite: string;
  url: string;
  date: string;
  dateInferred: boolean;
  dateNote?: string;
}

export interface CiteContext {
  /** The configured site (Astro.site). */
  site: URL | string;
  siteName: string;
  /** BCP 47 tag of the pages. */
  locale: string;
  article: CiteArticle;
}

export interface CiteClaim {
  slug: string;
  title: string;
  /** YYYY-MM-DD: when the claim was last reviewed (the model's `reviewed`): the date of our page. */
  reviewed: string;
  paragraphs: { from: number; to: number };
}

const abs = (path: string, site: URL | string) => new URL(path, site).href;

/**
 * A key for BibTeX and the CSL id: the site's first host label, then the entity, so two explainers' keys never
 * clash; letters, digits and `_` only, which citation-js keeps as the BibTeX label (it replaces a key with `-`).
 */
const keyOf = (ctx: CiteContext, name: string) => `${new URL(String(ctx.site)).hostname.split('.')[0]}_${name}`.replace(/[^A-Za-z0-9_]/g, '_');

function isoDay(day: string, field: string): { 'date-parts': number[][] } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`src/lib/cite: ${field} must be YYYY-MM-DD, got "${day}"`);
  return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
}

/** The article's date: exact parts when it is known and reads as a date, its words otherwise. */
function articleIssued(a: CiteArticle): CslItem['issued'] {
  if (a.dateInferred) return { literal: articleDate(a) };
  const parsed = parseDate(a.date) as { 'date-parts'?: number[][] };
  return parsed['date-parts'] ? { 'date-parts': parsed['date-parts'] } : { literal: a.date };
}

/** The original article, as a web page on its publisher's site. */
export function articleEntry(ctx: CiteContext, name: string): CiteEntry {
  const a = ctx.article;
  const note = [
    a.titleIsDescription ? (a.titleNote ?? 'The title in square brackets is a description, not the article’s own.') : '',
    a.dateInferred ? `Date: ${articleDate(a)}.${a.dateNote ? ` ${a.dateNote}` : ''}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const key = keyOf(ctx, name);
  return {
    item: {
      id: key,
      'citation-key': key,
      type: 'webpage',
      title: a.titleIsDescription ? articleTitle(a) : a.title,
      'container-title': a.publisherSite,
      publisher: a.publisher,
      URL: a.url,
      issued: articleIssued(a),
      language: ctx.locale,
      ...(note ? { note } : {}),
    },
    ...(a.titleIsDescription ? { description: a.title } : {}),
  };
}

/** A claim page of this site: our title, our site, the day it was last reviewed, its address. */
export function claimEntry(ctx: CiteContext, claim: CiteClaim, path: string): CiteEntry {
  const a = ctx.article;
  const key = keyOf(ctx, claim.slug);
  return {
    item: {
      id: key,
      'citation-key': key,
      type: 'webpage',
      title: claim.title,
      'container-title': ctx.siteName,
      URL: abs(path, ctx.site),
      issued: isoDay(claim.reviewed, `claim ${claim.slug} reviewed`),
      language: ctx.locale,
      // What the page quotes, with the article's title and date marked as everywhere.
      note: `Quotes and explains ${rangeLabel(claim.paragraphs)} of ${a.publisher}, ${articleTitle(a)}, ${a.publisherSite}, ${articleDate(a)}: ${a.url}. Date: the day the page was last reviewed.`,
    },
  };
}

/** ¶n as quoted on its claim page: the claim page at that paragraph's address (the ¶ number is the citation's locator). */
export function paragraphEntry(ctx: CiteContext, claim: CiteClaim, n: number, path: string): CiteEntry {
  const { item } = claimEntry(ctx, claim, path);
  return { item: { ...item, id: `${item.id}_p${n}`, 'citation-key': `${item.id}_p${n}` } };
}

/**
 * Highwire Press `citation_*` tags for a claim page (read by Zotero's
 * Embedded Metadata translator and by Google Scholar): title, date (YYYY/MM/DD,
 * Scholar's form), address and language, from the same CSL item. No
 * citation_author: the pages name no author. `citation_title` alone makes Zotero
 * guess a journal article; `z.itemType` (Zotero's own RDF namespace, which that
 * translator reads from meta tags and ranks first) makes it a web page, whose
 * "Website Title" it takes from og:site_name.
 */
export function highwireTags(entry: CiteEntry): [name: string, content: string][] {
  const { item } = entry;
  if (!item.title || !('date-parts' in item.issued)) throw new Error(`src/lib/cite: ${item.id} has no title or exact date for its citation_* tags`);
  const date = item.issued['date-parts'][0]!.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');
  return [
    ['citation_title', item.title],
    ['citation_publication_date', date],
    ['citation_public_url', item.URL],
    ['citation_language', item.language],
    ['z.itemType', 'webpage'],
  ];
}
