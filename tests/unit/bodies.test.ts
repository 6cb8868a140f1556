// A claim's body is the article's text, checked when the content is read (src/model/bodies.ts), every problem of a
// body at once, and the same rule the remark plugin applies when MDX compiles it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/model/bodies.ts';
import remarkArticleParagraphs from '../../src/plugins/remark-article-paragraphs.ts';

const golden = ['Heading one', 'The first paragraph, as written.', 'The second paragraph, as written.', 'The third paragraph.'];
const rule = { golden, crossheads: new Set([1]) };
const file = (body: string, from = 1, to = 4) =>
  `---\ntitle: "A claim"\nparagraphs: { from: ${from}, to: ${to} }\n---\n\n{/* The article's words. */}\n${body}`;

describe('a claim body', () => {
  it('that is the article passes', () => {
    expect(
      checkBody(
        file('### Heading one\n\nThe first paragraph, as written.\n\nThe second paragraph, as written.\n\nThe third paragraph.\n'),
        { from: 1, to: 4 },
        rule,
        'a.mdx',
      ),
    ).toEqual([]);
  });

  it('lists every changed paragraph and every misplaced heading, not the first alone', () => {
    const problems = checkBody(
      file('Heading one\n\nThe first paragraph, as writen.\n\nThe second paragraf, as written.\n\nThe third paragraph.\n'),
      { from: 1, to: 4 },
      rule,
      'a.mdx',
    );
    expect(problems).toEqual([
      'a.mdx: ¶1 is one of the article’s crossheads and must be a heading (### …).',
      expect.stringMatching(/^a\.mdx: ¶2 differs from the golden copy \(source-text\.txt\): first difference at character 29/),
      expect.stringMatching(/^a\.mdx: ¶3 differs from the golden copy \(source-text\.txt\): first difference at character 19/),
    ]);
  });

  it('counts its paragraphs against its frontmatter range', () => {
    expect(checkBody(file('The first paragraph, as written.\n', 2, 3), { from: 2, to: 3 }, rule, 'a.mdx')).toEqual([
      expect.stringContaining('a.mdx: frontmatter `paragraphs` is ¶2–¶3 (2 paragraphs), but the body has 1.'),
    ]);
  });

  it('that MDX cannot read names the line and column in the file, and how to write a { or a <', () => {
    const [problem] = checkBody(file('The first paragraph, as <written.\n', 2, 2), { from: 2, to: 2 }, rule, 'a.mdx');
    expect(problem).toMatch(/^a\.mdx:7:\d+: the body is not valid MDX: .*A \{ or < of the article’s own text is written \\\{ or &lt;/);
  });

  it('without the explainer’s crossheads (explainer.yaml did not load) is still compared word for word', () => {
    expect(checkBody(file('### The first paragraph, as written.\n', 2, 2), { from: 2, to: 2 }, { golden, crossheads: undefined }, 'a.mdx')).toEqual([]);
  });

  it('breaks the same rule in the remark plugin, which reports every problem of the file', () => {
    const tree = unified().use(remarkParse).parse('Heading one\n\nThe first paragraf.\n') as Root;
    const run = () =>
      remarkArticleParagraphs({ golden, crossheads: new Set([1]) })(tree, {
        path: 'a.mdx',
        data: { astro: { frontmatter: { paragraphs: { from: 1, to: 2 } } } },
      } as never);
    expect(run).toThrow(/a\.mdx: ¶1 is one of the article’s crossheads[\s\S]*\na\.mdx: ¶2 differs from the golden copy/);
  });
});
