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
import { statusWords, type StatusWords } from '../lib/render/status.ts';
import { translationNote } from '../lib/render/words.ts';
import { createI18n, split, type I18n } from '../i18n/core.ts';
import type { Key } from '../i18n/types.ts';

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
  /** The interface's words (src/integration.ts gives the explainer's; English without). */
  i18n?: I18n;
}

/** What the notes and marks say, in the interface's words. */
interface Words {
  i18n: I18n;
  status: StatusWords;
}
const wordsOf = (i18n: I18n): Words => ({ i18n, status: statusWords(i18n) });
let englishWords: Words | undefined;
/** Without the explainer's words (the plugin's own fixtures): English, of an article. */
const english = () => (englishWords ??= wordsOf(createI18n({ locale: 'en' })));

const isNotArticle = (node: ElementContent) => node.type === 'element' && node.properties?.dataNotArticle !== undefined;

/** The article's text inside a node: explainer additions (¶ numbers, previews, marks) left out. */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element' || isNotArticle(node)) return 0;
  return node.children.reduce((n, c) => n + textLength(c), 0);
}

/** A message as hast children, each `{name}` filled with the nodes given for it. */
function fill(w: Words, key: Key, slots: Record<string, ElementContent[]>): ElementContent[] {
  return split(w.i18n.template(key)).flatMap((p): ElementContent[] => (typeof p === 'string' ? [{ type: 'text', value: p }] : slots[p.name]!));
}

function mark(s: Statement, w: Words): Element {
  // The accessible name starts with the visible mark (WCAG 2.5.3), then says what it means.
  const status = w.status.lower[s.status];
  const name =
    s.sources.length > 1
      ? w.i18n.t('notes.markSources', { label: s.label, status, count: s.sources.length })
      : w.i18n.t('notes.mark', { label: s.label, status });
  // No text node in the paragraph (the label is drawn from data-label, as the ¶ numbers are), so find-in-page,
  // copy-paste and Text Fragment quote links see the article's words only. The button opens the statement's own
  // note as a popover in place: the preview is the note itself, not a copy of it.
  return h('span', { className: ['cites'], dataNotArticle: '' }, [
    h('button', {
      type: 'button',
      className: ['cite', `cite-${s.status}`],
      id: s.id,
      popoverTarget: noteAnchor(s.id),
      popoverTargetAction: 'show',
      dataLabel: s.label,
      ariaLabel: name,
    }),
  ]);
}

/**
 * The source's own words, in the source-quote style (not the article's serif, not our prose), in their language;
 * the research's English after them in [brackets]; or, where no words can be shown, why. One element: a note is
 * read beside the article's words, so it says only what the source says.
 */
export function saidBySource(
  c: Pick<Statement['sources'][number], 'excerpt' | 'excerptLang' | 'excerptTranslation' | 'excerptMissing'>,
  i18n: Pick<I18n, 't'>,
): ElementContent[] {
  if (c.excerpt) {
    return [
      ' ',
      h('q', { className: ['said'], ...(c.excerptLang ? { lang: c.excerptLang } : {}) }, c.excerpt),
      ...(c.excerptTranslation ? [translationNote(i18n, c.excerptTranslation)] : []),
    ].map((x) => (typeof x === 'string' ? { type: 'text' as const, value: x } : x));
  }
  return c.excerptMissing ? [{ type: 'text', value: ` (${c.excerptMissing})` }] : [];
}

function sourceLines(s: Statement, sources: Record<string, SourceRef>, w: Words): ElementContent[] {
  return s.sources.flatMap((c, i) => {
    const ref = sources[c.id];
    // Sources of one statement often share a caveat: said once, after the last of them.
    const caveat = c.caveat && !s.sources.slice(i + 1).some((x) => x.caveat === c.caveat) ? c.caveat : undefined;
    return [
      { type: 'text' as const, value: ' ' },
      h('span', { className: ['note-source'] }, [
        // Who the source is and what it is are in the sources list the number links to; a weak one says so here too.
        h('a', { href: `#${ref?.anchor ?? c.id}` }, `[${c.number}]`),
        ...(ref?.weak ? [' ', h('span', { className: ['weak'] }, w.i18n.t('sources.weak'))] : []),
        c.status !== s.status ? ` (${w.status.lower[c.status]})` : '',
        ...saidBySource(c, w.i18n),
        ` ${c.note}`,
        ...(caveat ? [' ', h('span', { className: ['caveat'] }, [h('strong', w.i18n.t('source.caveat')), ` ${caveat}`])] : []),
        ...(c.context ? [' ', h('span', { className: ['caveat', 'context'] }, [h('strong', w.i18n.t('source.leftOut')), ` ${c.context}`])] : []),
      ]),
    ];
  });
}

