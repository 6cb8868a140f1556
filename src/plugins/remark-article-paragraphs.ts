// remark plugin: number the article's paragraphs in a section and prove they
// are the article's words.
//
// A section's body is the article's text: each top-level Markdown paragraph
// or heading is one line of the golden copy, starting at ¶`paragraphs.from`
// (frontmatter). This plugin gives each block the stable id `p<N>` and the
// attribute `data-p="<N>"`, and fails the build - naming the file, the ¶ and
// the first differing characters - when a block differs from the golden copy
// or the count does not match the declared range. Explainer content inside
// MDX components (JSX) is not article text and is left alone.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { paragraphId } from '../model/article-text.ts';
import { describeDifference } from '../model/fidelity.ts';

export interface Options {
  /** The article's paragraphs; index 0 is ¶1. */
  golden: readonly string[];
  /** Paragraph numbers that are the article's crossheads (rendered as headings). */
  crossheads: ReadonlySet<number>;
}

interface ParagraphRange {
  from: number;
  to: number;
}

type ArticleBlock = Paragraph | Heading;

const isArticleBlock = (node: RootContent): node is ArticleBlock =>
  node.type === 'paragraph' || node.type === 'heading';

/** The ¶ range a file declares; undefined for Markdown that is not a section. */
function declaredRange(file: VFile): ParagraphRange | undefined {
  const data = file.data as { astro?: { frontmatter?: { paragraphs?: ParagraphRange } } };
  return data.astro?.frontmatter?.paragraphs;
}

export default function remarkArticleParagraphs(options: Options) {
  const { golden, crossheads } = options;
  return (tree: Root, file: VFile) => {
    const range = declaredRange(file);
    if (!range) return;
    const where = file.path || '(unnamed section)';
    const blocks = tree.children.filter(isArticleBlock);
    const expected = range.to - range.from + 1;
    if (blocks.length !== expected) {
      throw new Error(
        `${where}: frontmatter \`paragraphs\` is ¶${range.from}–¶${range.to} (${expected} paragraphs), ` +
          `but the body has ${blocks.length}. Each line of source-text.txt is one Markdown paragraph ` +
          `(separate them with a blank line); crossheads are headings.`,
      );
    }
    blocks.forEach((block, index) => {
      const n = range.from + index;
      const text = toString(block);
      const want = golden[n - 1];
      if (text !== want) {
        throw new Error(`${where}: ¶${n} differs from the golden copy (source-text.txt): ${describeDifference(want, text)}`);
      }
      const isCrosshead = crossheads.has(n);
      if (isCrosshead !== (block.type === 'heading')) {
        throw new Error(
          `${where}: ¶${n} ${isCrosshead ? 'is one of the article’s crossheads and must be a heading (### …)' : 'is a paragraph in the article, not a heading'}.`,
        );
      }
      block.data = {
        ...block.data,
        hProperties: { ...block.data?.hProperties, id: paragraphId(n), dataP: String(n) },
      };
    });
  };
}
