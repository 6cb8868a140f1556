// rehype plugin: put the ¶ number in the margin of every numbered article
// block (those the remark plugin marked with data-p), as a real link, so a
// reader can see, cite and share "¶12" without JavaScript. The link is the
// paragraph's short address when the site has one (`href`: /p/12/, with its
// own link-preview card, which a long press or right click copies; followed,
// it lands on the paragraph), else the block itself; the sharing script makes
// it copy that address or open the system's share sheet.
// The number is the explainer's, not the article's: it carries
// data-not-article so fidelity checks and copy-paste tools can drop it.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface Options {
  /** The ¶ number's link target; default: the block's own anchor. */
  href?: (n: number) => string;
  /** Its name, "Paragraph 12", in the interface's words (src/integration.ts gives the explainer's); English without. */
  name?: (n: number) => string;
}

export default function rehypeParagraphNumbers(options: Options = {}) {
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
        href: options.href ? options.href(Number(n)) : `#${id}`,
        dataNotArticle: '',
        dataN: String(n),
        ariaLabel: options.name ? options.name(Number(n)) : `Paragraph ${n}`,
      });
      node.children.unshift(number);
      return 'skip';
    });
  };
}
