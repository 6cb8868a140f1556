// The offline formats' one walker of the pamphlet's links (the EPUB, ../epub/; the offline copy, ../offline/):
// where every id of the document is, and every link rewritten by one LINK POLICY, told per format only how it
// points at an id (the EPUB: `<part file>#<id>`, `#<id>` within the same file; the offline copy: `#<id>`).
//
// Offline means offline: a reader of the book or the file follows a name or a term to its entry in the
// document's own appendices (pamphletActorAnchor / pamphletTermAnchor in src/model/urls.ts), never to the web.
// Where the document has no such entry the link is dropped (the words stay, as plain text, and the name's hover
// card goes), never pointed at the site. The site header (the offline copy keeps one) points inside the
// document, and an entry with nothing to point at goes. A link into the document stays in it. Links that are
// legitimately external stay, made absolute: the original article, the sources' own addresses, the "on the
// web" addresses of the claims and the citation examples.
import type { Element } from 'hast';
import type { Model } from '../../model/build.ts';
import { appendixAnchor, CLAIMS_URL, CONTENTS_ANCHOR, homeUrl, PAMPHLET_TITLE_ANCHOR, pamphletActorAnchor, pamphletTermAnchor } from '../../model/urls.ts';
import { APPENDICES } from './appendices.ts';
import { eachElement, isElement, prune, type Node, type Parent } from './hast.ts';

/** Where each id of the document is (id → the part holding it). An id used twice is an error naming it. */
export function documentIds<K>(parts: readonly { node: Node; key: K }[], where: string): Map<string, K> {
  const ids = new Map<string, K>();
  for (const { node, key } of parts) {
    eachElement(node, (element) => {
      if (element.properties.id === undefined) return;
      const id = String(element.properties.id);
      if (ids.has(id)) throw new Error(`${where}: id “${id}” is used twice`);
      ids.set(id, key);
    });
  }
  return ids;
}

/**
 * The site's own pages that the document holds a part of: root-relative URL → the id of that part.
 *   names   every actor's page and every term's glossary entry (everywhere in the document);
 *   header  the pages the site header links (the offline copy keeps a header; the EPUB has none): the home page
 *           and its list of claims, and each index page an appendix holds (./appendices.ts).
 */
export function ownPages(model: Pick<Model, 'actors' | 'terms'>): { names: Map<string, string>; header: Map<string, string> } {
  const names = new Map([
    ...model.actors.map((a) => [a.href, pamphletActorAnchor(a.id)] as const),
    ...model.terms.map((t) => [t.href, pamphletTermAnchor(t.id)] as const),
  ]);
  const header = new Map([[homeUrl, PAMPHLET_TITLE_ANCHOR], [CLAIMS_URL, CONTENTS_ANCHOR], ...APPENDICES.map((a) => [a.page, appendixAnchor(a.key)] as const)]);
  return { names, header };
}

export interface LinkPolicy {
  /** The address the document was made from: relative links resolve against it, and links to it stay inside. */
  pageUrl: URL;
  /** How this format points at a part of the document, or undefined where the document has no such id. */
  href: (id: string) => string | undefined;
  /** Names and terms: their pages' root-relative addresses → their entries' ids (ownPages). */
  names: ReadonlyMap<string, string>;
  /** The site header, if the document keeps one, and the ids its links point at (ownPages). */
  header?: { node: Element | undefined; targets: ReadonlyMap<string, string> };
}

/** The root-relative address (path + decoded fragment) of a link on the site at `pageUrl`, or undefined if it leads elsewhere. */
function ownAddress(href: string, pageUrl: URL): { path: string; hash: string } | undefined {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== pageUrl.origin) return undefined;
  return { path: url.pathname, hash: url.hash ? decodeURIComponent(url.hash.slice(1)) : '' };
}

/**
 * Rewrite every link under `root` by the policy (see the top of this file). Returns how many names, terms and
 * header entries now point inside the document, and the addresses of those dropped.
 */
export function rewriteLinks(root: Parent, policy: LinkPolicy): { linked: number; dropped: string[] } {
  const { pageUrl, href, names, header } = policy;
  const inHeader = new Set<Element>();
  if (header?.node) eachElement(header.node, (n) => inHeader.add(n));
  const unwrap: { node: Element; parent: Parent }[] = [];
  const removeItems = new Set<Element>();
  const cards = new Set<string>();
  let linked = 0;
  const dropped: string[] = [];
  eachElement(root, (node, parent) => {
    const link = node.properties.href;
    if (node.tagName !== 'a' || typeof link !== 'string' || !parent) return;
    if (link.startsWith('#')) {
      const id = decodeURIComponent(link.slice(1));
      const to = href(id);
      if (to === undefined) throw new Error(`a link to #${id}, which the pamphlet does not have`);
      node.properties.href = to;
      return;
    }
    const own = ownAddress(link, pageUrl);
    if (!own) return; // the web: the article, a source, an e-mail address
    const address = `${own.path}${own.hash ? `#${own.hash}` : ''}`;
    const isHeader = !names.has(address) && inHeader.has(node);
    if (names.has(address) || isHeader) {
      const target = names.get(address) ?? header?.targets.get(address);
      const to = target === undefined ? undefined : href(target);
      if (to !== undefined) {
        node.properties.href = to;
        linked++;
        return;
      }
      dropped.push(address);
      // A header entry with no part to go to: the whole list item goes (a menu entry that leads nowhere is noise).
      const item = isHeader && header?.node ? findAncestor(header.node, node, 'li') : undefined;
      if (item) return void removeItems.add(item);
      for (const id of [node.properties.ariaDescribedBy ?? []].flat().flatMap((v) => String(v).split(/\s+/))) cards.add(id);
      return void unwrap.push({ node, parent });
    }
    // This very page's part stays in the document; every other page of the site is on the web.
    const here = own.path === pageUrl.pathname && own.hash ? href(own.hash) : undefined;
    node.properties.href = here ?? new URL(link, pageUrl).href;
  });
  // Each dropped link gives way to its children.
  for (const { node, parent } of unwrap.reverse()) {
    const at = parent.children.indexOf(node);
    if (at >= 0) parent.children.splice(at, 1, ...node.children);
  }
  if (cards.size || removeItems.size)
    prune(root, (n) => isElement(n) && (removeItems.has(n) || (n.properties.id !== undefined && cards.has(String(n.properties.id)))));
  return { linked, dropped };
}

/** The nearest ancestor of `node` under `root` with the tag, or undefined. */
function findAncestor(root: Element, node: Element, tag: string): Element | undefined {
  const trail: Element[] = [];
  const walk = (n: Node): boolean => {
    if (n === node) return true;
    if (!isElement(n)) return false;
    trail.push(n);
    if (n.children.some(walk)) return true;
    trail.pop();
    return false;
  };
  return walk(root) ? trail.reverse().find((a) => a.tagName === tag) : undefined;
}
