// Real builds of a changed copy of the project, for "bad input fails the build" tests.
// Astro only logs some content errors and exits 0; these prove ours stop the build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

const root = resolve('.');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A copy of the project in a temporary folder (node_modules linked, not copied), removed after the tests; its
 * content/ is `content` (a folder of this project: content/ or a fixture explainer).
 */
export function projectCopy(content = 'content'): string {
  const dir = mkdtempSync(join(tmpdir(), 'project-'));
  scratch.push(dir);
  for (const entry of ['src', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(root, content), join(dir, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The environment for an Astro command run from a test: without vitest's own variables (Astro reads VITEST and
 * behaves as under vitest: `astro dev` then serves no pages) and without the explainer under test's folders.
 */
export function astroEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));
  return { ...clean, CONTENT_DIR: '', DIST_DIR: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env };
}

/** An `astro build` of a project copy; exit code and output. */
export function astroBuild(dir: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: astroEnv(env),
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Copy the project (node_modules linked, not copied), apply a change, build; return exit code and output. */
export function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = projectCopy();
  change(dir);
  return astroBuild(dir);
}

/** Replace text in a file, failing loudly if the text to replace is not there (the test would prove nothing). */
export function edit(file: string, from: RegExp | string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}
