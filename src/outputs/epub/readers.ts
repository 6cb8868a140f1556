// The pamphlet's parts as an e-reader can use them: what works only on the web taken out or made plain.
//   - site chrome, scripts, forms, screen-only notes (.no-print) and QR codes (the book is already on a screen;
//     each claim still gives its web address); the evidence at a glance stays, an SVG the reader draws;
//   - hover cards (role=tooltip) go;
//   - the ¶ numbers and the citation marks, drawn by CSS from data-n / data-label on the site, become real
//     text: e-readers' CSS support is too weak to rely on attr();
//   - a paragraph's notes follow it (the paper's endnotes would say them twice);
//   - in the appendices, every "¶N" becomes a link back to that paragraph, so the sources read as endnotes that
//     lead back to the text they bear on.
import type { Element, ElementContent } from 'hast';
import { select } from 'hast-util-select';
import { eachElement, hasClass, isElement, prune, text, type Node } from '../pamphlet/hast.ts';
import { split, type I18n } from '../../i18n/core.ts';

/** A message of the explainer's with its `{link}` filled by a link (or nothing but its words when there is none). */
const aroundLink = (i18n: I18n, key: 'edition.webAddress' | 'edition.readOnline', link: Element | undefined): ElementContent[] =>
  link ? split(i18n.template(key)).map((p) => (typeof p === 'string' ? text(p) : link)) : [];

/** What a part of the pamphlet is, for its file name, epub:type and the landmarks. */
export type PartKind = 'cover' | 'contents' | 'introduction' | 'chapter' | 'appendix';

export function partKind(node: Element): PartKind | undefined {
  if (node.tagName === 'header' && hasClass(node, 'pamphlet-cover')) return 'cover';
  if (node.tagName === 'nav' && hasClass(node, 'pamphlet-contents')) return 'contents';
  if (hasClass(node, 'pamphlet-intro')) return 'introduction';
  if (hasClass(node, 'pamphlet-claim')) return 'chapter';
  if (hasClass(node, 'pamphlet-appendix')) return 'appendix';
  return undefined;
}

const WEB_ONLY = ['script', 'style', 'form', 'noscript', 'template'];

/** What only works on the web, or on paper: gone. */
const webOnly = (n: Node): boolean =>
  n.type === 'comment' ||
  (isElement(n) &&
    (WEB_ONLY.includes(n.tagName) ||
      (n.tagName === 'svg' && hasClass(n, 'qr')) ||
      hasClass(n, 'no-print') ||
      n.properties.role === 'tooltip' ||
      (hasClass(n, 'preview') && n.properties.popover !== undefined) ||
      n.tagName === 'summary' ||
      (n.tagName === 'figure' && hasClass(n, 'pamphlet-qr') && !select('figcaption', n)) ||
      // The paper's endnotes: in the book each paragraph's notes follow it instead.
      hasClass(n, 'pamphlet-endnotes')));

/**
 * A paragraph's notes: on the web just before it (to float beside it). In the book each paragraph's notes follow
 * it, where a reading system shows them as the reader goes.
 */
function notesAfterParagraphs(part: Element): void {
  eachElement(part, (node) => {
    const kids = node.children;
    for (let i = 0; i < kids.length - 1; i++) {
      const [note, paragraph] = [kids[i], kids[i + 1]];
      if (hasClass(note, 'para-note') && isElement(paragraph) && paragraph.properties.dataP !== undefined) {
        [kids[i], kids[i + 1]] = [paragraph, note];
        i++;
      }
    }
  });
}

/** What the site draws with CSS (¶ numbers, citation marks) as text; the web's attributes and widgets made plain. */
function plainElement(node: Element, i18n: I18n): void {
  const p = node.properties;
  // The cover's QR code: its address, written out, is the way to the web.
  if (node.tagName === 'figure' && hasClass(node, 'pamphlet-qr')) {
    const link = select('figcaption a', node);
    node.tagName = 'p';
    node.properties = { className: ['pamphlet-web'] };
    node.children = aroundLink(i18n, 'edition.webAddress', link);
  }
  // ¶ number, in the margin on the site (CSS ::before '¶' + data-n): here "¶12 " in the line.
  if (hasClass(node, 'pnum')) {
    node.tagName = 'span';
    node.properties = { className: ['pnum'], dataNotArticle: p.dataNotArticle ?? true };
    node.children = [text(`¶${p.dataN} `)];
  }
  // A citation mark ("[12–14]", drawn from data-label on the site): on the web a button that opens its note in
  // place (a popover); here a link to the note, which a reading system may show as a popup footnote.
  if (hasClass(node, 'cite') && p.dataLabel !== undefined) {
    if (node.tagName === 'button') {
      node.tagName = 'a';
      node.properties = { className: p.className, id: p.id, href: `#${p.popoverTarget}`, ariaLabel: p.ariaLabel };
    }
    node.children = [text(String(p.dataLabel))];
    delete node.properties.dataLabel;
  }
  // Folded notes (a <details> on the web, its summary pruned) are open in the book; popovers are the web's.
  if (node.tagName === 'details') node.tagName = 'div';
  delete node.properties.popover;
  delete p.dataRunningHead;
  delete p.dataTocFor;
  // A link the page keeps out of the Tab order stays out of it (the bar of the evidence at a glance: hidden from
  // assistive technology, it repeats its caption's links).
  if (!(node.tagName === 'a' && p.tabIndex === -1)) delete p.tabIndex;
  if (p.lang) p.xmlLang = p.lang;
}

/** Scan-the-code wording belongs to paper: the cover says where the web edition is. */
function coverWebAddress(node: Element, i18n: I18n): void {
  if (!hasClass(node, 'pamphlet-cover-web')) return;
  const link = select('a', node);
  node.tagName = 'p';
  node.properties = { className: ['pamphlet-web'] };
  node.children = aroundLink(i18n, 'edition.readOnline', link);
}

/** One part of the pamphlet, made plain for readers (changed in place, and returned). */
export function plainForReaders(part: Element, i18n: I18n): Element {
  prune(part, webOnly);
  notesAfterParagraphs(part);
  eachElement(part, (node) => plainElement(node, i18n));
  eachElement(part, (node) => coverWebAddress(node, i18n));
  return part;
}

/** "¶12", "¶12–¶14", "¶1, ¶3" in plain text → links back to those paragraphs (`paragraphHref`: undefined where the book has none). */
export function linkParagraphRefs(node: Node, paragraphHref: (n: number) => string | undefined, backlink: boolean): void {
  if (!('children' in node) || isElement(node, 'a')) return;
  node.children = node.children.flatMap((c): ElementContent[] => {
    if (c.type !== 'text') {
      linkParagraphRefs(c, paragraphHref, backlink);
      return [c as ElementContent];
    }
    const out: ElementContent[] = [];
    let last = 0;
    for (const m of c.value.matchAll(/¶(\d+)/g)) {
      const href = paragraphHref(Number(m[1]));
      if (!href) continue;
      if (m.index > last) out.push(text(c.value.slice(last, m.index)));
      out.push({ type: 'element', tagName: 'a', properties: backlink ? { href, role: 'doc-backlink' } : { href }, children: [text(m[0])] });
      last = m.index + m[0].length;
    }
    if (last < c.value.length) out.push(text(c.value.slice(last)));
    return out;
  });
}
