// The one model of an explainer: its shape (the types below) and the one pure function that builds it from the
// parsed content: paragraph numbering, site-wide source numbers, the statements and their marks (./statements.ts),
// the entries and the mentions found (./entries.ts), each claim's actors, sources and events (./claims.ts), every
// URL (./urls.ts). It runs every cross-file check first and throws one ContentError listing all problems. The
// Markdown plugins take their options from it; every page, card and script reads it; nothing else derives these
// facts.
import { paragraphId } from './article-text.ts';
import { checkContent } from './checks.ts';
import {
  numberSources,
  STATUS_ORDER,
  tallyStatements,
  type Citation,
  type CitationStatus,
  type Statement,
  type StatementStatus,
  type StatusCount,
} from './citations.ts';
import { buildClaims, claimIndexOf, linkAcrossClaims, noteHrefOf, type ClaimIndex } from './claims.ts';
import { entriesOf, mentionEntriesOf, sourcesOf } from './entries.ts';
import { statementsByParagraph } from './statements.ts';
import { ContentError, type Content, type Entry, type ClaimEntry } from './read.ts';
import {
  UNSOURCED_STATUSES,
  type ActorData,
  type CorrectionData,
  type ExplainerData,
  type SourceData,
  type TermData,
  type TimelineEventData,
  type UnsourcedData,
} from './schemas.ts';
import { byOrder } from './claim-ranges.ts';
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

export interface Claim extends Omit<ClaimEntry, 'actors'> {
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
  /**
   * The paragraphs that were once on this page and now open the next claim (split off it: its `movedFrom`): the
   * page keeps an anchor for each, leading there.
   */
  continued?: { slug: string; title: string; paragraphs: number[] };
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

export type Unsourced = Entry<UnsourcedData> & { /** Its mark's id. */ mark: string };
export type Correction = CorrectionData & { id: string };
export type { Citation, CitationStatus, Statement, StatementStatus, StatusCount };

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

/** ¶1…¶n: each with its anchor, its claim and our address for it. */
function paragraphsOf(golden: readonly string[], claimEntries: readonly ClaimEntry[], claimIndex: ClaimIndex, crossheads: readonly number[]): Paragraph[] {
  const heads = new Set(crossheads);
  return golden.map((text, i) => {
    const n = i + 1;
    const slug = claimEntries[claimIndex[n]!]!.slug;
    return { n, id: paragraphId(n), text, crosshead: heads.has(n), claim: slug, href: url.paragraphUrl(slug, n) };
  });
}

export function buildModel(content: Content): Model {
  const { explainer, golden } = content;
  const numbers = numberSources(content.sources);
  const marked = statementsByParagraph(golden, content.sources, content.unsourced, numbers, explainer.article.crossheads);
  const problems = [...checkContent(content), ...marked.problems];
  if (problems.length) throw new ContentError(problems);

  const claimEntries = [...content.claims].sort(byOrder);
  const claimIndex = claimIndexOf(claimEntries);
  const { statements } = marked;
  linkAcrossClaims(statements, claimEntries, claimIndex);
  const sources = sourcesOf(content, numbers, statements);
  const { actors, terms, events } = entriesOf(content);
  const unsourced = [...content.unsourced]
    .map((u) => ({ ...u, mark: statements[u.paragraph]!.find((x) => x.quote === u.quote)!.id }))
    .sort((a, b) => a.paragraph - b.paragraph || a.mark.localeCompare(b.mark, 'en', { numeric: true }));
  const { claims, statementsOf } = buildClaims({
    claimEntries,
    claimIndex,
    actors,
    sources,
    events,
    unsourced,
    statements,
    corrections: content.corrections,
    reviewed: explainer.reviewed,
  });

  // /sources/ lists the unsourced statuses' statements, when the explainer has sources (else it has no such page).
  const listed = new Set<StatementStatus>(sources.length > 0 ? UNSOURCED_STATUSES : []);
  const noteHref = noteHrefOf(claimEntries, claimIndex);
  const articleHref = (status: StatementStatus, x: Statement) => (listed.has(status) ? url.statusListUrl(status) : noteHref(status, x));
  return {
    explainer,
    parts: { actors: actors.length > 0, sources: sources.length > 0, glossary: terms.length > 0, timeline: events.length > 0 },
    paragraphs: paragraphsOf(golden, claimEntries, claimIndex, explainer.article.crossheads),
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
    mentionEntries: mentionEntriesOf({ actors, terms }),
  };
}
