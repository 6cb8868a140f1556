// End to end: bad content fails the real build, and the message names the
// file, the field, the bad value (and a near match). Astro itself only logs a
// broken reference and exits 0, so this proves our checks are wired in.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copy the project (not node_modules), apply a change, build; return exit code and output. */
function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  scratch.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
};

describe('bad input fails the build with a clear message', () => {
  it('an unknown actor id in a section, with the nearest valid id', () => {
    const { status, output } = buildWith((dir) =>
      edit(join(dir, 'content/sections/01-alaska-summit.mdx'), 'paragraphs: { from: 1, to: 6 }', 'paragraphs: { from: 1, to: 6 }\nactors: [zelenksy]'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/sections/01-alaska-summit.mdx: `actors[0]: zelenksy` is not a known actor id. Did you mean "zelensky"?');
  }, 60_000);

  it('a changed word in the article text, naming the file and ¶', () => {
    const { status, output } = buildWith((dir) =>
      edit(join(dir, 'content/sections/02-washington-meeting.mdx'), 'Steve Witkoff', 'Steve Witcoff'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-washington-meeting\.mdx: ¶11 differs from the golden copy .*expected “.*Witkoff.*”, found “.*Witcoff.*”/);
  }, 60_000);
});
