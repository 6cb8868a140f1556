// How the engine speaks of the explained text, whatever its kind (explainer.yaml `article`: kind, by, where,
// date, author, url). Every sentence and fact line the pages, the pamphlet, the offline copy and the EPUB build
// from that metadata comes from here, as parts (text, links, the title) that each format renders: no page
// strings these words together itself. Each sentence shape is a message of the interface dictionary
// (src/i18n/en.ts `work.*`), which names the text by its kind ({aWork}, {workVerb}…) in the reader's language; the
// functions are made for one dictionary (`createWorkSentences(i18n)`): pages use src/i18n/index.ts's `work`, Node
// code (src/outputs/) src/i18n/node.ts's. Parts missing from the content (no `by`, no `where`, no address) leave
// their words out, never an empty slot: a speech with no address reads as well as an article.
import type { ExplainerData, WorkKind } from '../../model/schemas.ts';
import { split, type I18n } from '../../i18n/core.ts';
import type { Key } from '../../i18n/types.ts';

/** What these functions read of explainer.yaml `article`. */
export type Work = Pick<ExplainerData['article'], 'kind' | 'title' | 'titleIsDescription' | 'date' | 'dateInferred' | 'by' | 'where' | 'url' | 'author'>;

/** Part of a sentence: words, a link, or the text's title (set as a title, or as our description of it). */
export type Part = string | { text: string; href: string } | { title: string; description: boolean };

/**
 * Kinds whose `by` is a publisher (an organisation that published or issued the text), not its author: a citation
 * or structured data names it as the publisher, and a person who delivered, gave or wrote the text as its author.
 */
export const PUBLISHED_KINDS: ReadonlySet<WorkKind> = new Set(['article', 'report', 'statement', 'essay']);

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

/** What the sentences need of the interface: its messages, and the kind of text they name. */
export type WorkI18n = Pick<I18n, 't' | 'template' | 'capitalise' | 'kind'>;

