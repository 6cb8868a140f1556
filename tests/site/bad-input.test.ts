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

  it('a quote that is not in its paragraph, with the nearest passage', () => {
    const { status, output } = buildWith((dir) =>
      edit(join(dir, 'content/sources/ajc-ap-alaska-summit-handshake.yaml'), 'quote: Trump rolled out the red carpet for Putin and applauded him', 'quote: Trump rolled out the red carpet for Putin and praised him'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/sources/ajc-ap-alaska-summit-handshake.yaml: `supports[1].quote` ¶2: the quote “Trump rolled out the red carpet for Putin and praised him” is not in the paragraph. Nearest: “Trump rolled out the red carpet for Putin and applauded h”.');
  }, 60_000);

  it('evidence that cannot be: an unknown origin, a reference work verifying, a non-https URL (all at once)', () => {
    const { status, output } = buildWith((dir) => {
      edit(join(dir, 'content/sources/irishtimes-trump-drops-ceasefire-2025-08-16.yaml'), 'origin: outlet', 'origin: newspaper');
      edit(join(dir, 'content/sources/icc-putin-warrant-2023.yaml'), 'origin: outlet', 'origin: reference');
      edit(join(dir, 'content/sources/9colonne-aid-gap-23-billion.yaml'), 'url: https://9colonne.it/', 'url: ftp://9colonne.it/');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/irishtimes-trump-drops-ceasefire-2025-08-16\.yaml: `origin` = newspaper: Invalid option: expected one of "primary"\|"outlet"/);
    expect(output).toContain('content/sources/icc-putin-warrant-2023.yaml: `supports` = ');
    expect(output).toContain('a reference work or community wiki explains a term; it never verifies a statement');
    expect(output).toMatch(/content\/sources\/9colonne-aid-gap-23-billion\.yaml: `url` = ftp:\/\/9colonne\.it\/\S+: a URL must start with https:\/\//);
  }, 60_000);
});
