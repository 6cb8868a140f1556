// The full pamphlet's endnotes: what our research found behind each statement of a claim's
// paragraphs, gathered after the claim's text (not under each paragraph, where a block that may
// not split nor leave its paragraph left pages a third blank). Pure, from the model's statements
// alone (status, label, sources, notes, caveats), so a new status needs no change here: its
// words come from STATUS_WORDS / STATUS_MEANING where it is rendered. Unit-tested in
// tests/unit/print-notes.test.ts.
import type { Statement, StatementStatus } from '../../model/citations.ts';
import { ELLIPSIS } from '../render/excerpt.ts';

/**
 * Statuses whose statements are said once per paragraph, not one by one: the article's opinions
 * are not claims to source, so one line per paragraph says which of its words they are.
 * (A string set, so a status the model does not know yet costs nothing here.)
 */
export const SAID_ONCE_PER_PARAGRAPH: ReadonlySet<string> = new Set(['opinion']);

/** One statement's note: its mark (empty when the status carries none), the end of its words if needed, what was found. */
export interface StatementNote {
  kind: 'statement';
  statement: Statement;
  /**
   * The statement's last words (“…the last six words”), which the mark follows in the text: given only when
   * ¶ and mark do not already say which statement this is (the mark is empty, or another statement of
   * the paragraph has the same mark, as several [?] can).
   */
  excerpt?: string;
}

/** Several statements of one paragraph with the same said-once status, in one line. */
export interface GroupNote {
  kind: 'group';
  status: StatementStatus;
  statements: Statement[];
  /** Each statement's last words, in text order. */
  excerpts: string[];
}

export interface ParagraphNotes {
  paragraph: number;
  notes: (StatementNote | GroupNote)[];
}

/** A quote's last `words` words, with an ellipsis when anything before them was left out. */
export function quoteTail(quote: string, words = 6): string {
  const all = quote.trim().split(/\s+/);
  if (all.length <= words) return all.join(' ');
  return ELLIPSIS + all.slice(-words).join(' ');
}

/**
 * The notes on ¶from…¶to, paragraph by paragraph in text order; paragraphs without statements
 * (crossheads) are left out. Said-once statuses come after the paragraph's other notes, one
 * line per status.
 */
export function endnotes(statements: Readonly<Record<number, readonly Statement[]>>, from: number, to: number, words = 6): ParagraphNotes[] {
  const out: ParagraphNotes[] = [];
  for (let n = from; n <= to; n++) {
    const list = statements[n] ?? [];
    if (!list.length) continue;
    const notes: ParagraphNotes['notes'] = [];
    const groups = new Map<StatementStatus, GroupNote>();
    for (const s of list) {
      if (SAID_ONCE_PER_PARAGRAPH.has(s.status)) {
        const group = groups.get(s.status) ?? { kind: 'group', status: s.status, statements: [], excerpts: [] };
        group.statements.push(s);
        group.excerpts.push(quoteTail(s.quote, words));
        groups.set(s.status, group);
      } else {
        const ambiguous = !s.label || list.some((x) => x !== s && x.label === s.label);
        notes.push({ kind: 'statement', statement: s, ...(ambiguous ? { excerpt: quoteTail(s.quote, words) } : {}) });
      }
    }
    out.push({ paragraph: n, notes: [...notes, ...groups.values()] });
  }
  return out;
}
