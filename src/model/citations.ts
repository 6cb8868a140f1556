// Statements and their marks. Sources are numbered once for the whole site so
// a number reads the same on a claim page, a source page and in print. Every
// `supports` entry and every unsourced.yaml entry names the exact words of the
// statement it is about; entries with the same words form ONE statement with
// ONE mark, placed right after those words. Pure: ./build.ts calls it and
// throws the problems it reports with the other content problems.
import { editDistance } from './similar.ts';
import type { CHECKED, SourceData, StatusName, UnsourcedData } from './schemas.ts';

export type Checked = (typeof CHECKED)[number];
/** verified · partly-verified · missing-context · not-found · not-checked · opinion (schemas.ts `StatusName`). */
export type StatementStatus = StatusName;
/** How far one source bears one statement out: missing-context when it verifies it and says what the article leaves out. */
export type CitationStatus = Checked | 'missing-context';

/** The parts of a parsed source (schemas.ts) this module reads; `file` names it in messages. */
export type SourceLike = Pick<SourceData, 'status' | 'caveat' | 'supports' | 'background'> & Partial<Pick<SourceData, 'excerptLang'>> & { id: string; file?: string };
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

/** A sourced statement's status from its citations: a verifying source decides; one that gives context makes it missing-context. */
function sourcedStatus(citations: readonly Citation[]): StatementStatus {
  if (citations.some((c) => c.status === 'missing-context')) return 'missing-context';
  return citations.some((c) => c.status === 'verified') ? 'verified' : 'partly-verified';
}

/** "is sourced" / "are sourced" in a note: a claim about this ¶ or the ¶s it names, checked against the statements. */
const SAYS_SOURCED = /\b(?:is|are|was|were)\s+(?:(?:also|only|all|both|each|in part|partly)\s+)?sourced\b/i;

/** The passage of `text` nearest to `quote` (by edit distance over word-aligned windows), for error messages. */
export function nearestPassage(text: string, quote: string): string {
  let best = { distance: Infinity, passage: '' };
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !/\s/.test(text[i - 1]!)) continue;
    const passage = text.slice(i, i + quote.length);
    const distance = editDistance(quote, passage);
    if (distance < best.distance) best = { distance, passage };
  }
  return best.passage;
}

