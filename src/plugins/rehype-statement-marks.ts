// rehype plugin: a small mark right after each statement of the article that
// a source backs (or that our research looked for and did not find), and one
// note block per paragraph, just before it (why: below). A statement is the exact
// words a source's `supports` entry or an unsourced.yaml entry quotes (the
// model locates them, src/model/statements.ts); several sources on one
// statement share one mark ("[12–14]").
//
// Reading comes first, so the running text stays quiet:
//  - only statements with a label get a mark; the article's opinion and the
//    facts nobody checked (empty label) are said once, in the paragraph's note;
//  - the mark is a button that opens the statement's note in place as a
//    popover (tap, click, Enter; no script needed; the optional script also
//    opens it on hover and keyboard focus); its text ("[12–14]") is drawn by
//    CSS from data-label;
//  - the notes are a <details> just before the paragraph, whose summary counts
//    what is in it ("3 sources · 1 caveat · …"): a folded line over the
//    paragraph on phones, open in the margin beside it on wide screens and in
//    print (CSS). Before, not after: a note floated into the margin starts
//    where it stands in the flow, so only there can it sit level with its
//    paragraph while the text flows on without gaps (Tufte CSS's sidenotes).
// Marks, previews and notes are data-not-article: the article's own text is
// untouched (fidelity checks, copy-paste and quote links drop them).
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Statement } from '../model/citations.ts';
import { noteAnchor } from '../model/urls.ts';
import { STATUS_SHORT, STATUS_WORDS } from '../lib/render/status.ts';
import { translationNote } from '../lib/render/words.ts';

