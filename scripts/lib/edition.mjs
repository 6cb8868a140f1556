// What the offline formats (the EPUB, scripts/epub.mjs; the offline copy, scripts/lib/offline-html.mjs)
// share beyond the built /pamphlet/ page they are made from:
//
//   - the model (src/model, read through scripts/lib/ts-model.mjs): their metadata, cover and colophon
//     come from it, never from the CSS classes of the rendered page;
//   - the LINK POLICY. Offline means offline: a reader of the book or the file follows a name or a term
//     to its entry in the document's own appendices (pamphletActorAnchor / pamphletTermAnchor in
//     src/model/urls.ts), never to the web. Each format says how it points at an id (the EPUB:
//     `<appendix file>#<id>`; the offline copy: `#<id>`). Where the document has no such entry the
//     link is dropped (the words stay, as plain text), never pointed at the site. Links that are
//     legitimately external stay: the original article, the sources' own addresses, the "on the web"
//     addresses of the claims and the citation examples;
//   - the COVER and the COLOPHON: this explainer (its name, who made it, how they stand to the
//     article's publisher, where to report an error, when it was last reviewed) apart from the article
//     it explains (title, publisher, date, author, address). The article's publisher is never shown as
//     the explainer's publisher.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'hastscript';
import { engineModel } from './ts-model.mjs';

/** The model of the content the site was built from (CONTENT_DIR, REPORT_URL as for the build). */
export async function editionModel() {
  const { readContent, contentDir, buildModel } = await engineModel();
  const dir = contentDir();
  if (!existsSync(join(dir, 'explainer.yaml'))) throw new Error(`${dir}/explainer.yaml is missing: set CONTENT_DIR to the content the site was built from`);
  return buildModel(readContent(dir));
}

/** The in-document anchors of the pamphlet's appendices (src/model/urls.ts, loaded with the model). */
async function anchors() {
  await engineModel(); // registers the .ts resolve hook
  return import('../../src/model/urls.ts');
}

/** The model's words for the article: src/lib/render/words.ts; its kind's words and facts: src/lib/render/work.ts. */
async function words() {
  await engineModel();
  return { ...(await import('../../src/lib/render/words.ts')), ...(await import('../../src/lib/render/work.ts')) };
}

const isElement = (node, tag) => node?.type === 'element' && (!tag || node.tagName === tag);

/** Depth-first visit of every element, with its parent and index. */
function eachElement(node, fn, parent, index) {
  if (isElement(node)) fn(node, parent, index);
  (node.children ?? []).forEach((c, i) => eachElement(c, fn, node, i));
}

/**
 * The site's own pages that the document holds a part of: root-relative URL → the id of that part.
 *   names   every actor's page and every term's glossary entry (everywhere in the document);
 *   header  the index pages the site header links (the offline copy keeps a header; the EPUB has none).
 */
export async function ownPages(model) {
  const { pamphletActorAnchor, pamphletTermAnchor, homeUrl, CITE_URL } = await anchors();
  const names = new Map([
    ...model.actors.map((a) => [a.href, pamphletActorAnchor(a.id)]),
    ...model.terms.map((t) => [t.href, pamphletTermAnchor(t.id)]),
  ]);
  const header = new Map([
    [homeUrl, 'pamphlet-title'],
    [`${homeUrl}#claims`, 'contents-title'],
    ['/actors/', 'appendix-actors'],
    ['/glossary/', 'appendix-glossary'],
    ['/sources/', 'appendix-sources'],
    [CITE_URL, 'appendix-cite'],
    ['/method/', 'appendix-corrections'],
  ]);
  return { names, header };
}

/** The root-relative address (path + fragment) of a link on the site at `pageUrl`, or undefined if it leads elsewhere. */
function ownAddress(href, pageUrl) {
  let url;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== pageUrl.origin) return undefined;
  return `${url.pathname}${url.hash ? `#${decodeURIComponent(url.hash.slice(1))}` : ''}`;
}

/**
 * Apply the link policy to the tree under `root`: links to a name's or a term's page (anywhere) and
 * to the site's index pages (inside `header`, if given) are pointed at their part of the document as
 * `#<id>` (a format that splits the document into files names the file afterwards), or dropped where
 * the document has no such part. A dropped name or term keeps its words; its hover card (the element
 * its aria-describedby names) goes with the link. A dropped header entry goes whole (its list item).
 * @param {import('hast').Root | import('hast').Element} root
 * @param {{ pageUrl: URL, ids: Set<string>, names: Map<string, string>, header?: Map<string, string>, headerNode?: import('hast').Element }} options
 * @returns {{ linked: number, dropped: string[] }}
 */
