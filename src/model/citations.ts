// Statements and their marks. Sources are numbered once for the whole site so
// a number reads the same on a claim page, a source page and in print. Every
// `supports` entry and every unsourced.yaml entry names the exact words of the
// statement it is about; entries with the same words form ONE statement with
// ONE mark, placed right after those words. Pure: ./build.ts calls it and
// throws the problems it reports with the other content problems.
import { editDistance } from './similar';
import type { CHECKED, SourceData, UNCHECKED, UnsourcedData } from './schemas';

export type Checked = (typeof CHECKED)[number];
export type StatementStatus = Checked | (typeof UNCHECKED)[number];

/** The parts of a parsed source (schemas.ts) this module reads; `file` names it in messages. */
export type SourceLike = Pick<SourceData, 'status' | 'caveat' | 'supports' | 'background'> & { id: string; file?: string };
/** The parts of a parsed unsourced.yaml entry it reads. */
export type UnsourcedLike = UnsourcedData & { id: string; file?: string };

/** One source's backing of one statement. */
export interface Citation {
  id: string;
  number: number;
  status: Checked;
  /** The statement's caveat, else the source's. */
  caveat?: string | undefined;
  note: string;
}

export interface Statement {
  /** Anchor of its mark (`s<¶>-<k>`); its note is `note-<id>`. */
  id: string;
  paragraph: number;
  quote: string;
  /** Where the quote stands in the paragraph's text (end: just after it, where the mark goes). */
  start: number;
  end: number;
  /** verified if any source verifies it; partly verified if sources bear it out only in part; else the unsourced entry's status. */
  status: StatementStatus;
  /** The mark's text: "[12]", "[12–14*]", "[3, 7]", "[not found]", "[not checked]". */
  label: string;
  /** Sources that back it, in number order (none when not found / not checked). */
  sources: Citation[];
  /** What our research found (or not), for an unsourced statement. */
  note?: string | undefined;
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

const STATUS_LABEL: Record<'not-found' | 'not-checked', string> = { 'not-found': '[not found]', 'not-checked': '[not checked]' };

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
      draft.sources.push({ id: s.id, number: numbers.get(s.id)!, status: x.status ?? s.status, caveat: x.caveat ?? s.caveat, note: x.note });
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
    const status: StatementStatus = d.unsourced ? d.unsourced.status : sourcesInOrder.some((c) => c.status === 'verified') ? 'verified' : 'partly-verified';
    const label = d.unsourced
      ? STATUS_LABEL[d.unsourced.status]
      : `[${numberRuns(sourcesInOrder.map((c) => c.number))}${status === 'partly-verified' ? '*' : ''}]`;
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
    });
  }

  for (const [n, list] of Object.entries(statements)) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (b.start < a.end && a.start < b.end) {
        problems.push(`¶${n}: the statements “${a.quote}” and “${b.quote}” overlap; quote each statement's own words, so each mark sits after its statement.`);
      }
    }
  }
  const heads = new Set(crossheads);
  golden.forEach((_, i) => {
    const n = i + 1;
    if (!heads.has(n) && !statements[n]?.length) {
      problems.push(`unsourced.yaml: ¶${n} has no statement: give a source's \`supports\` a quote from it, or add an entry here (status: not-found or not-checked).`);
    }
  });
  return { statements, problems };
}
