// Citations of the article, of a claim page and of a paragraph on it, in the
// formats people use: Chicago, APA and MLA text formatted by a CSL processor
// (citation-js over citeproc-js, with the official CSL styles), and BibTeX,
// RIS and CSL-JSON for reference managers. Everything comes from the model:
// one CSL-JSON item per entity, built here; every format is derived from it
// at build time (src/pages/cite/), nothing is written by hand per style.
//
// Two facts must survive every format (the evidence rules):
// - a title that is our description (`titleIsDescription`) is never shown as
//   a title. In the data files it is the title in square brackets, as the site
//   writes it everywhere (src/lib/render/words.ts), with the reason in `note`.
//   For the styles it is what CSL calls an untitled work: no `title`, the
//   description in `genre`. APA brackets it itself; Chicago and MLA print it
//   as given, so they get it already in brackets. Never in quotation marks.
// - an inferred date is never a precise one: it is the literal words with
//   "(inferred)" (CSL `issued.literal`), and `note` says how it was inferred.
//   BibTeX and RIS have no field for a date in words, so there the note carries it.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseDate } from '@citation-js/date';
// Vendored, unchanged but for MLA's untitled works: see ./styles/README.md.
import chicagoCsl from './styles/chicago-fullnote-bibliography.csl?raw';
import mlaCsl from './styles/modern-language-association.csl?raw';
import { rangeLabel } from '../../model/sections';
import { articleDate, articleTitle } from '../render/words';
import { capitalise, kindWords, referenceText, type Work } from '../render/work';

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

/**
 * The original text, as its kind is cited: an article online as a web page on its publisher's site (`where`), a speech
 * with its speaker as author and its place as the event's. Who published it is the publisher; who delivered, gave or
 * wrote it (a speech, an interview, a letter, a post) the author. Only what the content says: no address, no URL.
 */
