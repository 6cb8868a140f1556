// The project's pages (README.md, CONTRIBUTING.md, docs/) stay true to the repository: every relative link reaches a
// file, and a heading where it names one; every repository path they write in code exists; the architecture page's
// tree is the tree (each entry exists, and each folder of the engine, the tools and the tests is in it); the README
// stays a front door that gives the one test command CI runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import type { Code, Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/lib/files.ts';

const ARCHITECTURE = 'docs/architecture.md';
/** Two screens of a terminal or an editor: the README is a front door, the rest is in docs/. */
const README_MAX_LINES = 120;

const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const parse = (file: string): Root => unified().use(remarkParse).use(remarkGfm).parse(readFileSync(file, 'utf8'));

const anchorCache = new Map<string, Set<string>>();
/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(file: string): Set<string> {
  let known = anchorCache.get(file);
  if (!known) anchorCache.set(file, (known = headingAnchors(file)));
  return known;
}

function headingAnchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  visit(parse(file), 'heading', (node: Heading) => {
    const base = toString(node)
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  });
  return anchors;
}

/** A .gitignore name pattern (`dist-*`) as a regular expression. */
function globRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp('^' + escaped + '$');
}

/** The .gitignore's folders (dist, dist-explainers, node_modules…): not the repository's. */
const IGNORED = readFileSync('.gitignore', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => globRegExp(l.replace(/\/$/, '')));
const TOP = readdirSync('.').filter((name) => name !== '.git' && !IGNORED.some((re) => re.test(name)));

/** A code span that names a path in the repository: it starts with one of its top-level entries, and holds no placeholder. */
const isRepoPath = (text: string) => /^[\w.@/-]+$/.test(text) && TOP.includes(text.split('/')[0]!) && (text.includes('/') || text.includes('.'));

describe('the project’s pages', () => {
  it('are found: the README, CONTRIBUTING and every page of docs/', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', ARCHITECTURE, 'docs/content-reference.md']));
  });

  for (const page of PAGES) {
    it(`${page}: every relative link reaches a file, and a heading where it names one`, () => {
      const broken: string[] = [];
      visit(parse(page), ['link', 'definition', 'image'], (node) => {
        const url = (node as { url: string }).url;
        if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return;
        if (url.startsWith('/')) return void broken.push(`${url}: a site address, not a file; link the page relatively`);
        const [path, anchor] = url.split('#') as [string, string | undefined];
        const target = path ? normalize(join(dirname(page), decodeURIComponent(path))) : page;
        if (relative('.', target).startsWith('..')) return void broken.push(`${url}: outside the repository`);
        if (!existsSync(target)) return void broken.push(`${url}: no such file (${target})`);
        if (anchor === undefined) return;
        if (!target.endsWith('.md') || statSync(target).isDirectory()) return void broken.push(`${url}: an anchor into a file that is not a page`);
        if (!anchorsOf(target).has(anchor)) broken.push(`${url}: ${target} has no heading #${anchor} (it has ${[...anchorsOf(target)].join(', ')})`);
      });
      expect(broken).toEqual([]);
    });

    it(`${page}: every repository path written in code exists`, () => {
      const missing: string[] = [];
      visit(parse(page), 'inlineCode', (node: { value: string }) => {
        if (isRepoPath(node.value) && !existsSync(node.value)) missing.push(node.value);
      });
      expect(missing).toEqual([]);
    });
  }
});

/** The tree block of the architecture page (```text tree): each line a name, indented two spaces under its folder. */
function treeEntries(): string[] {
  let block: Code | undefined;
  visit(parse(ARCHITECTURE), 'code', (node: Code) => {
    if (node.meta === 'tree') block ??= node;
  });
  if (!block) throw new Error(`${ARCHITECTURE} has no \`\`\`text tree block`);
  const parents: string[] = [];
  return block.value
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const m = /^( *)(\S+)/.exec(line)!;
      const depth = m[1]!.length / 2;
      if (!Number.isInteger(depth) || depth > parents.length)
        throw new Error(`${ARCHITECTURE}, tree: “${line.trim()}” is not indented two spaces under a folder`);
      parents.length = depth;
      const path = parents.join('') + m[2]!;
      if (m[2]!.endsWith('/')) parents.push(m[2]!);
      return path;
    });
}

/** Every folder holding a file under `root`, its parents included; nothing inside a `fixtures/` folder (data, not code). */
function foldersUnder(root: string): string[] {
  const folders = new Set<string>();
  for (const file of walkFiles(root)) {
    let dir = dirname(file);
    while (dir !== '.' && dir !== root && !dir.split(sep).slice(0, -1).includes('fixtures')) {
      folders.add(dir.split(sep).join('/') + '/');
      dir = dirname(dir);
    }
  }
  return [...folders];
}

describe(`${ARCHITECTURE}: the tree`, () => {
  const entries = treeEntries();

  it('names only what exists', () => {
    expect(entries.filter((e) => !existsSync(e) || statSync(e).isDirectory() !== e.endsWith('/'))).toEqual([]);
  });

  it('names every top-level folder, every folder of src/, scripts/ and tests/, and the files at the top of src/ and src/outputs/', () => {
    const wanted = [
      ...TOP.filter((name) => !name.startsWith('.') && statSync(name).isDirectory()).map((name) => `${name}/`),
      ...['src', 'scripts', 'tests'].flatMap(foldersUnder),
      ...readdirSync('content', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `content/${d.name}/`),
      ...['src', 'src/outputs'].flatMap((dir) =>
        readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => `${dir}/${d.name}`),
      ),
    ];
    expect(
      wanted.filter((path) => !entries.includes(path)),
      `add these to the tree of ${ARCHITECTURE}`,
    ).toEqual([]);
  });
});

describe('README.md, the front door', () => {
  const readme = readFileSync('README.md', 'utf8');

  it(`fits on two screens (at most ${README_MAX_LINES} lines; the rest belongs in docs/)`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('gives the test command CI runs (.ci/run’s last command), and install and start', () => {
    const ci = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const testCommand = ci.at(-1)!;
    expect(testCommand).toBe('npm test');
    const commands: string[] = [];
    visit(parse('README.md'), 'code', (node: Code) => {
      if (node.lang === 'sh') commands.push(...node.value.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()));
    });
    expect(commands).toContain(testCommand);
    expect(commands).toContain('npm install && npm start');
  });

  it('leads to every page of docs/, link by link', () => {
    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    while (queue.length) {
      const page = queue.shift()!;
      visit(parse(page), 'link', (node: { url: string }) => {
        const path = node.url.split('#')[0]!;
        if (!path || /^[a-z][a-z\d+.-]*:/i.test(path)) return;
        const target = normalize(join(dirname(page), path))
          .split(sep)
          .join('/');
        if (target.endsWith('.md') && existsSync(target) && !reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      });
    }
    expect(PAGES.filter((p) => !reached.has(p))).toEqual([]);
  });
});
