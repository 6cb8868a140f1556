// The claim slugs the engine keeps for itself: every top-level page or folder of src/pages/ is reserved, and a
// section that takes one fails the checks, naming the file, the field and the value.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS } from '../../src/model/urls';
import { checkContent } from '../../src/model/checks';
import { readContent } from '../../src/model/read';

describe('reserved slugs', () => {
  it('cover every top-level page and folder of src/pages/', () => {
    const routes = readdirSync('src/pages')
      .filter((name) => !name.startsWith('[') && !/^index\./.test(name) && !/\.(ts|js)$/.test(name))
      .map((name) => name.replace(/\.astro$/, ''));
    for (const route of routes) expect(RESERVED_SLUGS, route).toContain(route);
  });

  it('refuse a claim whose slug is one of them (/timeline/ would clash)', () => {
    const content = readContent('content');
    const first = content.sections[0]!;
    const problems = checkContent({ ...content, sections: [{ ...first, slug: 'timeline' }, ...content.sections.slice(1)] });
    expect(problems.join('\n')).toContain(`${first.file}: \`slug: timeline\` is taken by the site's own pages`);
  });
});