function occurrences(text: string, quote: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

/**
 * Every paragraph's statements, in text order, and the problems: a quote not in
 * its paragraph (with the nearest passage), a quote found twice, a statement
 * both sourced and unsourced, two statements that overlap, a paragraph with
 * no statement at all (crossheads excepted).
 */
export function statementsByParagraph(
  golden: readonly string[],
  sources: readonly SourceLike[],
  unsourced: readonly UnsourcedLike[],
  numbers: ReadonlyMap<string, number>,
  crossheads: readonly number[],
): { statements: Record<number, Statement[]>; problems: string[] } {
  const problems: string[] = [];
  type Draft = { paragraph: number; quote: string; start: number; sources: Citation[]; unsourced?: UnsourcedLike; file: string };
  const drafts = new Map<string, Draft>();

  const place = (file: string, field: string, paragraph: number, quote: string): number | undefined => {
    const text = golden[paragraph - 1];
    if (text === undefined) return undefined; // reported by the ¶ range checks
    const at = occurrences(text, quote);
    if (at.length === 1) return at[0];
    problems.push(
      at.length === 0
        ? `${file}: \`${field}\` ¶${paragraph}: the quote “${quote}” is not in the paragraph. Nearest: “${nearestPassage(text, quote)}”.`
        : `${file}: \`${field}\` ¶${paragraph}: the quote “${quote}” occurs ${at.length} times in the paragraph; quote more words so it is found once.`,
    );
    return undefined;
  };

  for (const s of sources) {
    s.supports.forEach((x, i) => {
      const start = place(s.file ?? s.id, `supports[${i}].quote`, x.paragraph, x.quote);
      if (start === undefined) return;
      const key = `${x.paragraph}\u0000${x.quote}`;
      const draft = drafts.get(key) ?? { paragraph: x.paragraph, quote: x.quote, start, sources: [], file: s.file ?? s.id };
      const status = x.status ?? s.status;
      draft.sources.push({
        id: s.id,
        number: numbers.get(s.id)!,
        status: x.context && status === 'verified' ? 'missing-context' : status,
        caveat: x.caveat ?? s.caveat,
        note: x.note,
        ...(x.context ? { context: x.context } : {}),
        ...(x.excerpt ? { excerpt: x.excerpt, ...(s.excerptLang ? { excerptLang: s.excerptLang } : {}) } : {}),
        ...(x.excerptTranslation ? { excerptTranslation: x.excerptTranslation } : {}),
        ...(x.excerptMissing ? { excerptMissing: x.excerptMissing } : {}),
        ...(x.spanCheck ? { spanCheck: x.spanCheck } : {}),
      });
      drafts.set(key, draft);
    });
  }
  for (const u of unsourced) {
    const start = place(`${u.file ?? 'unsourced.yaml'} (${u.id})`, 'quote', u.paragraph, u.quote);
    if (start === undefined) continue;
    const key = `${u.paragraph}\u0000${u.quote}`;
    const sourced = drafts.get(key);
    if (sourced) {
      problems.push(`${u.file ?? 'unsourced.yaml'} (${u.id}): ¶${u.paragraph} “${u.quote}” is ${u.status} here but backed by ${sourced.sources.map((c) => c.id).join(', ')}; one statement, one status.`);
      continue;
    }
    drafts.set(key, { paragraph: u.paragraph, quote: u.quote, start, sources: [], unsourced: u, file: u.file ?? 'unsourced.yaml' });
  }

  const statements: Record<number, Statement[]> = {};
  for (const d of [...drafts.values()].sort((a, b) => a.paragraph - b.paragraph || a.start + a.quote.length - (b.start + b.quote.length))) {
    const list = (statements[d.paragraph] ??= []);
    const sourcesInOrder = [...d.sources].sort((a, b) => a.number - b.number);
    const status: StatementStatus = d.unsourced ? d.unsourced.status : sourcedStatus(sourcesInOrder);
    const label = statementLabel(status, sourcesInOrder.map((c) => c.number));
    const contexts = [...new Set(sourcesInOrder.flatMap((c) => (c.context ? [c.context] : [])))];
    list.push({
      id: `s${d.paragraph}-${list.length + 1}`,
      paragraph: d.paragraph,
      quote: d.quote,
      start: d.start,
      end: d.start + d.quote.length,
      status,
      label,
      sources: sourcesInOrder,
      note: d.unsourced?.note,
      ...(status === 'missing-context' ? { context: contexts.join(' ') } : {}),
      noteOf: '',
    });
  }
  for (const list of Object.values(statements)) {
    for (const st of list) st.noteOf = st.label ? st.id : list.find((x) => !x.label && x.status === st.status)!.id;
  }

  for (const [n, list] of Object.entries(statements)) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (b.start < a.end && a.start < b.end) {
        problems.push(`¶${n}: the statements “${a.quote}” and “${b.quote}” overlap; quote each statement's own words, so each mark sits after its statement.`);
      }
    }
  }
  // A note that says something "is sourced" names the statements (`sourced`): each exists and has a source, and every
  // ¶ the note names is one of theirs, so the prose cannot point where nothing is sourced.
  for (const u of unsourced) {
    const where = `${u.file ?? 'unsourced.yaml'} (${u.id})`;
    const refs = u.sourced ?? [];
    if (SAYS_SOURCED.test(u.note) && !refs.length) {
      problems.push(`${where}: \`note\` says something is sourced but names no statement: add \`sourced: [{ paragraph, quote }]\` with the exact words of each sourced statement it means, or say “background” for context that backs nothing.`);
    }
    const resolved: SourcedRef[] = [];
    refs.forEach((ref, i) => {
      const list = statements[ref.paragraph] ?? [];
      const found = list.find((x) => x.quote === ref.quote);
      if (!found) {
        const near = list.filter((x) => x.sources.length).map((x) => x.quote);
        const nearest = near.length ? ` Sourced statements in ¶${ref.paragraph}: “${near.join('”, “')}”.` : ` No statement of ¶${ref.paragraph} has a source.`;
        problems.push(`${where}: \`sourced[${i}]\` ¶${ref.paragraph} “${ref.quote}” is not a statement.${nearest}`);
      } else if (!found.sources.length) {
        problems.push(`${where}: \`sourced[${i}]\` ¶${ref.paragraph} “${ref.quote}” has no source (it is ${found.status}).`);
      } else resolved.push({ id: found.id, paragraph: found.paragraph, label: found.label, href: `#${found.id}` });
    });
    const named = new Set(refs.map((r) => r.paragraph));
    for (const m of u.note.matchAll(/¶(\d+)/g)) {
      const n = Number(m[1]);
      if (SAYS_SOURCED.test(u.note) && n !== u.paragraph && !named.has(n)) {
        problems.push(`${where}: \`note\` names ¶${n}, but \`sourced\` names no statement there: add it, or leave the ¶ out.`);
      }
    }
    const own = statements[u.paragraph]?.find((x) => x.quote === u.quote);
    if (own && resolved.length) own.sourced = resolved;
  }
  const heads = new Set(crossheads);
  golden.forEach((_, i) => {
    const n = i + 1;
    if (!heads.has(n) && !statements[n]?.length) {
      problems.push(`unsourced.yaml: ¶${n} has no statement: give a source's \`supports\` a quote from it, or add an entry here (status: not-found, not-checked or opinion).`);
    }
  });
  return { statements, problems };
}
