// The offline formats' link policy (src/outputs/pamphlet/links.ts) as the tests state it, for the EPUB
// (tests/formats/epub.test.ts) and the offline copy (tests/browser/offline.test.ts) alike: a name or
// a term never leads to the website; it leads to the document's own appendix entry, or nowhere.
import type { Model } from '../../src/model/build.ts';
import { pamphletActorAnchor, pamphletTermAnchor } from '../../src/model/urls.ts';

/** The links (as written) that lead to the site's own page or glossary entry for a name or a term. */
export function linksToOwnNamesAndTerms(links: readonly string[], model: Model, site: URL): string[] {
  const own = new Set([...model.actors.map((a) => a.href), ...model.terms.map((t) => t.href)]);
  return links.filter((href) => {
    if (!/^https?:/.test(href) && !href.startsWith('/')) return false;
    const url = new URL(href, site);
    if (url.origin !== site.origin) return false;
    const path = `${url.pathname}${url.hash}`;
    return own.has(path) || /^\/(actors|glossary)\//.test(url.pathname);
  });
}

/** Every entry id the document's appendices must carry: one per actor, one per term. */
export const appendixAnchors = (model: Model) => ({
  actors: model.actors.map((a) => pamphletActorAnchor(a.id)),
  terms: model.terms.map((t) => pamphletTermAnchor(t.id)),
});
