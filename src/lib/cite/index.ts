// Citations of the article, of a claim page and of a paragraph on it, in the
// formats people use: Chicago, APA and MLA text formatted by a CSL processor
// (citation-js over citeproc-js, with the official CSL styles); BibTeX, RIS and
// CSL-JSON files for reference managers are written from the same items
// (src/outputs/cite/). Everything comes from the model: one CSL-JSON item per
// entity (./items.ts); every format is derived from it at build time
// (src/pages/cite/), nothing is written by hand per style.
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
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
// Vendored, unchanged but for MLA's untitled works: see ./styles/README.md.
import chicagoCsl from './styles/chicago-fullnote-bibliography.csl?raw';
import mlaCsl from './styles/modern-language-association.csl?raw';
import type { CiteEntry, CslItem } from './items.ts';
import type { PlainKey } from '../../i18n/types.ts';

export type StyleId = 'chicago' | 'apa' | 'mla';

export interface Style {
  id: StyleId;
  /** Its short name, as readers scan for it ("Chicago", "APA"): the dictionary's key. */
  label: PlainKey;
  /** The edition of its manual the style follows ("Chicago Manual of Style 17th edition (full note)"): the dictionary's key. */
  name: PlainKey;
  /** Whether the style puts an untitled work's description in brackets itself. */
  bracketsDescription: boolean;
}

export const STYLES: readonly Style[] = [
  { id: 'chicago', label: 'citeStyle.chicago.short', name: 'citeStyle.chicago', bracketsDescription: false },
  { id: 'apa', label: 'citeStyle.apa.short', name: 'citeStyle.apa', bracketsDescription: true },
  { id: 'mla', label: 'citeStyle.mla.short', name: 'citeStyle.mla', bracketsDescription: false },
];

// APA ships with plugin-csl; Chicago and MLA are registered from the vendored files.
const cslConfig = plugins.config.get('@csl');
cslConfig.styles.add('chicago', chicagoCsl);
cslConfig.styles.add('mla', mlaCsl);
// citation-js ships en-US, fr-FR, de-DE, es-ES and nl-NL. The CSL locales it lacks are vendored, unchanged, in
// ./locales/ (see its README), each registered under the tag its file is named by: adding one is adding its file.
const VENDORED_LOCALES = import.meta.glob<string>('./locales/locales-*.xml', { query: '?raw', import: 'default', eager: true });
for (const [file, xml] of Object.entries(VENDORED_LOCALES)) cslConfig.locales.add(/locales-(.+)\.xml$/.exec(file)![1]!, xml);

/**
 * Each language's usual CSL locale: CSL's "primary dialect" of the language (the locales repository's
 * `primary-dialects`, which citeproc-js applies as its `LANG_BASES`), for the languages with a locale here. Arabic's
 * locale has no region.
 */
export const PRIMARY_DIALECTS: Readonly<Record<string, string>> = {
  ar: 'ar',
  de: 'de-DE',
  en: 'en-US',
  es: 'es-ES',
  fr: 'fr-FR',
  nl: 'nl-NL',
  ru: 'ru-RU',
  uk: 'uk-UA',
};

/** The CSL locales the styles can be formatted in: citation-js's and the vendored ones. */
export const hasCslLocale = (tag: string): boolean => cslConfig.locales.has(tag);

/**
 * The CSL locale the styles are formatted in for an explainer's locale (its BCP 47 tag): the styles' terms, dates and
 * quotation marks as a reader of that language and region expects them, as reference managers format a style in the
 * user's locale ("December 7, 2026", “The Claim,” in en-US; "7 December 2026", ‘The Claim’, in British English; "7
 * décembre 2026", « », "paragr. 4" in fr-FR). One rule: the tag itself when there is a locale for it; else its
 * language's usual locale (PRIMARY_DIALECTS: en and en-AU get en-US, fr-CA gets fr-FR); else en-US, the styles' own.
 */
export function cslLocale(tag: string): string {
  const canonical = Intl.getCanonicalLocales(tag)[0]!;
  if (hasCslLocale(canonical)) return canonical;
  const primary = PRIMARY_DIALECTS[new Intl.Locale(canonical).language];
  return primary !== undefined && hasCslLocale(primary) ? primary : 'en-US';
}

/** The item as a style should see it: names kept as written, an untitled work as CSL describes one. */
function forStyle(entry: CiteEntry, style: Style): CslItem {
  // `nocase`: a site's name is a name; title-casing styles must not re-case it (a domain would become "Example.Org").
  const site = entry.item['container-title'];
  const item: CslItem = { ...entry.item, ...(site ? { 'container-title': `<span class="nocase">${site}</span>` } : {}) };
  if (entry.description !== undefined) {
    delete item.title;
    item.genre = style.bracketsDescription ? entry.description : `[${entry.description}]`;
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
  const engine = cslConfig.engine([item], id, cslLocale(item.language), 'html');
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
  return engineFor(item, id)
    .makeCitationCluster([{ id: item.id, locator, label: 'paragraph' }])
    .trim();
}
