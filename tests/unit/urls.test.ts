// The claim slugs the engine keeps for itself: every top-level page or folder of src/pages/ is reserved, and a
// section that takes one fails the checks, naming the file, the field and the value.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS } from '../../src/model/urls.ts';
import { OPTIONAL_PAGES } from '../../src/integration.ts';
import { checkContent } from '../../src/model/checks.ts';
import { readContent } from '../../src/model/read.ts';

describe('reserved slugs', () => {
  it('cover every top-level page and folder of src/pages/, and the pages of the optional parts', () => {
    const routes = readdirSync('src/pages')
      .filter((name) => !name.startsWith('[') && !/^index\./.test(name) && !/\.(ts|js)$/.test(name))
      .map((name) => name.replace(/\.astro$/, ''));
    const optional = Object.values(OPTIONAL_PAGES).flatMap((pages) => pages.map((p) => p.pattern.split('/')[1]!));
    expect(optional).toEqual(expect.arrayContaining(['actors', 'sources', 'glossary', 'timeline']));
    for (const route of [...routes, ...optional]) expect(RESERVED_SLUGS, route).toContain(route);
  });

  it('have a file for every optional page, and no optional page is left in src/pages/', () => {
    for (const { pattern, file } of Object.values(OPTIONAL_PAGES).flat()) {
      expect(existsSync(join('src/optional-pages', file)), file).toBe(true);
      expect(existsSync(join('src/pages', file)), `src/pages/${file} would be built for every explainer (${pattern})`).toBe(false);
    }
  });

  it('refuse a claim whose slug is one of them (/timeline/ would clash)', () => {
    const content = readContent('content');
    const first = content.sections[0]!;
    const problems = checkContent({ ...content, sections: [{ ...first, slug: 'timeline' }, ...content.sections.slice(1)] });
    expect(problems.join('\n')).toContain(`${first.file}: \`slug: timeline\` is taken by the site's own pages`);
  });
});
