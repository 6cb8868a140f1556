// Every source file is TypeScript (or .astro), type-checked with the rest (`astro check`, strict), and plain
// Node runs it as it is: the build's workers and the command lines import the engine's modules by their .ts
// names, since Node's type stripping resolves no extensionless path. So no .js/.mjs/.cjs source remains,
// every relative import in src/ and scripts/ names a file that exists, and the Node the project declares runs
// TypeScript.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/lib/files.ts';

const SOURCES = ['src', 'scripts', 'tests'];
const sources = () => SOURCES.flatMap((dir) => walkFiles(dir)).filter((f) => !f.startsWith(join('tests', 'fixtures')));

describe('TypeScript everywhere', () => {
  it('has no JavaScript source file', () => {
    expect(sources().filter((f) => /\.(c|m)?jsx?$/.test(f))).toEqual([]);
    expect(existsSync('astro.config.ts'), 'astro.config.ts').toBe(true);
  });

  it('names the .ts file of every relative import in src/ and scripts/ (what plain Node resolves)', () => {
    const bad: string[] = [];
    for (const file of sources().filter((f) => f.endsWith('.ts') && !f.startsWith('tests'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)) {
        const spec = m[2] ?? '';
        const path = join(dirname(file), spec.replace(/\?.*$/, ''));
        if (!/\.(ts|css|csl|xml|json)(\?raw)?$/.test(spec) || !existsSync(path)) bad.push(`${file}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('declares a Node that runs TypeScript as it is (24: type stripping on by default), the one .nvmrc pins', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
    // The minimum is the version CI installs and .nvmrc pins (.ci/ensure-node.sh reads it from engines).
    const pinned = readFileSync('.nvmrc', 'utf8').trim();
    expect(pinned).toMatch(/^24\./);
    expect(pkg.engines.node).toBe(`>=${pinned}`);
    // But the preflight (.ci/preflight.mjs, outside the sources): plain JavaScript on purpose, so that it runs on the old
    // Node a fresh machine has and says what is missing instead of failing on a type annotation.
    for (const [name, command] of Object.entries(pkg.scripts)) if (name !== 'pretest') expect(command, name).not.toMatch(/\.m?js\b/);
    expect(pkg.scripts.pretest).toBe('node .ci/preflight.mjs');
  });
});
