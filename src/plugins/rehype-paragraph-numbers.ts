// rehype plugin: put the ¶ number in the margin of every numbered article
// block (those the remark plugin marked with data-p), as a real link to the
// block itself, so a reader can see, cite and share "¶12" without JavaScript
// (the sharing script makes it copy the absolute link).
// The number is the explainer's, not the article's: it carries
// data-not-article so fidelity checks and copy-paste tools can drop it.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export default function rehypeParagraphNumbers() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const n = node.properties?.dataP;
      if (n === undefined || n === null) return;
      const id = String(node.properties.id);
      // The number is drawn by CSS from data-n (`content: '¶' attr(data-n)`), not written as text: text
      // here would run into the paragraph's first word ("7Alarmed") for copy-paste, find-in-page and
      // Text Fragment links (#:~:text=), which match on the DOM's text. Its name is the aria-label.
      const number = h('a', {
        className: ['pnum'],
        href: `#${id}`,
        dataNotArticle: true,
        dataN: String(n),
        ariaLabel: `Paragraph ${n}`,
      });
      node.children.unshift(number);
      return 'skip';
    });
  };
}
