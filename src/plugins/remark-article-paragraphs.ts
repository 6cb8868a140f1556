// remark plugin: number the article's paragraphs in a section and prove they
// are the article's words.
//
// A section's body is the article's text: each top-level Markdown paragraph
// or heading is one line of the golden copy, starting at ¶`paragraphs.from`
// (frontmatter). This plugin gives each block the stable id `p<N>` and the
// attribute `data-p="<N>"`, and fails the build - naming the file, the ¶ and
// the first differing characters - when a block differs from the golden copy
// or the count does not match the declared range (the rule is the model's,
// src/model/bodies.ts, which has already checked every body when the content
// was read: this is the last guard, never the first report). Explainer content
// inside MDX components (JSX) is not article text and is left alone.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphId } from '../model/article-text.ts';
import { bodyProblems, isArticleBlock } from '../model/bodies.ts';

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
    const blocks = tree.children.filter(isArticleBlock);
    const problems = bodyProblems(blocks, range, { golden, crossheads }, file.path || '(unnamed section)');
    if (problems.length) throw new Error(problems.join('\n'));
    blocks.forEach((block, index) => {
      const n = range.from + index;
      block.data = {
        ...block.data,
        hProperties: { ...block.data?.hProperties, id: paragraphId(n), dataP: String(n) },
      };
    });
  };
}
