// rehype plugin: link the first mention of each entry (an actor, a glossary
// term) on the page to its page, with a preview card: shown by CSS on hover
// and keyboard focus; a tap opens it in place (a popover, through the small
// optional script src/scripts/previews.ts: without it the tap follows the
// link). Later mentions stay plain text, so the running text stays quiet.
// The name stays an inline link, not a button: a button is an atomic inline,
// and the line could break between a name and its possessive or comma. Not a character
// of the article's text changes: the matched words are wrapped, never
// rewritten, and the card is marked data-not-article.
//
// Only paragraphs numbered by remark-article-paragraphs (p[data-p]) are
// touched: never a heading, never text already inside a link, a button or
// the explainer's own additions.
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import type { MentionEntry } from '../model/build.ts';
import { compileMatchers, findMentions } from '../model/mentions.ts';

export type { MentionEntry };

export interface Options {
  entries: MentionEntry[];
  /** 'page': first mention on the page (the default); 'paragraph': first in each paragraph. */
  scope?: 'paragraph' | 'page';
  /** Distinguishes kinds of mention in classes and ids, e.g. 'actor', 'term'. */
  kind: string;
}

const isSkipped = (el: Element) => el.tagName === 'a' || el.tagName === 'button' || el.properties?.dataNotArticle !== undefined;

export default function rehypeLinkMentions(options: Options) {
  const { entries, scope = 'page', kind } = options;
  const matchers = compileMatchers(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));

  function preview(entry: MentionEntry, id: string): Element {
    return h('span', { className: ['preview'], id, popover: '', dataNotArticle: '' }, [
      h('a', { className: ['preview-title'], href: entry.href, tabIndex: -1 }, entry.title),
      ...(entry.subtitle ? [h('span', { className: ['preview-role'] }, entry.subtitle)] : []),
      ...(entry.line ? [h('span', { className: ['preview-line'] }, entry.line)] : []),
    ]);
  }

  /** Replace one text node by text, links and previews; returns the new nodes. */
  function linkText(text: Text, paragraph: string, linked: Set<string>): ElementContent[] {
    const out: ElementContent[] = [];
    let cursor = 0;
    for (const m of findMentions(text.value, matchers)) {
      if (linked.has(m.id)) continue;
      linked.add(m.id);
      const entry = byId.get(m.id)!;
      const previewId = `${kind}-${paragraph}-${entry.id}`;
      if (m.start > cursor) out.push({ type: 'text', value: text.value.slice(cursor, m.start) });
      out.push(h('a', { className: ['mention', `mention-${kind}`], href: entry.href, ariaDescribedBy: previewId }, m.phrase), preview(entry, previewId));
      cursor = m.end;
    }
    if (cursor === 0) return [text];
    if (cursor < text.value.length) out.push({ type: 'text', value: text.value.slice(cursor) });
    return out;
  }

  function linkWithin(el: Element, paragraph: string, linked: Set<string>): void {
    el.children = el.children.flatMap((child) => {
      if (child.type === 'text') return linkText(child, paragraph, linked);
      if (child.type === 'element' && !isSkipped(child)) linkWithin(child, paragraph, linked);
      return [child];
    });
  }

  return (tree: Root) => {
    const linkedOnPage = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' || node.properties?.dataP === undefined) return;
      const linked = scope === 'page' ? linkedOnPage : new Set<string>();
      linkWithin(node, String(node.properties.id), linked);
      return SKIP;
    });
  };
}