/** Where an unsourced statement's note says something is sourced: a link to each statement's note ("See ¶19 [12]."). */
function sourcedLinks(s: Statement, w: Words): ElementContent[] {
  const refs = s.sourced ?? [];
  if (!refs.length) return [];
  const statements = refs.flatMap((r, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text' as const, value: w.i18n.t('list.separator') }] : []),
    h('a', { href: r.href }, `${r.paragraph === s.paragraph ? '' : `¶${r.paragraph} `}${r.label}`),
  ]);
  return [{ type: 'text', value: ' ' }, ...fill(w, 'notes.see', { statements })];
}

/** A marked statement's note: its mark (back to the statement), its status, what each source says. */
function markedNote(s: Statement, sources: Record<string, SourceRef>, w: Words): Element {
  return h('li', { id: noteAnchor(s.id), popover: '' }, [
    h('a', { className: ['note-back'], href: `#${s.id}`, ariaLabel: w.i18n.t('notes.back', { label: s.label }) }, s.label),
    ' ',
    h('strong', { className: ['status', `status-${s.status}`] }, `${w.status.word[s.status]}.`),
    ...(s.sources.length ? sourceLines(s, sources, w) : s.note ? [` ${s.note}`, ...sourcedLinks(s, w)] : []),
  ]);
}

/**
 * Statements with no mark (the article's opinion; facts nobody looked up), one line per note the model gives them
 * (`noteOf`: one per status in a paragraph): the opinion is said once for the paragraph, a checkable fact nobody
 * checked is quoted so the reader knows which words it is.
 */
function unmarkedNotes(list: Statement[], w: Words): Element[] {
  const byNote = new Map<string, Statement[]>();
  for (const s of list) byNote.set(s.noteOf, [...(byNote.get(s.noteOf) ?? []), s]);
  return [...byNote].map(([noteOf, group]) => {
    const { status } = group[0]!;
    const quoted = status !== 'opinion';
    const text = (value: string): ElementContent => ({ type: 'text', value });
    const quote = (s: Statement) => h('q', { className: ['note-quote'] }, s.quote);
    const body = group.flatMap((s): ElementContent[] =>
      quoted
        ? [text(' '), ...(s.note ? fill(w, 'notes.quoteNote', { quote: [quote(s)], note: [text(s.note)] }) : [quote(s)]), ...(s.note ? sourcedLinks(s, w) : [])]
        : s.note
          ? [text(` ${s.note}`), ...sourcedLinks(s, w)]
          : [],
    );
    return h('li', { id: noteAnchor(noteOf) }, [h('strong', { className: ['status', `status-${status}`] }, `${w.status.word[status]}.`), ...body]);
  });
}

/** The folded line: "3 sources · 1 caveat · not checked · …", what a reader finds inside. */
export function summaryLine(list: readonly Statement[], w: Words): string {
  const cited = new Set(list.flatMap((s) => s.sources.map((c) => c.id)));
  const caveats = new Set(list.flatMap((s) => s.sources.flatMap((c) => (c.caveat ? [c.caveat] : []))));
  const parts = [cited.size ? w.i18n.t('notes.sources', { count: cited.size }) : '', caveats.size ? w.i18n.t('notes.caveats', { count: caveats.size }) : ''];
  // Statuses other than plain verified, once each, in text order.
  for (const s of list) {
    if (s.status === 'verified') continue;
    const short = w.status.short[s.status];
    if (!parts.includes(short)) parts.push(short);
  }
  return parts.filter(Boolean).join(' · ');
}

const hasClass = (node: ElementContent, name: string) =>
  node.type === 'element' && (node.properties?.className as string[] | undefined)?.includes(name) === true;
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
  const w = options.i18n ? wordsOf(options.i18n) : english();
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const raw = node.properties?.dataP;
      if (raw === undefined || parent === undefined || index === undefined) return;
      const list = statements[Number(raw)] ?? [];
      if (!list.length) return 'skip';
      const marked = list.filter((s) => s.label);
      // Right to left, so each insertion leaves the offsets of the earlier statements as they were.
      for (const s of [...marked].sort((a, b) => b.end - a.end)) insertAt(node, s.end, mark(s, w));
      const notes = [
        ...marked.map((s) => markedNote(s, sources, w)),
        ...unmarkedNotes(
          list.filter((s) => !s.label),
          w,
        ),
      ];
      const block = h(
        'div',
        { className: ['para-note'], role: 'note', ariaLabel: w.i18n.t('notes.label', { n: String(raw) }), dataN: String(raw), dataNotArticle: '' },
        [h('details', [h('summary', summaryLine(list, w)), h('ol', { className: ['statement-notes'] }, notes)])],
      );
      parent.children.splice(index, 0, block);
      return index + 2;
    });
  };
}
