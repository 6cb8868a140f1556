// rehype plugin: one citation mark right after each statement of the article
// that our research checked (or looked for), and the notes on them after the
// paragraph. A statement is the exact words a source's `supports` entry or an
// unsourced.yaml entry quotes (the model locates them, src/model/citations.ts);
// several sources on one statement share one mark ("[12–14]").
//
// The mark is a link to its note below the paragraph (works without
// JavaScript and on paper), with a preview card on hover and keyboard focus;
// its text ("[12–14]") is drawn by CSS from data-label.
// Marks, cards and notes are data-not-article: the article's own text is
// untouched (fidelity checks and copy tools drop them).
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Statement } from '../model/citations';
import { STATUS_WORDS } from '../lib/render/status';

/** What a note says about each source: enough to weigh it without leaving the page. */
export interface SourceRef {
  number: number;
  /** As listed: a description in [square brackets]. */
  label: string;
  publisher: string;
  originLabel: string;
  weak: boolean;
  /** Its entry in the page's sources sidebar. */
  anchor: string;
}

export interface Options {
  /** ¶ → its statements, in text order. */
  statements?: Record<number, Statement[]>;
  sources?: Record<string, SourceRef>;
}

const isNotArticle = (node: ElementContent) => node.type === 'element' && node.properties?.dataNotArticle !== undefined;

/** The article's text inside a node: explainer additions (¶ numbers, previews, marks) left out. */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element' || isNotArticle(node)) return 0;
  return node.children.reduce((n, c) => n + textLength(c), 0);
}

const statusClass = (s: Statement) => `cite-${s.status}`;

function mark(s: Statement, sources: Record<string, SourceRef>): Element {
  const who = s.sources.map((c) => `[${c.number}] ${sources[c.id]?.publisher ?? c.id}`);
  // The accessible name starts with the visible mark (WCAG 2.5.3), then says what it means.
  const name = `${s.label} ${STATUS_WORDS[s.status].toLowerCase()}${s.sources.length > 1 ? `, ${s.sources.length} sources` : ''}`;
  return h('sup', { className: ['cites'], dataNotArticle: true }, [
    // The mark's text is drawn by CSS from data-label (as the ¶ numbers are): no text node in the paragraph,
    // so find-in-page, copy-paste and Text Fragment quote links see the article's words only.
    h('a', { className: ['cite', statusClass(s)], id: s.id, href: `#note-${s.id}`, dataLabel: s.label, ariaLabel: name, ariaDescribedBy: `tip-${s.id}` }),
    // data-not-article on the card too: the quote-link generator sets hidden explainer text aside (src/scripts/share.ts).
    h('span', { className: ['preview'], id: `tip-${s.id}`, role: 'tooltip', dataNotArticle: true }, [
      h('strong', STATUS_WORDS[s.status]),
      ...(who.length ? who.map((w) => h('span', w)) : [h('span', s.note ?? '')]),
    ]),
  ]);
}

function note(s: Statement, sources: Record<string, SourceRef>): Element {
  const body: ElementContent[] = [];
  if (s.sources.length === 0) body.push({ type: 'text', value: ` ${s.note ?? ''}` });
  s.sources.forEach((c) => {
    const ref = sources[c.id];
    body.push(
      { type: 'text', value: ' ' },
      h('span', { className: ['note-source'] }, [
        // Who the source is and what it is are in the sources list the number links to; a weak one says so here too.
        h('a', { href: `#${ref?.anchor ?? c.id}` }, `[${c.number}]`),
        ...(ref?.weak ? [' ', h('span', { className: ['weak'] }, 'weak source')] : []),
        c.status !== s.status ? ` (${STATUS_WORDS[c.status].toLowerCase()})` : '',
        ` ${c.note}`,
        ...(c.caveat ? [' ', h('span', { className: ['caveat'] }, [h('strong', 'Caveat:'), ` ${c.caveat}`])] : []),
      ]),
    );
  });
  return h('li', { id: `note-${s.id}`, className: [`note-${s.status}`] }, [
    h('a', { className: ['note-back'], href: `#${s.id}`, ariaLabel: `${s.label} back to the statement` }, s.label),
    ' ',
    h('strong', { className: ['status', `status-${s.status}`] }, `${STATUS_WORDS[s.status]}.`),
    ...body,
  ]);
}

/** Insert `el` at article-text offset `at` among the paragraph's top-level children (inside a text node, or after an element). */
function insertAt(p: Element, at: number, el: Element): void {
  let offset = 0;
  for (let i = 0; i < p.children.length; i++) {
    const child = p.children[i]!;
    const len = textLength(child);
    if (len > 0 && offset < at && at <= offset + len) {
      if (child.type === 'text' && at < offset + len) {
        const cut = at - offset;
        p.children.splice(i, 1, { type: 'text', value: child.value.slice(0, cut) }, el, { type: 'text', value: child.value.slice(cut) });
      } else {
        let j = i + 1;
        // Keep a mention's preview card right after its link.
        while (j < p.children.length && isNotArticle(p.children[j]!) && (p.children[j] as Element).properties?.role === 'tooltip') j++;
        p.children.splice(j, 0, el);
      }
      return;
    }
    offset += len;
  }
  throw new Error(`rehype-statement-marks: ¶${p.properties?.dataP}: no text at offset ${at} (${toString(p).length} characters)`);
}

export default function rehypeStatementMarks(options: Options = {}) {
  const { statements = {}, sources = {} } = options;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const raw = node.properties?.dataP;
      if (raw === undefined || parent === undefined || index === undefined) return;
      const list = statements[Number(raw)] ?? [];
      if (!list.length) return 'skip';
      // Right to left, so each insertion leaves the offsets of the earlier statements as they were.
      for (const s of [...list].sort((a, b) => b.end - a.end)) insertAt(node, s.end, mark(s, sources));
      const block = h('div', { className: ['para-note'], role: 'note', ariaLabel: `Notes on paragraph ${raw}`, dataNotArticle: true }, [
        h('ol', { className: ['statement-notes'] }, list.map((s) => note(s, sources))),
      ]);
      parent.children.splice(index + 1, 0, block);
      return index + 2;
    });
  };
}
