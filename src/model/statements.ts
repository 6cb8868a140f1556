// Every paragraph's statements, located in the golden copy. Every `supports` entry and every unsourced.yaml entry
// names the exact words of the statement it is about; entries with the same words form ONE statement with ONE mark,
// placed right after those words (./citations.ts says what a statement and its mark are). Pure: ./build.ts calls it
// and throws the problems it reports with the other content problems.
import { statementLabel, type Citation, type SourcedRef, type SourceLike, type Statement, type StatementStatus, type UnsourcedLike } from './citations.ts';
import { editDistance } from './similar.ts';

/** A statement as the entries about it are gathered: where its words are, and who speaks of it. */
interface Draft {
  paragraph: number;
  quote: string;
  start: number;
  sources: Citation[];
  unsourced?: UnsourcedLike;
  file: string;
}

/** "is sourced" / "are sourced" in a note: a claim about this ¶ or the ¶s it names, checked against the statements. */
const SAYS_SOURCED = /\b(?:is|are|was|were)\s+(?:(?:also|only|all|both|each|in part|partly)\s+)?sourced\b/i;

/** Where an unsourced.yaml entry is, in messages. */
const whereOf = (u: UnsourcedLike) => `${u.file ?? 'unsourced.yaml'} (${u.id})`;

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

/** Where a quote starts in its paragraph; undefined (and a problem) when it is not there exactly once. */
function placeQuote(golden: readonly string[], problems: string[], file: string, field: string, paragraph: number, quote: string): number | undefined {
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
}

/** One source's backing of one statement, from its `supports` entry (which may override the source's status and caveat). */
function citationOf(s: SourceLike, x: SourceLike['supports'][number], number: number): Citation {
  const status = x.status ?? s.status;
  return {
    id: s.id,
    number,
    status: x.context && status === 'verified' ? 'missing-context' : status,
    caveat: x.caveat ?? s.caveat,
    note: x.note,
    ...(x.context ? { context: x.context } : {}),
    ...(x.excerpt ? { excerpt: x.excerpt, ...(s.excerptLang ? { excerptLang: s.excerptLang } : {}) } : {}),
    ...(x.excerptTranslation ? { excerptTranslation: x.excerptTranslation } : {}),
    ...(x.excerptMissing ? { excerptMissing: x.excerptMissing } : {}),
    ...(x.spanCheck ? { spanCheck: x.spanCheck } : {}),
  };
}

/** The statements' words, each once, with the sources that back them or the unsourced.yaml entry about them. */
function gatherDrafts(
  golden: readonly string[],
  sources: readonly SourceLike[],
  unsourced: readonly UnsourcedLike[],
  numbers: ReadonlyMap<string, number>,
  problems: string[],
): Draft[] {
  const drafts = new Map<string, Draft>();
  const key = (paragraph: number, quote: string) => `${paragraph}\u0000${quote}`;
  for (const s of sources) {
    s.supports.forEach((x, i) => {
      const start = placeQuote(golden, problems, s.file ?? s.id, `supports[${i}].quote`, x.paragraph, x.quote);
      if (start === undefined) return;
      const draft = drafts.get(key(x.paragraph, x.quote)) ?? { paragraph: x.paragraph, quote: x.quote, start, sources: [], file: s.file ?? s.id };
      draft.sources.push(citationOf(s, x, numbers.get(s.id)!));
      drafts.set(key(x.paragraph, x.quote), draft);
    });
  }
  for (const u of unsourced) {
    const start = placeQuote(golden, problems, whereOf(u), 'quote', u.paragraph, u.quote);
    if (start === undefined) continue;
    const sourced = drafts.get(key(u.paragraph, u.quote));
    if (sourced) {
      problems.push(
        `${whereOf(u)}: ¶${u.paragraph} “${u.quote}” is ${u.status} here but backed by ${sourced.sources.map((c) => c.id).join(', ')}; one statement, one status.`,
      );
      continue;
    }
    drafts.set(key(u.paragraph, u.quote), { paragraph: u.paragraph, quote: u.quote, start, sources: [], unsourced: u, file: u.file ?? 'unsourced.yaml' });
  }
  return [...drafts.values()];
}

