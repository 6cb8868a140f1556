// Fixture runner in the unified style: tests/fixtures/<plugin>/<case>/ holds
//   input.md           the Markdown (the body of a section), or
//   input.html         an HTML fragment, for rehype plugins on their own
//   frontmatter.json   optional, what Astro would put in file.data.astro.frontmatter
//   options.json       optional, the plugin's options
//   output.html        the expected HTML, or
//   error.txt          a string the thrown error must contain.
// A new case is a new folder; nothing else to edit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { fromHtml } from 'hast-util-from-html';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { unified, type Pluggable, type PluggableList } from 'unified';
import { VFile } from 'vfile';

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  /** 'md': remark → rehype pipeline; 'html': rehype plugins only. */
  format: 'md' | 'html';
  frontmatter?: unknown;
  options?: unknown;
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
      const options = read('options.json');
      const html = read('input.html');
      return {
        name: d.name,
        dir,
        input: html ?? read('input.md') ?? '',
        format: html === undefined ? ('md' as const) : ('html' as const),
        frontmatter: frontmatter ? JSON.parse(frontmatter) : undefined,
        options: options ? JSON.parse(options) : undefined,
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
  const out = await unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify).process(file);
  return String(out).trim();
}

/** An HTML fragment through one rehype plugin (with the case's options), back to HTML. */
export async function rehypeHtml(c: Pick<FixtureCase, 'input' | 'options'>, plugin: Pluggable): Promise<string> {
  const tree = fromHtml(c.input.trim(), { fragment: true });
  const processor = unified().use(plugin as never, c.options as never);
  return hastToHtml((await processor.run(tree as never)) as never).trim();
}