export function applyLinkPolicy(root, { pageUrl, ids, names, header = new Map(), headerNode }) {
  const inHeader = new Set();
  if (headerNode) eachElement(headerNode, (n) => inHeader.add(n));
  const unwrap = [];
  const removeItems = [];
  const cards = new Set();
  let linked = 0;
  const dropped = [];
  eachElement(root, (node, parent, index) => {
    if (!isElement(node, 'a') || typeof node.properties.href !== 'string') return;
    const own = ownAddress(node.properties.href, pageUrl);
    if (own === undefined) return;
    // A name or a term, anywhere; in the header, any page of the site (one the document has no part of is dropped).
    const isHeader = !names.has(own) && inHeader.has(node);
    if (!names.has(own) && !isHeader) return; // another page of the site: a legitimate "on the web" link
    const target = names.get(own) ?? header.get(own);
    if (target !== undefined && ids.has(target)) {
      node.properties.href = `#${target}`;
      linked++;
      return;
    }
    dropped.push(own);
    if (isHeader) {
      // A header entry with no part to go to: the whole list item goes (a menu entry that leads nowhere is noise).
      const item = findAncestor(headerNode, node, 'li');
      if (item) return void removeItems.push(item);
    }
    for (const id of [node.properties.ariaDescribedBy ?? []].flat().flatMap((v) => String(v).split(/\s+/))) cards.add(id);
    unwrap.push({ node, parent, index });
  });
  // Replace each dropped link by its children (in reverse, so earlier indexes stay right).
  for (const { node, parent } of unwrap.reverse()) {
    const at = parent.children.indexOf(node);
    if (at >= 0) parent.children.splice(at, 1, ...node.children);
  }
  if (cards.size || removeItems.length) {
    const gone = new Set(removeItems);
    const prune = (n) => {
      if (!n.children) return;
      n.children = n.children.filter((c) => !(isElement(c) && (gone.has(c) || (c.properties.id !== undefined && cards.has(String(c.properties.id))))));
      n.children.forEach(prune);
    };
    prune(root);
  }
  return { linked, dropped };
}

/** The nearest ancestor of `node` under `root` with the tag, or undefined. */
function findAncestor(root, node, tag) {
  let found;
  const walk = (n, trail) => {
    if (found) return;
    if (n === node) {
      found = [...trail].reverse().find((a) => isElement(a, tag));
      return;
    }
    (n.children ?? []).forEach((c) => walk(c, [...trail, n]));
  };
  if (root) walk(root, []);
  return found;
}

// ── Cover and colophon ─────────────────────────────────────────────────────────

/** "1 December 2026" from YYYY-MM-DD (src/model/dates.ts, as every page writes dates). */
async function dateWords(iso) {
  await engineModel();
  const { formatDate } = await import('../../src/model/dates.ts');
  return formatDate(iso);
}

/** When the explainer as a whole was last reviewed: explainer.yaml `reviewed`, or a claim's later correction. */
export const lastReviewed = (model) => [model.explainer.reviewed, ...model.claims.map((c) => c.reviewed)].sort().at(-1);

/** A contact address as a reader reads it: mailto: without the scheme. */
const contactText = (url) => (url.startsWith('mailto:') ? decodeURIComponent(url.slice('mailto:'.length).split('?')[0]) : url);

/**
 * Everything the cover and the colophon say, from the model, as text and links, in order.
 * @param {object} model the engine's model
 * @param {URL} siteUrl the site's address (from the built page's canonical link)
 */
