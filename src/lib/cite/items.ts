// The citation entries: one CSL-JSON item per thing to cite (the explained text, of its kind; a claim page, a paragraph on it), from
// the model, and the reference managers' page metadata read from the same item. The styles (./index.ts) and
// the citation files (src/outputs/cite/) format these; see ./index.ts for the two facts every format keeps.
import { parse as parseDate } from '@citation-js/date';
import { rangeLabel } from '../../model/claim-ranges.ts';
import { createWorkSentences, PUBLISHED_KINDS, type Work, type WorkI18n } from '../render/work.ts';

/** A CSL-JSON item (only the variables we fill). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
  title?: string;
  genre?: string;
  'container-title'?: string;
  publisher?: string;
  author?: { literal: string }[];
  'event-place'?: string;
  URL?: string;
  issued: { 'date-parts': number[][] } | { literal: string };
  language: string;
  note?: string;
}

/** One thing to cite: its CSL item and, for an untitled work, the description that stands for its title. */
export interface CiteEntry {
  item: CslItem;
  description?: string;
}

/** The CSL types our items take: a claim page is a web page; the explained text is of its kind (CSL_TYPES). */
type CslType = 'webpage' | 'article' | 'speech' | 'report' | 'interview' | 'document' | 'personal_communication' | 'post';

/** CSL's type for each kind of text: an article online is a web page on its publisher's site, as the styles cite one. */
const CSL_TYPES: Record<Work['kind'], CslType> = {
  article: 'webpage',
  speech: 'speech',
  report: 'report',
  interview: 'interview',
  statement: 'document',
  letter: 'personal_communication',
  essay: 'article',
  post: 'post',
};

export interface CiteArticle extends Work {
  titleNote?: string | undefined;
  dateNote?: string | undefined;
}

export interface CiteContext {
  /** The configured site (Astro.site). */
  site: URL | string;
  siteName: string;
  /** BCP 47 tag of the pages. */
  locale: string;
  article: CiteArticle;
  /** The interface's words (its kind the article's): the notes and the title's and date's forms. */
  i18n: WorkI18n;
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
function articleIssued(ctx: CiteContext): CslItem['issued'] {
  const a = ctx.article;
  if (a.dateInferred) return { literal: createWorkSentences(ctx.i18n).date(a) };
  const parsed = parseDate(a.date) as { 'date-parts'?: number[][] };
  return parsed['date-parts'] ? { 'date-parts': parsed['date-parts'] } : { literal: a.date };
}

/**
 * The original text, as its kind is cited: an article online as a web page on its publisher's site (`where`), a speech
 * with its speaker as author and its place as the event's. Who published it is the publisher; who delivered, gave or
 * wrote it (a speech, an interview, a letter, a post) the author. Only what the content says: no address, no URL.
 */
export function articleEntry(ctx: CiteContext, name: string): CiteEntry {
  const a = ctx.article;
  const { t, capitalise } = ctx.i18n;
  const work = createWorkSentences(ctx.i18n);
  const note = [
    a.titleIsDescription ? (a.titleNote ?? t('cite.bracketsNote')) : '',
    a.dateInferred ? `${t('cite.dateNote', { date: work.date(a) })}${a.dateNote ? ` ${a.dateNote}` : ''}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const key = keyOf(ctx, name);
  const type = a.kind === 'article' && !a.url ? 'article' : CSL_TYPES[a.kind];
  const published = PUBLISHED_KINDS.has(a.kind);
  // A name in a reference list starts with a capital ("the Daily Example" → "The Daily Example"), however it reads mid-sentence.
  const by = a.by && capitalise(a.by);
  return {
    item: {
      id: key,
      'citation-key': key,
      type,
      title: a.titleIsDescription ? work.title(a) : a.title,
      ...(a.where ? (type === 'speech' ? { 'event-place': a.where } : { 'container-title': a.where }) : {}),
      ...(by ? (published ? { publisher: by } : { author: [{ literal: by }] }) : {}),
      ...(a.url ? { URL: a.url } : {}),
      issued: articleIssued(ctx),
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
      note: ctx.i18n.t('cite.claimNote', {
        range: rangeLabel(claim.paragraphs),
        reference: `${createWorkSentences(ctx.i18n).referenceText(a)}${a.url ? `: ${a.url}` : ''}`,
      }),
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
  if (!item.title || !item.URL || !('date-parts' in item.issued))
    throw new Error(`src/lib/cite: ${item.id} has no title, address or exact date for its citation_* tags`);
  const date = item.issued['date-parts'][0]!.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');
  return [
    ['citation_title', item.title],
    ['citation_publication_date', date],
    ['citation_public_url', item.URL],
    ['citation_language', item.language],
    ['z.itemType', 'webpage'],
  ];
}
