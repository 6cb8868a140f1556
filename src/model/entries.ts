// The model's entries, each with what the pages need of it: the sources (numbered, in words, with the statements
// they back), the actors (with every paragraph that names them), the glossary terms (with the paragraphs that use
// them), the timeline's events (how each stands to the article), and what the mention-linking plugin needs of the
// actors and terms. Pure: ./build.ts calls these once the content has passed its checks.
import type { Actor, Mention, Model, Source, Statement, Term, TimelineEvent } from './build.ts';
import { byDate, relationToArticle } from './dates.ts';
import { compileMatchers, findMentions, type Matcher } from './mentions.ts';
import type { Content } from './read.ts';
import type { ORIGINS, SourceData } from './schemas.ts';
import { firstSentence } from './schemas.ts';
import * as url from './urls.ts';

export type Origin = (typeof ORIGINS)[number];

/** Origins a reader should weigh with care: labelled "weak source" wherever the source appears. */
export const WEAK_ORIGINS: ReadonlySet<Origin> = new Set(['mirror', 'community', 'blog', 'unknown']);

/** What a source is, in words: "wire copy (AP)", "state media (the state named)", "copy on a mirror or aggregator (of National Review)". */
export function originLabel(s: Pick<SourceData, 'origin' | 'via' | 'state'>): string {
  switch (s.origin) {
    case 'primary':
      return 'primary document';
    case 'outlet':
      return 'original outlet';
    case 'wire':
      return `wire copy${s.via ? ` (${s.via})` : ''}`;
    case 'mirror':
      return `copy on a mirror or aggregator${s.via ? ` (of ${s.via})` : ', original not named'}`;
    case 'reference':
      return 'reference work';
    case 'community':
      return 'community wiki or Q&A site';
    case 'state-media':
      return `state media (${s.state})`;
    case 'blog':
      return 'blog';
    case 'unknown':
      return 'unknown provenance';
  }
}

// The first sentence of a text (a preview card's one line): the schema's, which also measures a feed title by it.
export { firstSentence };

/** Paragraphs that name each entry (any of its phrases, longest first), with the first mention's place. */
function mentionsIn(golden: readonly string[], matchers: readonly Matcher[]): Map<string, Mention[]> {
  const found = new Map<string, Mention[]>();
  golden.forEach((text, i) => {
    const seen = new Set<string>();
    for (const m of findMentions(text, matchers)) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const list = found.get(m.id) ?? [];
      list.push({ paragraph: i + 1, start: m.start, end: m.end });
      found.set(m.id, list);
    }
  });
  return found;
}

/** The sources in number order, each with its words for readers and the statements it backs (gathered in one pass, in text order). */
export function sourcesOf(content: Content, numbers: ReadonlyMap<string, number>, statements: Record<number, Statement[]>): Source[] {
  const statementsBySource = new Map<string, { id: string; paragraph: number }[]>();
  for (const x of Object.values(statements).flat()) {
    for (const c of x.sources) {
      const list = statementsBySource.get(c.id) ?? [];
      if (list.at(-1)?.id !== x.id) list.push({ id: x.id, paragraph: x.paragraph });
      statementsBySource.set(c.id, list);
    }
  }
  return content.sources
    .map((s) => ({
      ...s,
      number: numbers.get(s.id)!,
      label: s.titleIsDescription ? `[${s.title}]` : s.title,
      originLabel: originLabel(s),
      weak: s.weak || WEAK_ORIGINS.has(s.origin),
      statements: statementsBySource.get(s.id) ?? [],
      href: url.sourceUrl(s.id),
      anchor: url.sourceAnchor(s.id),
    }))
    .sort((a, b) => a.number - b.number);
}

/** The actors (with every paragraph that names them), the terms (A–Z, with the paragraphs that use them), the events (by date). */
export function entriesOf(content: Content): Pick<Model, 'actors' | 'terms' | 'events'> {
  const { golden, explainer } = content;
  const actorMatchers = compileMatchers(content.actors.map((a) => ({ id: a.id, phrases: [a.name, ...a.aliases] })));
  const actorMentions = mentionsIn(golden, actorMatchers);
  const actors: Actor[] = content.actors.map((a) => ({ ...a, href: url.actorUrl(a.id), mentions: actorMentions.get(a.id) ?? [] }));
  const termMatchers = compileMatchers(content.terms.map((t) => ({ id: t.id, phrases: [t.term, ...t.aliases] })));
  const termUses = mentionsIn(golden, termMatchers);
  const terms: Term[] = content.terms
    .map((t) => ({ ...t, href: url.termUrl(t.id), uses: (termUses.get(t.id) ?? []).map((m) => m.paragraph) }))
    .sort((a, b) => a.term.localeCompare(b.term, explainer.site.locale));
  const events: TimelineEvent[] = content.events
    .map((e) => ({ ...e, href: url.eventUrl(e.id), anchor: url.eventAnchor(e.id), relation: relationToArticle(e, explainer.article.writtenBy) }))
    .sort(byDate);
  return { actors, terms, events };
}

/**
 * For the mention-linking plugin: an actor's preview is its name and role (its page has the profile); a term's, its
 * definition's first sentence. An actor every reader knows (`linkInText: false`) is not linked in the text.
 */
export const mentionEntriesOf = ({ actors, terms }: Pick<Model, 'actors' | 'terms'>): Model['mentionEntries'] => ({
  actors: actors.filter((a) => a.linkInText).map((a) => ({ id: a.id, phrases: [a.name, ...a.aliases], href: a.href, title: a.name, subtitle: a.role })),
  terms: terms.map((t) => ({ id: t.id, phrases: [t.term, ...t.aliases], href: t.href, title: t.term, line: firstSentence(t.definition) })),
});