/** The sentences about the explained text, in the words of one dictionary (`i18n`, made for the text's kind). */
export function createWorkSentences(i18n: WorkI18n) {
  const { t, capitalise } = i18n;
  /** The dictionary names the text by the kind it was made for: a text of another kind would be misnamed. */
  const checked = <W extends Pick<Work, 'kind'>>(work: W): W => {
    if (work.kind !== i18n.kind) throw new Error(`work.ts: the interface was made for a text of kind \`${i18n.kind}\`, not \`${work.kind}\``);
    return work;
  };

  /**
   * A message as parts, each `{name}` filled with the parts given for it. A name given no parts (an empty list) is left
   * out with the space before it (or, at the start, the one after it): "{aWork} {origin}, {date}" without an origin
   * reads "an article, 20 May 2024".
   */
  function fill(key: Key, slots: Record<string, Part | readonly Part[]>): Part[] {
    const out: Part[] = [];
    let dropNextSpace = false;
    for (const p of split(i18n.template(key))) {
      if (typeof p === 'string') {
        out.push(dropNextSpace ? p.replace(/^\s/, '') : p);
        dropNextSpace = false;
        continue;
      }
      if (!Object.hasOwn(slots, p.name)) throw new Error(`work.ts: \`${key}\` needs \`${p.name}\``);
      const value = slots[p.name]!;
      const parts = Array.isArray(value) ? (value as readonly Part[]) : [value as Part];
      if (parts.length === 0) {
        const last = out.at(-1);
        if (typeof last === 'string' && /\s$/.test(last)) out[out.length - 1] = last.replace(/\s$/, '');
        else dropNextSpace = true;
        continue;
      }
      out.push(...parts);
    }
    return tidy(out);
  }

  /** Capitalise the first words of a sentence made of parts. */
  function startSentence(parts: Part[]): Part[] {
    const [first, ...rest] = parts;
    if (typeof first === 'string') return [capitalise(first), ...rest];
    if (first && 'href' in first) return [{ ...first, text: capitalise(first.text) }, ...rest];
    return parts;
  }

  /** “Published title” (in the language's quotation marks) or [our description]. */
  const title = (work: Pick<Work, 'title' | 'titleIsDescription'>): string => (work.titleIsDescription ? `[${work.title}]` : t('quote', { text: work.title }));

  /** "20 May 2024", or "late spring 1999 (inferred)": the date as the content words it. */
  const date = (work: Pick<Work, 'date' | 'dateInferred'>): string => (work.dateInferred ? t('work.dateInferred', { date: work.date }) : work.date);

  /** Where it was published or delivered, a link to its address when it has one. */
  const whereParts = (work: Work): Part[] => (work.where ? [work.url ? { text: work.where, href: work.url } : work.where] : []);

  /**
   * Who published or delivered it and where: "published by The Daily Example at example.org", "delivered by the
   * mayor at the town hall", "published at example.org"; nothing when neither is known.
   */
  function originParts(work: Work): Part[] {
    checked(work);
    if (work.by && work.where) return fill('work.originByAt', { by: work.by, where: whereParts(work) });
    if (work.by) return fill('work.originBy', { by: work.by });
    if (work.where) return fill('work.originAt', { where: whereParts(work) });
    return [];
  }

  /** Its address as a link of its own, when no `where` carries it: "(original)". */
  const originalLink = (work: Work): Part[] =>
    work.url && !work.where ? fill('work.originalLink', { original: { text: t('work.original'), href: work.url } }) : [];

  /** Who and where, then its own address when nothing else links it: what follows the text's name in a sentence. */
  const origin = (work: Work): Part[] => {
    const who = originParts(work);
    const link = originalLink(work);
    return who.length && link.length ? tidy([...who, ' ', ...link]) : [...who, ...link];
  };

  /** The home page's line: "An explainer of an article published by … , 20 May 2024. Author: not named …." */
  function explainerOfParts(work: Work): Part[] {
    const line = fill('work.explainerOf', { origin: origin(work), date: date(work) });
    return work.author && work.author !== work.by ? tidy([...line, ' ', t('work.author', { author: work.author })]) : line;
  }

  /** Under the text on a claim page: "From the speech delivered by the mayor at the town hall, 3 June 2024." */
  const fromWorkParts = (work: Work): Part[] => fill('work.from', { origin: origin(work), date: date(work) });

  /** "Published by The Daily Example at example.org, 20 May 2024." (a sentence of its own) */
  function originSentence(work: Work): Part[] {
    const who = originParts(work);
    if (!who.length) return fill('work.originSentenceBare', { origin: originalLink(work), date: date(work) });
    return startSentence(fill('work.originSentence', { origin: origin(work), date: date(work) }));
  }

  /** The footer's line: "The speech: the mayor, 3 June 2024", then its address, when it has one. */
  function footerParts(work: Work): { label: string; parts: Part[] } {
    checked(work);
    return {
      label: t('work.footerLabel'),
      parts: tidy([
        [work.by, date(work)].filter(Boolean).join(t('list.separator')),
        ...(work.url ? [' · ', { text: t('work.original'), href: work.url }] : []),
      ]),
    };
  }

  /** "An explainer of the article “Title”" / "… of the speech [our description]", the title as a part of its own. */
  const explainerOfTitleParts = (work: Work): Part[] =>
    fill('work.explainerOfTitle', { title: { title: title(checked(work)), description: work.titleIsDescription } });

  /** The heading of the text's own facts, apart from the explainer's: "The article it explains". */
  const itExplainsHeading = (work: Pick<Work, 'kind'>): string => (checked(work), t('work.itExplains'));

  /** The label of the makers' relation to whoever published or delivered the text: "Relation to the article’s publisher". */
  const relationLabel = (work: Pick<Work, 'kind'>): string => (checked(work), t('work.relation'));

  /**
   * The text's facts, in order, each a label and its value (words and links): who published or delivered it, where,
   * when, who wrote it, its address. `title` adds its title first (the covers give it in their subtitle).
   */
  function workFacts(
    work: Work & { titleNote?: string | undefined },
    { title: withTitle = false } = {},
  ): { label: string; value: ({ text: string; href: string } | string)[] }[] {
    checked(work);
    return [
      ...(withTitle
        ? [{ label: t('work.fact.title'), value: [title(work), ...(work.titleIsDescription && work.titleNote ? [` (${work.titleNote})`] : [])] }]
        : []),
      ...(work.by ? [{ label: t('work.fact.by'), value: [work.by] }] : []),
      ...(work.where ? [{ label: t('work.fact.at'), value: [work.where] }] : []),
      { label: t('work.fact.date'), value: [date(work)] },
      ...(work.author && work.author !== work.by ? [{ label: t('work.fact.author'), value: [work.author] }] : []),
      ...(work.url ? [{ label: t('work.fact.original'), value: [{ text: work.url, href: work.url }] }] : []),
    ];
  }

  /**
   * The text as a short reference, its known parts in citation order: "The Daily Example, “Title”, example.org,
   * 20 May 2024" (`separator` ", "), or "The Daily Example. “Title”. example.org, 20 May 2024"
   * (". ", the pamphlet's reference list). Its address is the caller's to add, where it has one.
   */
  function referenceText(work: Work, separator: ', ' | '. ' = ', '): string {
    const tail = [work.where, date(work)].filter(Boolean).join(t('list.separator'));
    return capitalise([work.by, title(work), tail].filter(Boolean).join(separator));
  }

  /** Who published or delivered it, and its title: "The Daily Example, “Title”" (a paragraph's citation adds its ¶). */
  const shortReference = (work: Work): string => capitalise([work.by, title(work)].filter(Boolean).join(', '));

  /** Its title, who published or delivered it, where and when: "“Title”, published by The Daily Example (example.org, 20 May 2024)". */
  function titledOrigin(work: Work): string {
    checked(work);
    const details = [work.where, date(work)].filter(Boolean).join(t('list.separator'));
    return work.by ? t('work.titledOriginBy', { title: title(work), by: work.by, details }) : t('work.titledOrigin', { title: title(work), details });
  }

  /** The alt text of the site's card: "the argument of a speech by the mayor". */
  const argumentOf = (work: Work): string => (checked(work).by ? t('work.argumentBy', { by: work.by! }) : t('work.argument'));

  /** The site card's kicker: where it was published or delivered (or by whom), and when. */
  const cardKicker = (work: Work): string => [t('work.cardKicker'), checked(work).where ?? work.by, date(work)].filter(Boolean).join(' · ');

  return {
    title,
    date,
    originParts,
    explainerOfParts,
    fromWorkParts,
    originSentence,
    footerParts,
    explainerOfTitleParts,
    itExplainsHeading,
    relationLabel,
    workFacts,
    referenceText,
    shortReference,
    titledOrigin,
    argumentOf,
    cardKicker,
  };
}

export type WorkSentences = ReturnType<typeof createWorkSentences>;
