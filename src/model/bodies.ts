// A claim's body is the article's text: each top-level Markdown paragraph or heading is one line of the golden
// copy, ¶`paragraphs.from` … ¶`paragraphs.to` (frontmatter), crossheads as headings. The rule is checked twice
// with the same function: on every body at once when the content is read (./read.ts, so one build lists every
// problem of every file, before anything compiles), and by the remark plugin that numbers the paragraphs
// (src/plugins/remark-article-paragraphs.ts), which stops rather than render a body that breaks it.
// Explainer content inside MDX components (JSX) and MDX comments is not article text and is left alone.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describeDifference } from './fidelity.ts';

export type ArticleBlock = Paragraph | Heading;

export const isArticleBlock = (node: RootContent): node is ArticleBlock => node.type === 'paragraph' || node.type === 'heading';

export interface BodyRule {
  /** The article's paragraphs; index 0 is ¶1. */
  golden: readonly string[];
  /** The ¶s that are the article's crossheads (headings); undefined when not known (explainer.yaml did not load). */
  crossheads: ReadonlySet<number> | undefined;
}

/** Every way a body's blocks differ from ¶from…¶to of the golden copy, each naming the file and the ¶. */
export function bodyProblems(blocks: readonly ArticleBlock[], range: { from: number; to: number }, rule: BodyRule, where: string): string[] {
  const expected = range.to - range.from + 1;
  if (blocks.length !== expected) {
    return [
      `${where}: frontmatter \`paragraphs\` is ¶${range.from}–¶${range.to} (${expected} paragraphs), but the body has ${blocks.length}. ` +
        `Each line of source-text.txt is one Markdown paragraph (separate them with a blank line); crossheads are headings.`,
    ];
  }
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    const n = range.from + index;
    // A ¶ past the article's end is named by the cross-file checks (./checks.ts), once.
    if (n > rule.golden.length) return;
    const text = toString(block);
    const want = rule.golden[n - 1];
    if (text !== want) problems.push(`${where}: ¶${n} differs from the golden copy (source-text.txt): ${describeDifference(want, text)}`);
    const isCrosshead = rule.crossheads?.has(n);
    if (isCrosshead !== undefined && isCrosshead !== (block.type === 'heading')) {
      problems.push(
        `${where}: ¶${n} ${isCrosshead ? 'is one of the article’s crossheads and must be a heading (### …)' : 'is a paragraph in the article, not a heading'}.`,
      );
    }
  });
  return problems;
}

// The syntax Astro's MDX compiles a body with (GitHub-flavoured Markdown in MDX; the explainer turns smart
// punctuation off, so the text is read as written).
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Check the body of a claim file (`text`, the whole file) as MDX would read it: problems naming the file, the ¶
 * and the first differing characters, or the line and column where the MDX cannot be read.
 */
export function checkBody(text: string, range: { from: number; to: number }, rule: BodyRule, where: string): string[] {
  // The frontmatter blanked, not cut, so that line numbers are the file's.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (front) => front.replace(/[^\n]/g, ''));
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(body)) as Root;
  } catch (e) {
    const { line, column, reason, message } = e as { line?: number; column?: number; reason?: string; message: string };
    return [
      `${where}${line ? `:${line}:${column ?? 1}` : ''}: the body is not valid MDX: ${reason ?? message}. ` +
        'A { or < of the article’s own text is written \\{ or &lt; (MDX reads them as code and tags).',
    ];
  }
  return bodyProblems(tree.children.filter(isArticleBlock), range, rule, where);
}
