// The one model of an explainer, built from its parsed content by one pure
// function: paragraph numbering, mention matchers and the mentions found,
// site-wide source numbers, citations and notes per paragraph, each claim's
// actors, sources and events, every URL. It runs every cross-file check first
// and throws one ContentError listing all problems. The Markdown plugins take
// their options from it; every page, card and script reads it; nothing else
// derives these facts.
import { paragraphId } from './article-text.ts';
import { checkContent } from './checks.ts';
import { numberSources, statementsByParagraph, type Citation, type CitationStatus, type Statement, type StatementStatus } from './citations.ts';
import { byDate, relationToArticle } from './dates.ts';
import { compileMatchers, findMentions, type Matcher } from './mentions.ts';
import { ContentError, type Content, type Entry, type SectionEntry } from './read.ts';
import { firstSentence, UNSOURCED_STATUSES, type ActorData, type CorrectionData, type ExplainerData, type ORIGINS, type SourceData, type TermData, type TimelineEventData, type UnsourcedData } from './schemas.ts';
import { byOrder, rangeLabel } from './sections.ts';
import * as url from './urls.ts';

export interface Paragraph {
  n: number;
  /** Anchor on its claim page: p<n>. */
  id: string;
  text: string;
  crosshead: boolean;
  /** Slug of the claim that quotes it. */
  claim: string;
  /** Our address for it: /<claim>/#p<n>. */
  href: string;
}

export interface Claim extends Omit<SectionEntry, 'actors'> {
  /** 0-based position in reading order. */
  index: number;
  /** Our page: /<slug>/. */
  href: string;
  /** "¶1–¶6" */
  range: string;
  /** Actor ids: those its paragraphs name, in order of first mention, then those its frontmatter adds. */
  actors: string[];
  /** Sources that support any of its paragraphs, in number order, with the supported ¶s in range. */
  sources: { id: string; supports: { paragraph: number; note: string }[] }[];
  /** Timeline event ids its paragraphs refer to, in date order. */
  events: string[];
  /** Its statements nobody sourced, by paragraph. */
  unsourced: Unsourced[];
  /** The statuses its marks use (for the legend), in the legend's order. */
  statuses: StatementStatus[];
  /** How many of its statements have each status it uses, in the legend's order (the evidence-at-a-glance figure). */
  tally: StatusCount[];
  /** Public corrections-log entries that touch its paragraphs (or the whole explainer), in file order. */
  corrections: string[];
  /** When it was last reviewed: explainer.yaml `reviewed`, or its latest correction if later. */
  reviewed: string;
  prev?: string;
  next?: string;
}

export interface Mention {
  paragraph: number;
  start: number;
  end: number;
}

export interface Actor extends Entry<ActorData> {
  /** Our page. */
  href: string;
  /** The first mention in each paragraph that names it, in order (found with every actor's phrases, longest first). */
  mentions: Mention[];
}

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

export interface Source extends Entry<SourceData> {
  /** Site-wide number, the same on every page and in print. */
  number: number;
  /** How it is written in every list: a description in [square brackets], a published title as is. */
  label: string;
  /** What it is, in words, and whether that is a weak origin. */
  originLabel: string;
  weak: boolean;
  /** The statements it backs (their mark ids), in text order. */
  statements: { id: string; paragraph: number }[];
  /** Our page about it (its own address is `url`). */
  href: string;
  anchor: string;
}

export interface Term extends Entry<TermData> {
  /** Its place on /glossary/. */
  href: string;
  /** Paragraphs that use it. */
  uses: number[];
}

export interface TimelineEvent extends Entry<TimelineEventData> {
  /** Its place on /timeline/. */
  href: string;
  anchor: string;
  relation: 'in-article' | 'background' | 'after';
}

/**
 * How many statements have one status, and where the first of them is said. Statements, not words: the unit every
 * mark, note and list counts, and a verified span holds only the words a source backs, so words would measure how
 * tightly spans were drawn rather than what was checked.
 */
export interface StatusCount {
  status: StatementStatus;
  count: number;
  /** The first of them in reading order: the id of the statement whose note says it (`noteOf`). */
  first: string;
  /**
   * Where a reader finds them: for a claim, the first one's note on its page (the notes go on in text order); for
   * the whole article, the list of them all on /sources/ where there is one (the unsourced statuses), else the
   * first one's note.
   */
  href: string;
}

export type Unsourced = Entry<UnsourcedData> & { /** Its mark's id. */ mark: string };
export type Correction = CorrectionData & { id: string };
export type { Citation, CitationStatus, Statement, StatementStatus };

/**
 * The order statuses are explained in, everywhere (legends, /method/, the sources page): the checked ones
 * first, then the unsourced, and apart from these the article's opinion or analysis.
 */
export const STATUS_ORDER: readonly StatementStatus[] = ['verified', 'partly-verified', 'missing-context', 'not-found', 'not-checked', 'opinion'];

