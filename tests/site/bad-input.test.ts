// End to end: bad content fails the real build, and the message names the
// file, the field, the bad value (and a near match). Astro itself only logs a
// broken reference and exits 0, so this proves our checks are wired in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, edit } from '../helpers/build';

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
