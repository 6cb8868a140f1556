// Statements and their marks: what a statement is (./statements.ts finds each in the text), its status and the
// order statuses are explained in, its mark, and the sources' numbers the marks use. Sources are numbered once for
// the whole site so a number reads the same on a claim page, a source page and in print.
import type { CHECKED, SourceData, StatusName, UnsourcedData } from './schemas.ts';

export type Checked = (typeof CHECKED)[number];
/** verified · partly-verified · missing-context · not-found · not-checked · opinion (schemas.ts `StatusName`). */
export type StatementStatus = StatusName;
/** How far one source bears one statement out: missing-context when it verifies it and says what the article leaves out. */
export type CitationStatus = Checked | 'missing-context';

/** The parts of a parsed source (schemas.ts) this module reads; `file` names it in messages. */
export type SourceLike = Pick<SourceData, 'status' | 'caveat' | 'supports' | 'background'> &
  Partial<Pick<SourceData, 'excerptLang'>> & { id: string; file?: string };
/** The parts of a parsed unsourced.yaml entry it reads. */
export type UnsourcedLike = UnsourcedData & { id: string; file?: string };

/** One source's backing of one statement. */
export interface Citation {
  id: string;
  number: number;
  /** The support's status (else the source's); missing-context when it verifies the statement and gives `context`. */
  status: CitationStatus;
  /** The statement's caveat, else the source's. */
  caveat?: string | undefined;
  note: string;
  /** What the article leaves out that a reader needs to know (the support's `context`), in neutral words. */
  context?: string | undefined;
  /** The source's own words that back the statement, as the research quotes them (the support's `excerpt`). */
  excerpt?: string | undefined;
  /** Their language (BCP 47) when not the explainer's. */
  excerptLang?: string | undefined;
  /** The research's English for them, shown in [brackets]. */
  excerptTranslation?: string | undefined;
  /** Why no words of the source are shown, for readers. */
  excerptMissing?: string | undefined;
  /** The editors' reason why the statement's words outside the excerpts and caveats are backed (never shown). */
  spanCheck?: string | undefined;
}

/** A statement an unsourced note says is sourced (unsourced.yaml `sourced`), resolved. */
export interface SourcedRef {
  /** The statement's id (its mark's anchor). */
  id: string;
  paragraph: number;
  /** Its mark, as the text shows it. */
  label: string;
  /** Where its note is: `#<id>` on the same claim page (./build.ts gives the page's address when it is on another). */
  href: string;
}

export interface Statement {
  /** Anchor of its mark (`s<¶>-<k>`); its note is `note-<id>`. */
  id: string;
  paragraph: number;
  quote: string;
  /** Where the quote stands in the paragraph's text (end: just after it, where the mark goes). */
  start: number;
  end: number;
  /**
   * Sourced: missing-context if a source verifies it and a source says what the article leaves out; else
   * verified if any source verifies it; else partly verified. Unsourced: the unsourced.yaml entry's status.
   */
  status: StatementStatus;
  /**
   * The mark's text (`statementLabel`): "[12]", "[12–14]", "[3, 7]", "[12*]" (partly verified), "[12+]" (missing
   * context), "[?]" (not found), and "" for not-checked and opinion: those get no mark in the text; the
   * paragraph's note line says them once.
   */
  label: string;
  /** Sources that back it, in number order (none when unsourced). */
  sources: Citation[];
  /** For an unsourced statement: what our research found, or what the statement does in the argument. */
  note?: string | undefined;
  /** For a missing-context statement: what the article leaves out (its citations' `context`, each once). */
  context?: string | undefined;
  /** For an unsourced statement: the sourced statements its note points to (unsourced.yaml `sourced`). */
  sourced?: SourcedRef[] | undefined;
  /**
   * The id of the statement whose note says this one (its note's anchor is `note-<noteOf>`): its own when it has a
   * mark; for the unmarked (not checked, opinion), the first in the paragraph of the same status, as the paragraph's
   * note says them together.
   */
  noteOf: string;
}

/** Site-wide source numbers: ordered by the first paragraph they support or give background to, then id. */
export function numberSources(sources: readonly SourceLike[]): Map<string, number> {
  const first = (s: SourceLike) => Math.min(...[...s.supports, ...s.background].map((x) => x.paragraph));
  const ordered = [...sources].sort((a, b) => first(a) - first(b) || a.id.localeCompare(b.id));
  return new Map(ordered.map((s, i) => [s.id, i + 1]));
}

/** [1, 2, 3, 5] → [[1, 3], [5, 5]]: consecutive numbers as runs, sorted, once each. */
export function runsOf(numbers: readonly number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** [3, 12, 13, 14] → "3, 12–14"; two in a row stay two ("7, 8"). */
export const numberRuns = (numbers: readonly number[]): string =>
  runsOf(numbers)
    .map(([a, b]) => (a === b ? `${a}` : `${a}${b === a + 1 ? ', ' : '–'}${b}`))
    .join(', ');

/** Statuses whose statements carry no mark in the text: the paragraph's note line says them once. */
export const UNMARKED_STATUSES: ReadonlySet<StatementStatus> = new Set(['not-checked', 'opinion']);
/**
 * Whether a status rates a checkable statement (verified, partly verified, missing context, not found: those with a
 * mark). Only these are published as reviews (schema.org ClaimReview, an assessing Web Annotation); a point nobody
 * checked and the article's opinion are not.
 */
export const isRated = (status: StatementStatus): boolean => !UNMARKED_STATUSES.has(status);

/**
 * A statement's mark: its sources' numbers as runs in brackets, with * when partly verified and + when
 * missing context; [?] when not found; nothing ("") for not-checked and opinion. The legend's samples
 * are made with it too, so a mark and its explanation never differ.
 */
export function statementLabel(status: StatementStatus, numbers: readonly number[]): string {
  switch (status) {
    case 'verified':
      return `[${numberRuns(numbers)}]`;
    case 'partly-verified':
      return `[${numberRuns(numbers)}*]`;
    case 'missing-context':
      return `[${numberRuns(numbers)}+]`;
    case 'not-found':
      return '[?]';
    case 'not-checked':
    case 'opinion':
      return '';
  }
}

/**
 * The order statuses are explained in, everywhere (legends, /method/, the sources page): the checked ones
 * first, then the unsourced, and apart from these the article's opinion or analysis.
 */
export const STATUS_ORDER: readonly StatementStatus[] = ['verified', 'partly-verified', 'missing-context', 'not-found', 'not-checked', 'opinion'];

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

/** Statements (in reading order) counted by status, in STATUS_ORDER; statuses with none are left out. */
export function tallyStatements(list: readonly Statement[], href: (status: StatementStatus, first: Statement) => string): StatusCount[] {
  return STATUS_ORDER.flatMap((status) => {
    const of = list.filter((s) => s.status === status);
    const first = of[0];
    return first ? [{ status, count: of.length, first: first.noteOf, href: href(status, first) }] : [];
  });
}
