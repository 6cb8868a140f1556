// One place per address: src/model/urls.ts builds every route of the site and every anchor other pages or formats
// link to; no page, component, output, plugin or browser script in src/ writes one by hand. Reads each source file
// of src/ (comments left out) for what urls.ts would have given: a string that starts with one of the engine's own
// path segments or with "/#", an address glued to a fragment (`${…}#${…}`), a fragment or id made from one of its
// anchor prefixes, or one of its named anchors written out. The prefixes and names are read from urls.ts itself.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/lib/files.ts';
import * as urls from '../../src/model/urls.ts';

/**
 * Where an address is made from data that urls.ts cannot know, on purpose:
 *   - the search page's results: Pagefind's page address with the id of the paragraph or heading it matched;
 *   - the EPUB's links: a content document's file name with an id inside it (the book's addresses, not the site's).
 */
const ALLOWED: Record<string, RegExp[]> = {
  'src/scripts/search.ts': [/`\$\{page\.url\}#\$\{anchor\.id\}`/],
  'src/outputs/epub/book.ts': [/`\$\{at\}#\$\{id\}`/],
  'src/outputs/epub/package.ts': [/\$\{part\.file\}#\$\{/],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Comments say where things are in words ("/method/#who"); only code counts. */
const code = (text: string) =>
  text
    .replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[\s;,(){}])\/\/.*$/gm, '$1');

const segments = urls.engineSegments().map(escape).join('|');
/** The prefix each anchor function puts before its id: noteAnchor('x') is note-x. */
const prefixes = Object.entries(urls)
  .filter(([name, f]) => /Anchor$/.test(name) && typeof f === 'function')
  .map(([name, f]) => [name, (f as (id: string) => string)('\u0000').split('\u0000')[0]!] as const)
  .filter(([, prefix]) => prefix !== '');
/** Anchors with a fixed name (WHO_ANCHOR = 'who'…). */
const named = Object.entries(urls).filter(([name, v]) => /_ANCHOR$/.test(name) && typeof v === 'string') as [string, string][];

const RULES: { why: string; pattern: RegExp }[] = [
  { why: 'a route of the engine written out', pattern: new RegExp(`["'\`]/(?:${segments})(?=[/#.'"\`])`, 'g') },
  { why: 'a home-page fragment written out', pattern: /["'`]\/#/g },
  { why: 'a claim page address built by hand', pattern: /`\/\$\{[^}]*\}\/`/g },
  { why: 'an address glued to a fragment by hand', pattern: /\$\{[^}]*\}#\$\{/g },
  ...prefixes.flatMap(([name, prefix]) => [
    { why: `a fragment that ${name} makes`, pattern: new RegExp(`["'\`]#${escape(prefix)}`, 'g') },
    {
      why: `an id or target that ${name} makes`,
      pattern: new RegExp(`\\b(?:id|href|popoverTarget|data-print-for|dataPrintFor)\\s*[=:]\\s*\\{?\\s*\`#?${escape(prefix)}\\$\\{`, 'g'),
    },
  ]),
  ...named.map(([name, value]) => ({ why: `${name} written out`, pattern: new RegExp(`\\bid=["']${escape(value)}["']|["']#${escape(value)}["']`, 'g') })),
];

describe('route literals', () => {
  it('urls.ts has anchor prefixes and named anchors for the test to look for', () => {
    expect(prefixes.map(([, p]) => p)).toEqual(expect.arrayContaining(['note-', 'event-', 'status-', 'src-', 'claim-', 'appendix-']));
    expect(named.map(([, v]) => v)).toEqual(expect.arrayContaining(['claims', 'downloads', 'who', 'report', 'corrections', 'statuses']));
  });

  it('finds one, and the comments around it do not count', () => {
    const sample = code(`// links to "/method/#who"\nconst a = '/method/#who';\n/* '/timeline/' */ const b = \`/\${slug}/\`;`);
    const found = RULES.flatMap((r) => [...sample.matchAll(r.pattern)].map(() => r.why));
    expect(found).toEqual(['a route of the engine written out', 'a claim page address built by hand']);
  });

  it('none in src/ outside urls.ts (but the few made from data urls.ts cannot know, listed above)', () => {
    const found: string[] = [];
    for (const file of walkFiles('src').filter((f) => /\.(ts|astro)$/.test(f))) {
      const path = relative('.', file);
      if (path === 'src/model/urls.ts') continue;
      const text = code(readFileSync(file, 'utf8'));
      for (const { why, pattern } of RULES) {
        for (const m of text.matchAll(pattern)) {
          const line = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index)).trim();
          if (!ALLOWED[path]?.some((ok) => ok.test(line))) found.push(`${path}: ${why}: ${line.slice(0, 160)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