/** What a note needs of each source (who it is and what it is are in the sources list the number links to). */
export interface SourceRef {
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

const words = (s: Statement) => STATUS_WORDS[s.status];
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function mark(s: Statement): Element {
  // The accessible name starts with the visible mark (WCAG 2.5.3), then says what it means.
  const name = `${s.label} ${words(s).toLowerCase()}${s.sources.length > 1 ? `, ${s.sources.length} sources` : ''}`;
  // No text node in the paragraph (the label is drawn from data-label, as the ¶ numbers are), so find-in-page,
  // copy-paste and Text Fragment quote links see the article's words only. The button opens the statement's own
  // note as a popover in place: the preview is the note itself, not a copy of it.
  return h('span', { className: ['cites'], dataNotArticle: '' }, [
    h('button', { type: 'button', className: ['cite', `cite-${s.status}`], id: s.id, popoverTarget: noteAnchor(s.id), popoverTargetAction: 'show', dataLabel: s.label, ariaLabel: name }),
  ]);
}

/**
 * The source's own words, in the source-quote style (not the article's serif, not our prose), in their language;
 * the research's English after them in [brackets]; or, where no words can be shown, why. One element: a note is
 * read beside the article's words, so it says only what the source says.
 */
export function saidBySource(c: Pick<Statement['sources'][number], 'excerpt' | 'excerptLang' | 'excerptTranslation' | 'excerptMissing'>): ElementContent[] {
  if (c.excerpt) {
    return [
      ' ',
      h('q', { className: ['said'], ...(c.excerptLang ? { lang: c.excerptLang } : {}) }, c.excerpt),
      ...(c.excerptTranslation ? [translationNote(c.excerptTranslation)] : []),
    ].map((x) => (typeof x === 'string' ? { type: 'text' as const, value: x } : x));
  }
  return c.excerptMissing ? [{ type: 'text', value: ` (${c.excerptMissing})` }] : [];
}

function sourceLines(s: Statement, sources: Record<string, SourceRef>): ElementContent[] {
  return s.sources.flatMap((c, i) => {
    const ref = sources[c.id];
    // Sources of one statement often share a caveat: said once, after the last of them.
    const caveat = c.caveat && !s.sources.slice(i + 1).some((x) => x.caveat === c.caveat) ? c.caveat : undefined;
    return [
      { type: 'text' as const, value: ' ' },
      h('span', { className: ['note-source'] }, [
        // Who the source is and what it is are in the sources list the number links to; a weak one says so here too.
        h('a', { href: `#${ref?.anchor ?? c.id}` }, `[${c.number}]`),
        ...(ref?.weak ? [' ', h('span', { className: ['weak'] }, 'weak source')] : []),
        c.status !== s.status ? ` (${STATUS_WORDS[c.status].toLowerCase()})` : '',
        ...saidBySource(c),
        ` ${c.note}`,
        ...(caveat ? [' ', h('span', { className: ['caveat'] }, [h('strong', 'Caveat:'), ` ${caveat}`])] : []),
        ...(c.context ? [' ', h('span', { className: ['caveat', 'context'] }, [h('strong', 'What the article leaves out:'), ` ${c.context}`])] : []),
      ]),
    ];
  });
}

/** Where an unsourced statement's note says something is sourced: a link to each statement's note ("See ¶19 [12]."). */
function sourcedLinks(s: Statement): ElementContent[] {
  const refs = s.sourced ?? [];
  if (!refs.length) return [];
  return [
    { type: 'text', value: ' See ' },
    ...refs.flatMap((r, i): ElementContent[] => [
      ...(i > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
      h('a', { href: r.href }, `${r.paragraph === s.paragraph ? '' : `¶${r.paragraph} `}${r.label}`),
    ]),
    { type: 'text', value: '.' },
  ];
}

/** A marked statement's note: its mark (back to the statement), its status, what each source says. */
function markedNote(s: Statement, sources: Record<string, SourceRef>): Element {
  return h('li', { id: noteAnchor(s.id), popover: '' }, [
    h('a', { className: ['note-back'], href: `#${s.id}`, ariaLabel: `${s.label} back to the statement` }, s.label),
    ' ',
    h('strong', { className: ['status', `status-${s.status}`] }, `${words(s)}.`),
    ...(s.sources.length ? sourceLines(s, sources) : s.note ? [` ${s.note}`, ...sourcedLinks(s)] : []),
  ]);
}

/**
 * Statements with no mark (the article's opinion; facts nobody looked up), one line per note the model gives them
 * (`noteOf`: one per status in a paragraph): the opinion is said once for the paragraph, a checkable fact nobody
 * checked is quoted so the reader knows which words it is.
 */
function unmarkedNotes(list: Statement[]): Element[] {
  const byNote = new Map<string, Statement[]>();
  for (const s of list) byNote.set(s.noteOf, [...(byNote.get(s.noteOf) ?? []), s]);
  return [...byNote].map(([noteOf, group]) => {
    const { status } = group[0]!;
    const quoted = status !== 'opinion';
    const text = (value: string): ElementContent => ({ type: 'text', value });
    const body = group.flatMap((s): ElementContent[] =>
      quoted
        ? [text(' '), h('q', { className: ['note-quote'] }, s.quote), ...(s.note ? [text(`: ${s.note}`), ...sourcedLinks(s)] : [])]
        : s.note
          ? [text(` ${s.note}`), ...sourcedLinks(s)]
          : [],
    );
    return h('li', { id: noteAnchor(noteOf) }, [h('strong', { className: ['status', `status-${status}`] }, `${STATUS_WORDS[status]}.`), ...body]);
  });
}

/** The folded line: "3 sources · 1 caveat · not checked · …", what a reader finds inside. */
export function summaryLine(list: readonly Statement[]): string {
  const cited = new Set(list.flatMap((s) => s.sources.map((c) => c.id)));
  const caveats = new Set(list.flatMap((s) => s.sources.flatMap((c) => (c.caveat ? [c.caveat] : []))));
  const parts = [cited.size ? plural(cited.size, 'source', 'sources') : '', caveats.size ? plural(caveats.size, 'caveat', 'caveats') : ''];
  // Statuses other than plain verified, once each, in text order.
  for (const s of list) {
    if (s.status === 'verified') continue;
    const w = STATUS_SHORT[s.status];
    if (!parts.includes(w)) parts.push(w);
  }
  return parts.filter(Boolean).join(' · ');
}

const hasClass = (node: ElementContent, name: string) => node.type === 'element' && (node.properties?.className as string[] | undefined)?.includes(name) === true;
/** A mention's preview card, which stays right after its link. */
const isPreview = (node: ElementContent) => isNotArticle(node) && hasClass(node, 'preview');
const isGlue = (node: ElementContent): node is Element => hasClass(node, 'cite-glue');

/** The word before a mark and the mark, kept on one line: a mark is never alone at a line's start. */
const glue = (children: ElementContent[]): Element => h('span', { className: ['cite-glue'] }, children);

/** Insert `el` at article-text offset `at` in `p` (inside a text node, or after an element), glued to the word before it. */
function insertAt(p: Element, at: number, el: Element): void {
  let offset = 0;
  for (let i = 0; i < p.children.length; i++) {
    const child = p.children[i]!;
    const len = textLength(child);
    if (len > 0 && offset < at && at <= offset + len) {
      if (isGlue(child) && at < offset + len) return insertAt(child, at - offset, el); // a later mark's word
      if (child.type === 'text') {
        const cut = at - offset;
        const head = child.value.slice(0, cut);
        const word = head.search(/\S+$/);
        const from = word === -1 ? cut : word;
        const parts: ElementContent[] = [];
        if (from > 0) parts.push({ type: 'text', value: head.slice(0, from) });
        parts.push(glue([...(from < cut ? [{ type: 'text' as const, value: head.slice(from) }] : []), el]));
        if (cut < child.value.length) parts.push({ type: 'text', value: child.value.slice(cut) });
        p.children.splice(i, 1, ...parts);
      } else {
        // After an element (a mention's link): glue the link, its preview and the mark.
        let j = i + 1;
        while (j < p.children.length && isPreview(p.children[j]!)) j++;
        p.children.splice(i, j - i, glue([...p.children.slice(i, j), el]));
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
      const marked = list.filter((s) => s.label);
      // Right to left, so each insertion leaves the offsets of the earlier statements as they were.
      for (const s of [...marked].sort((a, b) => b.end - a.end)) insertAt(node, s.end, mark(s));
      const notes = [...marked.map((s) => markedNote(s, sources)), ...unmarkedNotes(list.filter((s) => !s.label))];
      const block = h('div', { className: ['para-note'], role: 'note', ariaLabel: `Notes on paragraph ${raw}`, dataN: String(raw), dataNotArticle: '' }, [
        h('details', [h('summary', summaryLine(list)), h('ol', { className: ['statement-notes'] }, notes)]),
      ]);
      parent.children.splice(index, 0, block);
      return index + 2;
    });
  };
}
