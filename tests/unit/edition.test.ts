// The offline formats' link policy (scripts/lib/edition.mjs applyLinkPolicy) on small trees: a name
// or a term goes to its appendix entry when the document has one, and is plain text (its hover card
// gone) when it does not, never a link to the web; the header points inside, or its entry goes;
// other links, the site's pages included, are left as they are.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
// @ts-ignore -- plain JS module
import { applyLinkPolicy } from '../../scripts/lib/edition.mjs';

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
  const result = applyLinkPolicy(tree, { pageUrl, ids: new Set(ids), names, header, headerNode: select('header', tree) as Element });
  return { tree, result, html: toHtml(tree) };
}

describe('applyLinkPolicy', () => {
  it('points a name and a term at their entries, relative or absolute, as #fragments', () => {
    const { html, result } = run(
      '<p><a href="/actors/ann/">Ann</a> and <a href="https://example.org/glossary/#park">the park</a></p>',
      ['actor-ann', 'term-park'],
    );
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

  it('leaves the other links alone: the site’s other pages, the sources, fragments', () => {
    const links = '<a href="https://example.org/claim/">on the web</a><a href="https://news.example.com/story">a source</a><a href="#p3">¶3</a><a href="/actors/">all actors</a>';
    const { html, result } = run(`<p>${links}</p>`, ['appendix-actors', 'p3']);
    expect(html).toBe(`<p>${links}</p>`);
    expect(result).toEqual({ linked: 0, dropped: [] });
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
