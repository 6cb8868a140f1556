// The full pamphlet's endnotes (src/lib/print/notes.ts): per paragraph, in text order, one note
// per statement, the said-once statuses gathered into one line per paragraph, and the
// statement's last words only where ¶ and mark do not already say which statement it is.
import { describe, expect, it } from 'vitest';
import { endnotes, quoteTail } from '../../src/lib/print/notes.ts';
import { endnoteAnchor } from '../../src/model/urls.ts';
import type { Statement } from '../../src/model/citations.ts';

const st = (paragraph: number, k: number, status: string, label: string, quote = `words of statement ${k} here`): Statement => ({
  id: `s${paragraph}-${k}`,
  paragraph,
  quote,
  start: 0,
  end: quote.length,
  status: status as Statement['status'],
  label,
  sources: [],
  noteOf: `s${paragraph}-${k}`,
});

describe('quoteTail', () => {
  it('keeps a short quote whole and cuts a long one to its last words, with an ellipsis', () => {
    expect(quoteTail('held in Alaska')).toBe('held in Alaska');
    expect(quoteTail('The recent summit between President Trump and President Putin, held in Alaska', 4)).toBe('…Putin, held in Alaska');
  });
});

describe('endnotes', () => {
  it('goes paragraph by paragraph within the range, leaving out paragraphs without statements', () => {
    const statements = { 1: [st(1, 1, 'verified', '[1]')], 3: [st(3, 1, 'not-found', '[not found]')], 9: [st(9, 1, 'verified', '[2]')] };
    expect(endnotes(statements, 1, 4).map((p) => p.paragraph)).toEqual([1, 3]);
  });

  it('gives the last words only where the mark is empty or shared within the paragraph', () => {
    const statements = {
      2: [st(2, 1, 'not-checked', '[not checked]'), st(2, 2, 'verified', '[4]'), st(2, 3, 'not-checked', '[not checked]'), st(2, 4, 'not-checked', '')],
    };
    const [p] = endnotes(statements, 2, 2);
    expect(p!.notes.map((n) => (n.kind === 'statement' ? [n.statement.id, n.excerpt !== undefined] : n.kind))).toEqual([
      ['s2-1', true],
      ['s2-2', false],
      ['s2-3', true],
      ['s2-4', true],
    ]);
  });

  it('says the article’s opinions once per paragraph, after its other notes, whatever their number', () => {
    const statements = { 5: [st(5, 1, 'opinion', ''), st(5, 2, 'verified', '[7]'), st(5, 3, 'opinion', '')] };
    const [p] = endnotes(statements, 5, 5);
    expect(p!.notes.map((n) => n.kind)).toEqual(['statement', 'group']);
    const group = p!.notes[1]!;
    expect(group.kind === 'group' && group.statements.map((s) => s.id)).toEqual(['s5-1', 's5-3']);
    expect(group.kind === 'group' && group.excerpts).toHaveLength(2);
  });

  it('names each note for its statement', () => {
    expect(endnoteAnchor('s12-3')).toBe('endnote-s12-3');
  });
});