/** What a mention-linking plugin needs about one entry. */
export interface MentionEntry {
  id: string;
  /** Name and aliases, exactly as in the text. */
  phrases: string[];
  href: string;
  /** Preview card: a title, a short subtitle (role), one line. */
  title: string;
  subtitle?: string;
  line?: string;
}

/** The parts an explainer may leave out, each with pages, links and appendices of its own. */
export const OPTIONAL_PARTS = ['actors', 'sources', 'glossary', 'timeline'] as const;
export type OptionalPart = (typeof OPTIONAL_PARTS)[number];

export interface Model {
  explainer: ExplainerData;
  /** Which optional parts this explainer has (any entries at all): only those get a page, a link, an appendix. */
  parts: Record<OptionalPart, boolean>;
  /** Index 0 = ¶1. */
  paragraphs: Paragraph[];
  /** In reading order. */
  claims: Claim[];
  /** By id. */
  actors: Actor[];
  /** In number order. */
  sources: Source[];
  /** By paragraph. */
  unsourced: Unsourced[];
  /** A–Z in the explainer's locale. */
  terms: Term[];
  /** In date order. */
  events: TimelineEvent[];
  /** ¶ → its statements in text order, each with one mark. */
  statements: Record<number, Statement[]>;
  /** The statuses the statements use anywhere, in STATUS_ORDER (each claim has its own in `statuses`): the site-wide legend. */
  statuses: StatementStatus[];
  /** How many statements of the whole article have each status (each claim has its own in `tally`). */
  tally: StatusCount[];
  /** The corrections log, in file order. */
  corrections: Correction[];
  /** For the mention-linking plugin: actors (first mention per ¶) and glossary terms (first use per page). */
  mentionEntries: { actors: MentionEntry[]; terms: MentionEntry[] };
}

export { firstSentence } from './schemas.ts';

/** Statements (in reading order) counted by status, in STATUS_ORDER; statuses with none are left out. */
export function tallyStatements(list: readonly Statement[], href: (status: StatementStatus, first: Statement) => string): StatusCount[] {
  return STATUS_ORDER.flatMap((status) => {
    const of = list.filter((s) => s.status === status);
    const first = of[0];
    return first ? [{ status, count: of.length, first: first.noteOf, href: href(status, first) }] : [];
  });
}

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

