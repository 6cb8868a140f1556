// rehype plugin: put the ¶ number in the margin of every numbered article
// block (those the remark plugin marked with data-p), as a real link to the
// block itself, so a reader can see, cite and share "¶12" without JavaScript.
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
      const number = h(
        'a',
        { className: ['pnum'], href: `#${id}`, dataNotArticle: true, ariaLabel: `Paragraph ${n}` },
        String(n),
      );
      node.children.unshift(number);
      return 'skip';
    });
  };
}
