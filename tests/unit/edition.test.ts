// The offline formats' link policy (src/outputs/pamphlet/links.ts rewriteLinks) on small trees: a name
// or a term goes to its appendix entry when the document has one, and is plain text (its hover card
// gone) when it does not, never a link to the web; the header points inside, or its entry goes;
// a link into the document stays in it; the site's other pages are absolute addresses on the web.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rewriteLinks } from '../../src/outputs/pamphlet/links.ts';

const pageUrl = new URL('https://example.org/pamphlet/');
const names = new Map([
  ['/actors/ann/', 'actor-ann'],
  ['/actors/bob/', 'actor-bob'],
  ['/glossary/#park', 'term-park'],
]);
const header = new Map([
  ['/', 'top'],
  ['/actors/', 'appendix-actors'],
]);

function run(html: string, ids: string[]) {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const href = (id: string) => (ids.includes(id) ? `#${id}` : undefined);
  const result = rewriteLinks(tree, { pageUrl, href, names, header: { node: select('header', tree) as Element | undefined, targets: header } });
  return { tree, result, html: toHtml(tree) };
}

describe('rewriteLinks', () => {
  it('points a name and a term at their entries, relative or absolute, as #fragments', () => {
    const { html, result } = run('<p><a href="/actors/ann/">Ann</a> and <a href="https://example.org/glossary/#park">the park</a></p>', [
      'actor-ann',
      'term-park',
    ]);
    expect(html).toBe('<p><a href="#actor-ann">Ann</a> and <a href="#term-park">the park</a></p>');
    expect(result).toEqual({ linked: 2, dropped: [] });
  });

  it('drops the link of a name with no entry in the document, keeping its words, and its hover card', () => {
    const { html, result } = run(
      '<p>Hello <a class="mention" href="/actors/bob/" aria-describedby="card-bob">Bob <em>B.</em></a><span id="card-bob" role="tooltip">Bob, a neighbour</span>!</p>',
      ['actor-ann'],
    );
    expect(html).toBe('<p>Hello Bob <em>B.</em>!</p>');
    expect(result.dropped).toEqual(['/actors/bob/']);
  });

  it('leaves the web alone, keeps links into the document in it, and makes the site’s other pages absolute', () => {
    const links = '<a href="https://example.org/claim/">on the web</a><a href="https://news.example.com/story">a source</a><a href="#p3">¶3</a>';
    const { html, result } = run(`<p>${links}<a href="/actors/">all actors</a><a href="/pamphlet/#p3">¶3 here</a></p>`, ['appendix-actors', 'p3']);
    expect(html).toBe(`<p>${links}<a href="https://example.org/actors/">all actors</a><a href="#p3">¶3 here</a></p>`);
    expect(result).toEqual({ linked: 0, dropped: [] });
  });

  it('refuses a link into the document to an id it does not have', () => {
    expect(() => run('<p><a href="#nowhere">here</a></p>', ['p3'])).toThrow('a link to #nowhere, which the pamphlet does not have');
  });

  it('points the header inside the document, and removes an entry it cannot point anywhere', () => {
    const { tree } = run(
      '<header><a href="/">Home</a><nav><ul><li><a href="/actors/">Actors</a></li><li><a href="/timeline/">Timeline</a></li></ul></nav></header>',
      ['top', 'appendix-actors'],
    );
    expect(selectAll('a', tree).map((a) => a.properties.href)).toEqual(['#top', '#appendix-actors']);
    expect(selectAll('li', tree)).toHaveLength(1);
  });
});
