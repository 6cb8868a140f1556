// How the engine speaks of the explained text, whatever its kind (explainer.yaml `article`: kind, by, where,
// date, author, url). Every sentence and fact line the pages, the pamphlet, the offline copy and the EPUB build
// from that metadata comes from here, as parts (text, links, the title) that each format renders: no page
// strings these words together itself. The words are English; a translation swaps KIND_WORDS, LABELS and the
// shapes of the few sentences below, nothing else. Parts missing from the content (no `by`, no `where`, no
// address) leave their words out, never an empty slot: a speech with no address reads as well as an article.
import { WORK_KINDS, type ExplainerData, type WorkKind } from '../../model/schemas.ts';
import en from '../../i18n/en.ts';
import type { WorkForm } from '../../i18n/core.ts';
import { articleDate, articleTitle } from './words.ts';

/** What these functions read of explainer.yaml `article`. */
export type Work = Pick<ExplainerData['article'], 'kind' | 'title' | 'titleIsDescription' | 'date' | 'dateInferred' | 'by' | 'where' | 'url' | 'author'>;

/** Part of a sentence: words, a link, or the text's title (set as a title, or as our description of it). */
export type Part = string | { text: string; href: string } | { title: string; description: boolean };

interface KindWords {
  /** The noun alone: "article". */
  noun: string;
  /** With the indefinite article: "an article". */
  a: string;
  /** With the definite article: "the article". */
  the: string;
  /** Whose: "the article’s". */
  theOf: string;
  /** What was done with it, before "by" and "at": "published", "delivered". */
  verb: string;
  /** Who did that, as a noun after "the article’s": "publisher", "speaker". */
  agent: string;
}

/**
 * The words for each kind of text, in English: the interface dictionary's (src/i18n/en.ts `work.<kind>.<form>`), the one
 * place they are written. The sentences below are still English-shaped; the pages' own sentences about the text
 * come from the dictionary of the reader's language, which names the text by its kind the same way.
 */
export const KIND_WORDS = Object.fromEntries(
  WORK_KINDS.map((kind) => {
    const form = (f: WorkForm) => en[`work.${kind}.${f}`];
    return [kind, { noun: form('noun'), a: form('a'), the: form('the'), theOf: form('theOf'), verb: form('verb'), agent: form('agent') }];
  }),
) as Record<WorkKind, KindWords>;

/** The labels of the text's facts (English). */
const LABELS = { title: 'Title', date: 'Date', author: 'Author', original: 'Original', by: (verb: string) => `${verb} by`, at: (verb: string) => `${verb} at` };

/** The words for this text's kind. */
export const kindWords = (work: Pick<Work, 'kind'>): KindWords => KIND_WORDS[work.kind];

/** The first letter as a sentence starts it ("the Daily Example" → "The Daily Example"); the rest as written. */
export const capitalise = (text: string): string => {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32).trim();
  return first ? first.toLocaleUpperCase() + text.slice(first.length) : text;
};

/** Capitalise the first words of a sentence made of parts. */
function startSentence(parts: Part[]): Part[] {
  const [first, ...rest] = parts;
  if (typeof first === 'string') return [capitalise(first), ...rest];
  if (first && 'href' in first) return [{ ...first, text: capitalise(first.text) }, ...rest];
  return parts;
}