export function articleEntry(ctx: CiteContext, name: string): CiteEntry {
  const a = ctx.article;
  const words = kindWords(a);
  const note = [
    a.titleIsDescription ? (a.titleNote ?? `The title in square brackets is a description, not ${words.theOf} own.`) : '',
    a.dateInferred ? `Date: ${articleDate(a)}.${a.dateNote ? ` ${a.dateNote}` : ''}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const key = keyOf(ctx, name);
  const type = a.kind === 'article' && !a.url ? 'article' : CSL_TYPES[a.kind];
  const published = words.agent === 'publisher' || words.agent === 'issuer';
  // A name in a reference list starts with a capital ("the Daily Example" → "The Daily Example"), however it reads mid-sentence.
  const by = a.by && capitalise(a.by);
  return {
    item: {
      id: key,
      'citation-key': key,
      type,
      title: a.titleIsDescription ? articleTitle(a) : a.title,
      ...(a.where ? (type === 'speech' ? { 'event-place': a.where } : { 'container-title': a.where }) : {}),
      ...(by ? (published ? { publisher: by } : { author: [{ literal: by }] }) : {}),
      ...(a.url ? { URL: a.url } : {}),
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
      note: `Quotes and explains ${rangeLabel(claim.paragraphs)} of ${referenceText(a)}${a.url ? `: ${a.url}` : ''}. Date: the day the page was last reviewed.`,
    },
  };
}

/** ¶n as quoted on its claim page: the claim page at that paragraph's address (the ¶ number is the citation's locator). */
export function paragraphEntry(ctx: CiteContext, claim: CiteClaim, n: number, path: string): CiteEntry {
  const { item } = claimEntry(ctx, claim, path);
  return { item: { ...item, id: `${item.id}_p${n}`, 'citation-key': `${item.id}_p${n}` } };
}

// ---- The three styles -------------------------------------------------------

export type StyleId = 'chicago' | 'apa' | 'mla';

export interface Style {
  id: StyleId;
  label: string;
  /** The style's own title (its CSL <title>). */
  name: string;
  /** Whether the style puts an untitled work's description in brackets itself. */
  bracketsDescription: boolean;
}

export const STYLES: readonly Style[] = [
  { id: 'chicago', label: 'Chicago', name: 'Chicago Manual of Style 17th edition (full note)', bracketsDescription: false },
  { id: 'apa', label: 'APA', name: 'American Psychological Association 7th edition', bracketsDescription: true },
  { id: 'mla', label: 'MLA', name: 'Modern Language Association 9th edition', bracketsDescription: false },
];

// APA ships with plugin-csl; Chicago and MLA are registered from the vendored files.
const cslConfig = plugins.config.get('@csl');
cslConfig.styles.add('chicago', chicagoCsl);
cslConfig.styles.add('mla', mlaCsl);
/**
 * The three are American style guides and are formatted in their own locale
 * (en-US: "December 1, 2026", double quotation marks), as their manuals prescribe,
 * whatever the site's language.
 */
const STYLE_LANG = 'en-US';

/** The item as a style should see it: names kept as written, an untitled work as CSL describes one. */
function forStyle(entry: CiteEntry, style: Style): CslItem {
  // `nocase`: a site's name is a name; title-casing styles must not re-case it (a domain would become "Example.Org").
  const site = entry.item['container-title'];
  const item: CslItem = { ...entry.item, ...(site ? { 'container-title': `<span class="nocase">${site}</span>` } : {}) };
  if (entry.description !== undefined) {
    delete item.title;
    item.genre = style.bracketsDescription ? entry.description : articleTitle({ title: entry.description, titleIsDescription: true });
  }
  return item;
}

const style = (id: StyleId) => STYLES.find((s) => s.id === id)!;

/**
 * The CSL processor is the build's costliest step after the link-preview cards: every
 * citation page formats the article again, each claim's entry in three styles, and each of
 * its paragraphs in three styles (at 30× content, 3,150 paragraph citations at 2–4 ms each).
 * The same entry, style and locator always give the same text, so each is formatted once
 * per build; and a paragraph's citation is formatted once per claim and style (see
 * paragraphCitationHtml).
 */
const formatted = new Map<string, string>();
function once(key: unknown[], format: () => string): string {
  const k = JSON.stringify(key);
  let text = formatted.get(k);
  if (text === undefined) formatted.set(k, (text = format()));
  return text;
}

/** The reference-list (bibliography) entry, as HTML (italics as <i>). */
export function bibliographyHtml(entry: CiteEntry, id: StyleId): string {
  return once(['bibliography', id, entry], () => formatBibliography(entry, id));
}

/**
 * citeproc-js itself, through the engine citation-js keeps per style and locale: `new
 * Cite(item).format(…)` also re-parses the item as input on every call, and the same
 * engine is what it formats with. One item is registered at a time, as that call does.
 */
function engineFor(item: CslItem, id: StyleId) {
  const engine = cslConfig.engine([item], id, STYLE_LANG, 'html');
  engine.updateItems([item.id]);
  return engine;
}

function formatBibliography(entry: CiteEntry, id: StyleId): string {
  const [, entries] = engineFor(forStyle(entry, style(id)), id).makeBibliography();
  const m = entries.length === 1 ? /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(entries[0]!) : null;
  if (!m) throw new Error(`src/lib/cite: unexpected ${id} bibliography output: ${entries.join('')}`);
  return m[1]!.trim();
}

/**
 * A paragraph's citation is its claim's citation at a locator: the entries of one claim's
 * paragraphs differ only in the paragraph's number (in the id, the address's #pN and the
 * locator). So `entryAt(LOCATOR_MARK)`, the entry with the mark where its number goes, is
 * formatted once per claim and style, and the mark is replaced by the number in the text.
 * The mark is a number, so a style treats it as it treats a paragraph's. The first
 * paragraph of each style is also formatted in full and must give the same text, so a style
 * for which the shortcut is wrong stops the build instead of printing a wrong citation.
 */
const LOCATOR_MARK = 90909;
const checkedStyles = new Set<StyleId>();

/** A note (Chicago) or in-text citation (APA, MLA) of ¶n, with n as the locator, as HTML. */
export function paragraphCitationHtml(entryAt: (n: number) => CiteEntry, n: number, id: StyleId): string {
  const mark = String(LOCATOR_MARK);
  const entry = entryAt(n);
  // The mark written in the entry itself (a title, an address) would be replaced too: format in full.
  if (JSON.stringify(entry).includes(mark)) return once(['citation', id, n, entry], () => formatCitation(entry, id, String(n)));
  const template = entryAt(LOCATOR_MARK);
  const html = once(['citation', id, mark, template], () => formatCitation(template, id, mark)).replaceAll(mark, String(n));
  if (!checkedStyles.has(id)) {
    const full = formatCitation(entry, id, String(n));
    if (full !== html) throw new Error(`src/lib/cite: the ${id} citation of ¶${n} is not its claim's citation with the locator ¶${n}:\n  ${full}\n  ${html}`);
    checkedStyles.add(id);
  }
  return html;
}

