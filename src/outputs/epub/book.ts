// The book's content documents, from the built /pamphlet/ page, which already holds the explainer in the order a
// reader needs it (cover, contents, introduction, every claim with the article's text, the appendices). Each
// top-level part becomes one XHTML content document (made plain for readers, ./readers.ts); a colophon from the
// model is added; every link is rewritten by the offline formats' link policy (../pamphlet/links.ts), pointing
// at the file that holds its target.
import type { Element } from 'hast';
import type { I18n } from '../../i18n/core.ts';
import { select, selectAll } from 'hast-util-select';
import { outputI18n, type OutputContext } from '../context.ts';
import { colophon, editionFacts, rewriteCover, type EditionFacts } from '../pamphlet/edition.ts';
import { classesOf, eachElement, isElement } from '../pamphlet/hast.ts';
import { documentIds, ownPages, rewriteLinks } from '../pamphlet/links.ts';
import { need, readPamphlet } from '../pamphlet/page.ts';
import { linkParagraphRefs, partKind, plainForReaders, type PartKind } from './readers.ts';

export interface Part {
  kind: PartKind | 'colophon';
  /** epub:type, where it is not the kind. */
  type?: string;
  node: Element;
  id: string;
  file: string;
}

export interface Book {
  /** The parts, in reading order (the colophon last). */
  parts: Part[];
  /** The pamphlet's contents (nav.pamphlet-contents), for the navigation document. */
  contents: Element;
  facts: EditionFacts;
  /** The built page the book is made from. */
  file: string;
  pageUrl: URL;
}

/** The pamphlet split into its parts, in its order; the contents apart. */
function splitParts(article: Element, file: string, i18n: I18n): { parts: Part[]; contents: Element } {
  const parts: Part[] = [];
  let contents: Element | undefined;
  for (const node of article.children) {
    if (!isElement(node)) continue;
    const kind = partKind(node);
    if (kind === 'contents') contents = node;
    else if (kind) {
      const id = String(node.properties.id ?? kind);
      parts.push({ kind, node: plainForReaders(node, i18n), id, file: `${id}.xhtml` });
    } else if (!classesOf(node).includes('no-print')) {
      throw new Error(`${file}: a part of the pamphlet the EPUB does not know: <${node.tagName} class="${classesOf(node).join(' ')}">`);
    }
  }
  if (!parts.some((p) => p.kind === 'chapter')) throw new Error(`${file}: no claims (section.pamphlet-claim)`);
  return { parts, contents: need(contents, 'contents (nav.pamphlet-contents)', file) };
}

/** Appendices: ¶ references become links back; sources are the book's endnotes. */
function linkAppendices(parts: Part[], paragraphHref: (n: number) => string | undefined): void {
  for (const part of parts.filter((p) => p.kind === 'appendix')) {
    const sources = select('ol.pamphlet-sources', part.node);
    if (sources) {
      part.type = 'endnotes';
      part.node.properties.role = 'doc-endnotes';
      selectAll('.src-status', sources).forEach((s) => linkParagraphRefs(s, paragraphHref, true));
      selectAll(':scope > li', sources).forEach((li) => (li.properties['epub:type'] = 'endnote'));
    }
    linkParagraphRefs(part.node, paragraphHref, false);
  }
}

/** Keep only the ARIA references that still point at something in the same content document. */
function localAria(part: Part): void {
  const local = new Set<string>();
  eachElement(part.node, (node) => void (node.properties.id !== undefined && local.add(String(node.properties.id))));
  eachElement(part.node, (node) => {
    const p = node.properties;
    for (const key of ['ariaDescribedBy', 'ariaLabelledBy']) {
      if (p[key] === undefined) continue;
      const ids = [p[key]]
        .flat()
        .flatMap((v) => String(v).split(/\s+/))
        .filter((id) => local.has(id));
      if (ids.length) p[key] = ids;
      else delete p[key];
    }
  });
}

/** The book's parts from the built pamphlet, with their links pointing inside the book. */
export function assembleBook(context: OutputContext): Book {
  const { file, article, pageUrl } = readPamphlet(context);
  const i18n = outputI18n(context);
  const { parts, contents } = splitParts(article, file, i18n);
  const cover = need(
    parts.find((p) => p.kind === 'cover'),
    'cover (header.pamphlet-cover)',
    file,
  );
  // The cover's facts and the colophon from the model: this explainer apart from the article it explains.
  const facts = editionFacts(context.model, context.site, i18n);
  rewriteCover(cover.node, facts);
  parts.push({
    kind: 'colophon',
    type: 'colophon',
    node: colophon(facts, { edition: i18n.t('edition.epub'), madeFrom: pageUrl.href }),
    id: 'colophon',
    file: 'colophon.xhtml',
  });

  // Where every id lives, so links can name the file.
  const fileOfId = documentIds(
    parts.map((p) => ({ node: p.node, key: p.file })),
    file,
  );
  linkAppendices(parts, (n) => (fileOfId.has(`p${n}`) ? `#p${n}` : undefined));
  const { names } = ownPages(context.model);
  for (const part of parts) {
    const href = (id: string) => {
      const at = fileOfId.get(id);
      return at === undefined ? undefined : at === part.file ? `#${id}` : `${at}#${id}`;
    };
    rewriteLinks(part.node, { pageUrl, href, names });
    localAria(part);
  }
  return { parts, contents, facts, file, pageUrl };
}