export async function editionFacts(model, siteUrl) {
  const { explainer } = model;
  const { article, maker, site } = explainer;
  const { capitalise, explainerOfTitleParts, kindWords, itExplainsHeading, plain, relationLabel, workFacts } = await words();
  const kind = kindWords(article);
  const method = new URL('/method/', siteUrl).href;
  const reviewed = lastReviewed(model);
  return {
    name: site.name,
    /** One line under the title: what it is, and which article (its publisher is in the article's facts, never this book's). */
    subtitle: plain(explainerOfTitleParts(article)),
    /** The text's kind, as a sentence starts it: "The speech", "The speech’s"; and the heading of its facts. */
    work: { The: capitalise(kind.the), TheOf: capitalise(kind.theOf), heading: itExplainsHeading(article) },
    explainer: [
      { label: 'Name', value: [site.name] },
      { label: 'Made by', value: [maker.name] },
      { label: relationLabel(article), value: [maker.relation] },
      {
        label: 'Report an error',
        value: maker.contact
          ? [{ href: maker.contact, text: contactText(maker.contact) }]
          : ['No address for reporting errors has been set. How this explainer was made and checked: ', { href: method, text: method }],
      },
      { label: 'Last reviewed', value: [{ time: reviewed, text: await dateWords(reviewed) }] },
      { label: 'On the web', value: [{ href: siteUrl.href, text: siteUrl.href }] },
    ],
    // Who published or delivered it, where, when, its author and address: only what the content says.
    article: workFacts(article, { title: true }),
    rights: article.rights,
    reviewed,
  };
}

/** One fact's value as hast children. */
const valueNodes = (value) =>
  value.map((v) => (typeof v === 'string' ? { type: 'text', value: v } : v.time ? h('time', { dateTime: v.time }, v.text) : h('a', { href: v.href }, v.text)));

/** A list of facts as a <dl> (the pamphlet's cover style). */
export const factList = (facts, className = 'pamphlet-facts') =>
  h(
    'dl',
    { className: [className] },
    facts.map((f) => h('div', [h('dt', f.label), h('dd', valueNodes(f.value))])),
  );

/**
 * The cover's facts: this explainer, then the article it explains, each under its own heading.
 * @param {Awaited<ReturnType<typeof editionFacts>>} facts
 * @param {string} idPrefix for the headings' ids (unique in the document)
 */
export function coverFacts(facts, idPrefix = 'cover') {
  return h('div', { className: ['edition-facts'] }, [
    h('section', { ariaLabelledBy: `${idPrefix}-explainer` }, [h('h2', { id: `${idPrefix}-explainer`, className: ['edition-facts-title'] }, 'This explainer'), factList(facts.explainer)]),
    h('section', { ariaLabelledBy: `${idPrefix}-article` }, [h('h2', { id: `${idPrefix}-article`, className: ['edition-facts-title'] }, facts.work.heading), factList(facts.article)]),
  ]);
}

/**
 * Put the model's facts on the pamphlet's cover: the subtitle and the facts list are the model's,
 * so the cover never says "Publisher" of the article under the explainer's own title.
 * @param {import('hast').Element} cover the header.pamphlet-cover (or what a format made of it)
 */
export function rewriteCover(cover, facts) {
  const kids = cover.children;
  // The paper cover's own fact blocks (.cover-block) give way to these, made from the model for this edition.
  const drop = (n) => isElement(n) && [].concat(n.properties.className ?? []).some((c) => ['pamphlet-facts', 'pamphlet-subtitle', 'edition-facts', 'cover-block'].includes(c));
  const h1 = kids.findIndex((n) => isElement(n, 'h1'));
  if (h1 < 0) throw new Error('the pamphlet’s cover has no <h1>');
  const rest = kids.filter((n, i) => i > h1 && !drop(n));
  cover.children = [
    ...kids.slice(0, h1 + 1),
    h('p', { className: ['pamphlet-subtitle'] }, facts.subtitle),
    coverFacts(facts),
    ...rest,
  ];
}

/**
 * The colophon: about this edition, what the explainer is and who made it, the article, rights.
 * @param {Awaited<ReturnType<typeof editionFacts>>} facts
 * @param {{ edition: string, madeFrom: string, extra?: string[] }} about e.g. "This EPUB edition"
 */
export function colophon(facts, { edition, madeFrom, extra = [] }) {
  return h('section', { className: ['pamphlet-appendix', 'edition-colophon'], id: 'colophon', ariaLabelledBy: 'colophon-title' }, [
    h('h2', { id: 'colophon-title' }, 'About this edition'),
    h('p', [`${edition} of “${facts.name}” was made from its pamphlet on the web, `, h('a', { href: madeFrom }, madeFrom), '.']),
    h('h3', { id: 'colophon-explainer' }, 'This explainer'),
    factList(facts.explainer),
    h('h3', { id: 'colophon-article' }, facts.work.heading),
    factList(facts.article),
    h('p', { className: ['pamphlet-note'] }, facts.rights),
    ...extra.map((line) => h('p', { className: ['pamphlet-note'] }, line)),
  ]);
}
