// Every remark/rehype plugin against its fixture folders (input → output).
// A new case is a new folder under tests/fixtures/<plugin>/ (see tests/helpers/fixtures.ts).
// UPDATE=1 writes each case's output.html from the plugin's current output (read the diff before committing).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pluggable, PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/model/article-text.ts';
import remarkArticleParagraphs from '../../src/plugins/remark-article-paragraphs.ts';
import rehypeLinkMentions from '../../src/plugins/rehype-link-mentions.ts';
import rehypeParagraphNumbers from '../../src/plugins/rehype-paragraph-numbers.ts';
import rehypeStatementMarks from '../../src/plugins/rehype-statement-marks.ts';
import { loadFixtures, rehypeHtml, toHtml, type FixtureCase } from '../helpers/fixtures.ts';

// A short stand-in for the article, shared by the Markdown fixtures: ¶1, ¶2 (a crosshead), ¶3.
const golden = splitParagraphs(readFileSync('tests/fixtures/golden.txt', 'utf8'));
const numbering: PluggableList = [[remarkArticleParagraphs, { golden, crossheads: new Set([2]) }]];

type Run = (c: FixtureCase) => Promise<string>;
const markdown =
  (rehype: PluggableList = []): Run =>
  (c) =>
    toHtml(c, numbering, rehype);
const html =
  (plugin: Pluggable): Run =>
  (c) =>
    rehypeHtml(c, plugin);

const plugins: Record<string, Run> = {
  'remark-article-paragraphs': markdown(),
  'rehype-paragraph-numbers': markdown([rehypeParagraphNumbers]),
  'rehype-link-mentions': html(rehypeLinkMentions),
  'rehype-statement-marks': html(rehypeStatementMarks),
};

for (const [plugin, run] of Object.entries(plugins)) {
  describe(plugin, () => {
    const cases = loadFixtures(plugin);
    it('has fixture cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(c.name, async () => {
        if (c.expectedError) {
          await expect(run(c)).rejects.toThrow(c.expectedError);
        } else if (process.env.UPDATE) {
          writeFileSync(join(c.dir, 'output.html'), `${await run(c)}\n`);
        } else {
          expect(c.expectedHtml, `${c.dir} needs output.html or error.txt (UPDATE=1 writes it)`).toBeDefined();
          expect(await run(c)).toBe(c.expectedHtml);
        }
      });
    }
  });
}