/** Adjacent strings joined, empty ones dropped: the parts as few and as plain as they can be. */
function tidy(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    if (p === '') continue;
    const last = out.at(-1);
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

/** A text's words, without its links and styling (for <title>, alt text, metadata, citations' notes). */
export const plain = (parts: readonly Part[]): string => parts.map((p) => (typeof p === 'string' ? p : 'href' in p ? p.text : p.title)).join('');

/** Where it was published or delivered, a link to its address when it has one. */
const whereParts = (work: Work): Part[] => (work.where ? [work.url ? { text: work.where, href: work.url } : work.where] : []);

/**
 * Who published or delivered it and where: "published by The Daily Example at example.org", "delivered by the
 * mayor at the town hall", "published at example.org"; nothing when neither is known.
 */
export function originParts(work: Work): Part[] {
  const { verb } = kindWords(work);
  if (!work.by && !work.where) return [];
  return tidy([verb, ...(work.by ? [` by ${work.by}`] : []), ...(work.where ? [' at ', ...whereParts(work)] : [])]);
}

/** Its address as a link of its own, when no `where` carries it. */
const originalLink = (work: Work): Part[] => (work.url && !work.where ? [' (', { text: LABELS.original.toLowerCase(), href: work.url }, ')'] : []);

/** "an article published by The Daily Example at example.org, 20 May 2024" */
export function workLine(work: Work): Part[] {
  const origin = originParts(work);
  return tidy([kindWords(work).a, ...(origin.length ? [' ', ...origin] : []), ...originalLink(work), `, ${articleDate(work)}`]);
}

/** The home page's line: "An explainer of an article published by … , 20 May 2024. Author: not named …." */
export function explainerOfParts(work: Work): Part[] {
  const by = work.author && work.author !== work.by ? [` Author: ${work.author}.`] : [];
  return tidy(['An explainer of ', ...workLine(work), '.', ...by]);
}

/** Under the text on a claim page: "From the speech delivered by the mayor at the town hall, 3 June 2024." */
export function fromWorkParts(work: Work): Part[] {
  const origin = originParts(work);
  return tidy(['From ', kindWords(work).the, ...(origin.length ? [' ', ...origin] : []), ...originalLink(work), `, ${articleDate(work)}.`]);
}

/** "Published by The Daily Example at example.org, 20 May 2024." (a sentence of its own) */
export function originSentence(work: Work): Part[] {
  const origin = originParts(work);
  return startSentence(tidy([...(origin.length ? origin : [kindWords(work).a]), ...originalLink(work), `, ${articleDate(work)}.`]));
}

/** The footer's line: "The speech: the mayor, 3 June 2024", then its address, when it has one. */
export function footerParts(work: Work): { label: string; parts: Part[] } {
  return {
    label: `${capitalise(kindWords(work).the)}:`,
    parts: tidy([[work.by, articleDate(work)].filter(Boolean).join(', '), ...(work.url ? [' · ', { text: LABELS.original.toLowerCase(), href: work.url }] : [])]),
  };
}

/** "An explainer of the article “Title”" / "… of the speech [our description]", the title as a part of its own. */
export function explainerOfTitleParts(work: Work): Part[] {
  return [`An explainer of ${kindWords(work).the} `, { title: articleTitle(work), description: work.titleIsDescription }];
}

/** The heading of the text's own facts, apart from the explainer's: "The article it explains". */
export const itExplainsHeading = (work: Work): string => `${capitalise(kindWords(work).the)} it explains`;

/** The label of the makers' relation to whoever published or delivered the text: "Relation to the article’s publisher". */
export const relationLabel = (work: Work): string => `Relation to ${kindWords(work).theOf} ${kindWords(work).agent}`;

/**
 * The text's facts, in order, each a label and its value (words and links): who published or delivered it, where,
 * when, who wrote it, its address. `title` adds its title first (the covers give it in their subtitle).
 */
export function workFacts(work: Work & { titleNote?: string | undefined }, { title = false } = {}): { label: string; value: ({ text: string; href: string } | string)[] }[] {
  const { verb } = kindWords(work);
  const Verb = capitalise(verb);
  return [
    ...(title ? [{ label: LABELS.title, value: [articleTitle(work), ...(work.titleIsDescription && work.titleNote ? [` (${work.titleNote})`] : [])] }] : []),
    ...(work.by ? [{ label: LABELS.by(Verb), value: [work.by] }] : []),
    ...(work.where ? [{ label: LABELS.at(Verb), value: [work.where] }] : []),
    { label: LABELS.date, value: [articleDate(work)] },
    ...(work.author && work.author !== work.by ? [{ label: LABELS.author, value: [work.author] }] : []),
    ...(work.url ? [{ label: LABELS.original, value: [{ text: work.url, href: work.url }] }] : []),
  ];
}

/**
 * The text as a short reference, its known parts in citation order: "The Daily Example, “Title”, example.org,
 * 20 May 2024" (`separator` ", "), or "The Daily Example. “Title”. example.org, 20 May 2024"
 * (". ", the pamphlet's reference list). Its address is the caller's to add, where it has one.
 */
export function referenceText(work: Work, separator: ', ' | '. ' = ', '): string {
  const tail = [work.where, articleDate(work)].filter(Boolean).join(', ');
  return capitalise([work.by, articleTitle(work), tail].filter(Boolean).join(separator));
}

/** Who published or delivered it, and its title: "The Daily Example, “Title”" (a paragraph's citation adds its ¶). */
export const shortReference = (work: Work): string => capitalise([work.by, articleTitle(work)].filter(Boolean).join(', '));

/** Its title, who published or delivered it, where and when: "“Title”, published by The Daily Example (example.org, 20 May 2024)". */
export function titledOrigin(work: Work): string {
  const { verb } = kindWords(work);
  return `${articleTitle(work)}${work.by ? `, ${verb} by ${work.by}` : ''} (${[work.where, articleDate(work)].filter(Boolean).join(', ')})`;
}

/** The alt text of the site's card: "the argument of a speech by the mayor". */
export const argumentOf = (work: Work): string => `the argument of ${kindWords(work).a}${work.by ? ` by ${work.by}` : ''}`;

/** The site card's kicker: where it was published or delivered (or by whom), and when. */
export const cardKicker = (work: Work): string => ['An explainer', work.where ?? work.by, articleDate(work)].filter(Boolean).join(' · ');
