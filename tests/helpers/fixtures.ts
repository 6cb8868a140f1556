// Fixture runner in the unified style: tests/fixtures/<plugin>/<case>/ holds
//   input.md           the Markdown (the body of a section)
//   frontmatter.json   optional, what Astro would put in file.data.astro.frontmatter
//   output.html        the expected HTML, or
//   error.txt          a string the thrown error must contain.
// A new case is a new folder; nothing else to edit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  frontmatter?: unknown;
  expectedHtml?: string;
  expectedError?: string;
}

export function loadFixtures(plugin: string): FixtureCase[] {
  const root = join('tests/fixtures', plugin);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(root, d.name);
      const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
      const frontmatter = read('frontmatter.json');
      return {
        name: d.name,
        dir,
        input: read('input.md') ?? '',
        frontmatter: frontmatter ? JSON.parse(frontmatter) : undefined,
        expectedHtml: read('output.html')?.trim(),
        expectedError: read('error.txt')?.trim(),
      };
    });
}

/** Markdown → HTML through remark plugins, then rehype plugins, as Astro's unified processor does. */
export async function toHtml(
  c: Pick<FixtureCase, 'input' | 'frontmatter' | 'dir'>,
  remarkPlugins: PluggableList,
  rehypePlugins: PluggableList = [],
): Promise<string> {
  const file = new VFile({ value: c.input, path: join(c.dir, 'input.md') });
  if (c.frontmatter) file.data.astro = { frontmatter: c.frontmatter };
  const out = await unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(file);
  return String(out).trim();
}