/** One citation of `entry` at `locator` (a paragraph's number), formatted in full: what paragraphCitationHtml's shortcut must equal. */
export function formatCitation(entry: CiteEntry, id: StyleId, locator: string): string {
  // makeCitationCluster formats one citation from the registered item; `Cite#format('citation')`
  // would rebuild the processor's whole state for every call.
  const item = forStyle(entry, style(id));
  return engineFor(item, id).makeCitationCluster([{ id: item.id, locator, label: 'paragraph' }]).trim();
}

// ---- Data files ---------------------------------------------------------------

/**
 * BibTeX syntax with biblatex's entry types (`@online`, `date`, `url`), as
 * citation-js writes them: classic BibTeX's `@misc` has no field for the site's
 * name, which a web page's citation needs. UTF-8 (set below).
 */
// UTF-8, not LaTeX escapes: the words stay exactly as written (biber and reference managers read UTF-8).
plugins.config.get('@bibtex').format.asciiOnly = false;
export const bibtex = (entries: readonly CiteEntry[]): string =>
  (new Cite(entries.map((e) => e.item)).format('biblatex', { format: 'text' }) as string).trim() + '\n';

/**
 * RIS, from citation-js's mapping. Corrections to its text writer: a web
 * page's site is RIS `T2` (as Zotero reads and writes it), which citation-js
 * maps to CSL `collection-title`; and it breaks values every 70 characters,
 * which RIS readers join with a space or not at all, so lines are written whole.
 */
export function ris(entries: readonly CiteEntry[]): string {
  const records = new Cite(entries.map((e) => ({ ...e.item, 'collection-title': e.item['container-title'] }))).format('ris', {
    format: 'object',
  }) as Record<string, unknown>[];
  return (
    records
      .map((record) => {
        // ID: RIS's reference ID is 20 characters at most, so citation-js cuts our keys to one shared prefix; leave it out.
        const { TY, ID: _id, ...tags } = record;
        const lines = Object.entries(tags).flatMap(([tag, value]) => ([] as unknown[]).concat(value).map((v) => `${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`));
        return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\r\n');
      })
      .join('\r\n\r\n') + '\r\n'
  );
}

/** CSL-JSON: the items themselves, what the styles above were formatted from. */
export const cslJson = (entries: readonly CiteEntry[]): string => JSON.stringify(entries.map((e) => e.item), null, 2) + '\n';

export const FILE_TYPES = {
  bib: { label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8', write: bibtex },
  ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', write: ris },
  // Not application/vnd.citationstyles.csl+json: what static hosts send for .json, so dev and deploy agree.
  json: { label: 'CSL-JSON', contentType: 'application/json; charset=utf-8', write: cslJson },
} as const;
export type FileExt = keyof typeof FILE_TYPES;

// ---- Reference managers' page metadata -------------------------------------------

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
  if (!item.title || !item.URL || !('date-parts' in item.issued)) throw new Error(`src/lib/cite: ${item.id} has no title, address or exact date for its citation_* tags`);
  const date = item.issued['date-parts'][0]!.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');
  return [
    ['citation_title', item.title],
    ['citation_publication_date', date],
    ['citation_public_url', item.URL],
    ['citation_language', item.language],
    ['z.itemType', 'webpage'],
  ];
}