/** A sourced statement's status from its citations: a verifying source decides; one that gives context makes it missing-context. */
function sourcedStatus(citations: readonly Citation[]): StatementStatus {
  if (citations.some((c) => c.status === 'missing-context')) return 'missing-context';
  return citations.some((c) => c.status === 'verified') ? 'verified' : 'partly-verified';
}

/** The statements, by paragraph and in text order (by where each mark goes), each with its status, mark and note. */
function assemble(drafts: readonly Draft[]): Record<number, Statement[]> {
  const statements: Record<number, Statement[]> = {};
  for (const d of [...drafts].sort((a, b) => a.paragraph - b.paragraph || a.start + a.quote.length - (b.start + b.quote.length))) {
    const list = (statements[d.paragraph] ??= []);
    const sourcesInOrder = [...d.sources].sort((a, b) => a.number - b.number);
    const status: StatementStatus = d.unsourced ? d.unsourced.status : sourcedStatus(sourcesInOrder);
    const contexts = [...new Set(sourcesInOrder.flatMap((c) => (c.context ? [c.context] : [])))];
    list.push({
      id: `s${d.paragraph}-${list.length + 1}`,
      paragraph: d.paragraph,
      quote: d.quote,
      start: d.start,
      end: d.start + d.quote.length,
      status,
      label: statementLabel(
        status,
        sourcesInOrder.map((c) => c.number),
      ),
      sources: sourcesInOrder,
      note: d.unsourced?.note,
      ...(status === 'missing-context' ? { context: contexts.join(' ') } : {}),
      noteOf: '',
    });
  }
  for (const list of Object.values(statements)) {
    for (const st of list) st.noteOf = st.label ? st.id : list.find((x) => !x.label && x.status === st.status)!.id;
  }
  return statements;
}

/** Two statements of a paragraph whose words overlap: each mark must sit after its own statement. */
function overlaps(statements: Record<number, Statement[]>): string[] {
  const problems: string[] = [];
  for (const [n, list] of Object.entries(statements)) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (b.start < a.end && a.start < b.end) {
        problems.push(`¶${n}: the statements “${a.quote}” and “${b.quote}” overlap; quote each statement's own words, so each mark sits after its statement.`);
      }
    }
  }
  return problems;
}

/**
 * A note that says something "is sourced" names the statements (`sourced`): each exists and has a source, and every
 * ¶ the note names is one of theirs, so the prose cannot point where nothing is sourced. The statements it names are
 * given to its own statement (`sourced`, in place).
 */
function resolveSourced(unsourced: readonly UnsourcedLike[], statements: Record<number, Statement[]>): string[] {
  const problems: string[] = [];
  for (const u of unsourced) {
    const where = whereOf(u);
    const refs = u.sourced ?? [];
    if (SAYS_SOURCED.test(u.note) && !refs.length) {
      problems.push(
        `${where}: \`note\` says something is sourced but names no statement: add \`sourced: [{ paragraph, quote }]\` with the exact words of each sourced statement it means, or say “background” for context that backs nothing.`,
      );
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
  return problems;
}

/** Paragraphs with no statement at all, crossheads excepted: every line of the article is accounted for. */
function uncovered(golden: readonly string[], statements: Record<number, Statement[]>, crossheads: readonly number[]): string[] {
  const heads = new Set(crossheads);
  return golden.flatMap((_, i) => {
    const n = i + 1;
    return !heads.has(n) && !statements[n]?.length
      ? [
          `unsourced.yaml: ¶${n} has no statement: give a source's \`supports\` a quote from it, or add an entry here (status: not-found, not-checked or opinion).`,
        ]
      : [];
  });
}

/**
 * Every paragraph's statements, in text order, and the problems: a quote not in
 * its paragraph (with the nearest passage), a quote found twice, a statement
 * both sourced and unsourced, two statements that overlap, a note's `sourced`
 * that points nowhere, a paragraph with no statement at all (crossheads excepted).
 */
export function statementsByParagraph(
  golden: readonly string[],
  sources: readonly SourceLike[],
  unsourced: readonly UnsourcedLike[],
  numbers: ReadonlyMap<string, number>,
  crossheads: readonly number[],
): { statements: Record<number, Statement[]>; problems: string[] } {
  const problems: string[] = [];
  const statements = assemble(gatherDrafts(golden, sources, unsourced, numbers, problems));
  problems.push(...overlaps(statements), ...resolveSourced(unsourced, statements), ...uncovered(golden, statements, crossheads));
  return { statements, problems };
}
