// The claim slugs the engine keeps for itself: every top-level page or folder of src/pages/ is reserved (and the
// names of the article's citation files and of the site card), and a section that takes one fails the checks,
// naming the file, the field and the value. The build-level test is in tests/build/bad-input.test.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSegments, reservedSlugs } from '../../src/model/urls.ts';
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
    for (const route of [...routes, ...optional]) expect(engineSegments(), route).toContain(route);
    // And nothing more: every segment the engine keeps is a page or folder it builds (the cards and the search index are folders of dist/).
    expect(engineSegments().filter((s) => ![...routes, ...optional, 'og', 'pagefind', '404'].includes(s))).toEqual([]);
  });

  it('have a file for every optional page, and no optional page is left in src/pages/', () => {
    for (const { pattern, file } of Object.values(OPTIONAL_PAGES).flat()) {
      expect(existsSync(join('src/optional-pages', file)), file).toBe(true);
      expect(existsSync(join('src/pages', file)), `src/pages/${file} would be built for every explainer (${pattern})`).toBe(false);
    }
  });

  it('refuse a claim whose slug is one of them, or the name of the article’s citation files or of the site card', () => {
    const content = readContent('content');
    const [first, second, third] = content.claims;
    const problems = checkContent({
      ...content,
      claims: [{ ...first!, slug: 'timeline' }, { ...second!, slug: 'article' }, { ...third!, slug: 'site' }, ...content.claims.slice(3)],
    }).join('\n');
    expect(problems).toContain(`${first!.file}: \`slug: timeline\` is taken by the site's own pages (/timeline/); reserved: ${reservedSlugs().join(', ')}.`);
    expect(problems).toContain(`${second!.file}: \`slug: article\` is taken by the article's citation files (/cite/article.bib)`);
    expect(problems).toContain(`${third!.file}: \`slug: site\` is taken by the site-wide link-preview card (/og/site.png)`);
  });
});