export function buildModel(content: Content): Model {
  const { explainer, golden } = content;
  const numbers = numberSources(content.sources);
  const marked = statementsByParagraph(golden, content.sources, content.unsourced, numbers, explainer.article.crossheads);
  const problems = [...checkContent(content), ...marked.problems];
  if (problems.length) throw new ContentError(problems);
  const locale = explainer.site.locale;

  const sections = [...content.sections].sort(byOrder);
  const crossheads = new Set(explainer.article.crossheads);
  // ¶ → the index of the claim that quotes it, made once: every per-claim list below is grouped
  // through it in one pass, so the model's cost grows with the content, never with claims × content.
  const claimIndex: (number | undefined)[] = [];
  sections.forEach((s, index) => {
    for (let n = s.paragraphs.from; n <= s.paragraphs.to; n++) claimIndex[n] ??= index;
  });
  const perClaim = <T>(): T[][] => sections.map(() => []);
  const paragraphs: Paragraph[] = golden.map((text, i) => {
    const n = i + 1;
    const slug = sections[claimIndex[n]!]!.slug;
    return { n, id: paragraphId(n), text, crosshead: crossheads.has(n), claim: slug, href: url.paragraphUrl(slug, n) };
  });

  const actorMatchers = compileMatchers(content.actors.map((a) => ({ id: a.id, phrases: [a.name, ...a.aliases] })));
  const actorMentions = mentionsIn(golden, actorMatchers);
  const actors: Actor[] = content.actors.map((a) => ({ ...a, href: url.actorUrl(a.id), mentions: actorMentions.get(a.id) ?? [] }));

  // Each source's statements in text order (¶ order, then mark order), gathered in one pass.
  const statementsBySource = new Map<string, { id: string; paragraph: number }[]>();
  for (const x of Object.values(marked.statements).flat()) {
    for (const c of x.sources) {
      const list = statementsBySource.get(c.id) ?? [];
      if (list.at(-1)?.id !== x.id) list.push({ id: x.id, paragraph: x.paragraph });
      statementsBySource.set(c.id, list);
    }
  }
  const sources: Source[] = content.sources
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

  const termMatchers = compileMatchers(content.glossary.map((t) => ({ id: t.id, phrases: [t.term, ...t.aliases] })));
  const termUses = mentionsIn(golden, termMatchers);
  const terms: Term[] = content.glossary
    .map((t) => ({ ...t, href: url.termUrl(t.id), uses: (termUses.get(t.id) ?? []).map((m) => m.paragraph) }))
    .sort((a, b) => a.term.localeCompare(b.term, locale));

  const events: TimelineEvent[] = content.timeline
    .map((e) => ({ ...e, href: url.eventUrl(e.id), anchor: url.eventAnchor(e.id), relation: relationToArticle(e, explainer.article.writtenBy) }))
    .sort(byDate);

  const { statements } = marked;
  // A note's pointer to a sourced statement on another claim's page leads to that page.
  for (const list of Object.values(statements)) {
    for (const st of list) {
      for (const ref of st.sourced ?? []) {
        const there = claimIndex[ref.paragraph]!;
        if (there !== claimIndex[st.paragraph]) ref.href = `${url.claimUrl(sections[there]!.slug)}${ref.href}`;
      }
    }
  }
  const unsourced = [...content.unsourced]
    .map((u) => ({ ...u, mark: statements[u.paragraph]!.find((x) => x.quote === u.quote)!.id }))
    .sort((a, b) => a.paragraph - b.paragraph || a.mark.localeCompare(b.mark, 'en', { numeric: true }));

  // What each claim lists, grouped by the claim of each ¶, in the order the lists are read in.
  const named = perClaim<{ id: string; at: number }>();
  for (const a of actors) for (const m of a.mentions) named[claimIndex[m.paragraph]!]!.push({ id: a.id, at: m.paragraph * 1e6 + m.start });
  const sourcesOf = perClaim<Claim['sources'][number]>();
  for (const src of sources) {
    const supports = new Map<number, SourceData['supports']>();
    for (const x of src.supports) {
      const index = claimIndex[x.paragraph]!;
      const list = supports.get(index);
      if (list) list.push(x);
      else supports.set(index, [x]);
    }
    for (const [index, list] of [...supports].sort((a, b) => a[0] - b[0])) sourcesOf[index]!.push({ id: src.id, supports: list });
  }
  const eventsOf = perClaim<string>();
  for (const e of events) for (const index of new Set(e.paragraphs.map((n) => claimIndex[n]!))) eventsOf[index]!.push(e.id);
  const unsourcedOf = perClaim<Unsourced>();
  for (const u of unsourced) unsourcedOf[claimIndex[u.paragraph]!]!.push(u);
  const statusesOf = sections.map(() => new Set<StatementStatus>());
  for (const list of Object.values(statements)) for (const x of list) statusesOf[claimIndex[x.paragraph]!]!.add(x.status);
  const statementsOf = perClaim<Statement>();
  for (const list of Object.values(statements)) for (const x of list) statementsOf[claimIndex[x.paragraph]!]!.push(x);
  const noteHref = (_: StatementStatus, x: Statement) => url.noteUrl(sections[claimIndex[x.paragraph]!]!.slug, x.noteOf);
  // /sources/ lists the unsourced statuses' statements, when the explainer has sources (else it has no such page).
  const listed = new Set<StatementStatus>(sources.length > 0 ? UNSOURCED_STATUSES : []);
  const articleHref = (status: StatementStatus, x: Statement) => (listed.has(status) ? url.statusListUrl(status) : noteHref(status, x));
  const correctionsOf = perClaim<Correction>();
  for (const c of content.corrections) {
    // An entry that names nothing in particular changed the whole explainer: every claim counts it.
    const whole = !c.paragraphs.length && !c.actors.length && !c.terms.length && !c.events.length;
    const touched = whole ? sections.map((_, index) => index) : c.paragraphs.map((n) => claimIndex[n]);
    for (const index of new Set(touched)) if (index !== undefined) correctionsOf[index]!.push(c);
  }

  const claims: Claim[] = sections.map((s, index) => {
    const mentioned = [...new Set(named[index]!.sort((a, b) => a.at - b.at).map((x) => x.id))];
    const touching = correctionsOf[index]!;
    return {
      ...s,
      index,
      href: url.claimUrl(s.slug),
      range: rangeLabel(s.paragraphs),
      actors: [...new Set([...mentioned, ...s.actors])],
      sources: sourcesOf[index]!,
      events: eventsOf[index]!,
      unsourced: unsourcedOf[index]!,
      statuses: STATUS_ORDER.filter((st) => statusesOf[index]!.has(st)),
      tally: tallyStatements(statementsOf[index]!, noteHref),
      corrections: touching.map((c) => c.id),
      reviewed: [explainer.reviewed, ...touching.map((c) => c.date)].sort().at(-1)!,
      prev: sections[index - 1]?.slug,
      next: sections[index + 1]?.slug,
    };
  });

  const mentionEntries = {
    // An actor's preview: name and role (its page has the profile); a term's: its definition's first sentence.
    actors: actors.map((a) => ({ id: a.id, phrases: [a.name, ...a.aliases], href: a.href, title: a.name, subtitle: a.role })),
    terms: terms.map((t) => ({ id: t.id, phrases: [t.term, ...t.aliases], href: t.href, title: t.term, line: firstSentence(t.definition) })),
  };

  return {
    explainer,
    parts: { actors: actors.length > 0, sources: sources.length > 0, glossary: terms.length > 0, timeline: events.length > 0 },
    paragraphs,
    claims,
    actors,
    sources,
    unsourced,
    terms,
    events,
    statements,
    statuses: STATUS_ORDER.filter((st) => claims.some((c) => c.statuses.includes(st))),
    tally: tallyStatements(statementsOf.flat(), articleHref),
    corrections: content.corrections,
    mentionEntries,
  };
}
