// Every remark/rehype plugin against its fixture folders (input → output).
import { readFileSync } from 'node:fs';
import type { PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/lib/article';
import remarkArticleParagraphs from '../../src/plugins/remark-article-paragraphs';
import rehypeParagraphNumbers from '../../src/plugins/rehype-paragraph-numbers';
import { loadFixtures, toHtml } from '../helpers/fixtures';

// A short stand-in for the article, shared by the fixtures: ¶1, ¶2 (a crosshead), ¶3.
const golden = splitParagraphs(readFileSync('tests/fixtures/golden.txt', 'utf8'));
const numbering: PluggableList = [[remarkArticleParagraphs, { golden, crossheads: new Set([2]) }]];

const pipelines: Record<string, { remark: PluggableList; rehype?: PluggableList }> = {
  'remark-article-paragraphs': { remark: numbering },
  'rehype-paragraph-numbers': { remark: numbering, rehype: [rehypeParagraphNumbers] },
};

for (const [plugin, pipeline] of Object.entries(pipelines)) {
  describe(plugin, () => {
    const cases = loadFixtures(plugin);
    it('has fixture cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(c.name, async () => {
        const run = () => toHtml(c, pipeline.remark, pipeline.rehype);
        if (c.expectedError) {
          await expect(run()).rejects.toThrow(c.expectedError);
        } else {
          expect(c.expectedHtml, `${c.dir} needs output.html or error.txt`).toBeDefined();
          expect(await run()).toBe(c.expectedHtml);
        }
      });
    }
  });
}
