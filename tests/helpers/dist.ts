// Read the built site (dist/) as a reader's browser would receive it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { walkFiles, urlPathOf } from '../../src/lib/files.ts';
import { FORMATS } from '../../src/outputs/formats.ts';

// DIST_DIR lets parallel work build and test into separate folders (astro build --outDir X).
export const DIST = process.env.DIST_DIR ?? 'dist';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (which builds first) or `npm run build`.');
  }
}

export const distFiles = (): string[] => (assertBuilt(), walkFiles(DIST));

/** URL path of a built HTML file: dist/a/index.html → /a/, dist/404.html → /404.html */
export const urlOf = (file: string): string => urlPathOf(DIST, file);

/** The file a URL path is served from, or undefined. */
export function fileOf(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  for (const candidate of [join(DIST, clean), join(DIST, clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface Page {
  file: string;
  url: string;
  html: string;
  tree: Root;
}

const cache = new Map<string, Page>();

export function loadPage(file: string): Page {
  let page = cache.get(file);
  if (!page) {
    const html = readFileSync(file, 'utf8');
    page = { file, url: urlOf(file), html, tree: fromHtml(html) };
    cache.set(file, page);
  }
  return page;
}

/** The downloadable formats' files (dist/explainer.html…): documents to take away, not pages of the site. */
export const isFormatFile = (file: string): boolean => FORMATS.some((f) => join(DIST, f.file) === file);

/** Every page of the site (not the downloadable formats, tested on their own: tests/site/downloads.test.ts, tests/browser/offline.test.ts). */
export const htmlPages = (): Page[] =>
  distFiles()
    .filter((f) => f.endsWith('.html') && !isFormatFile(f))
    .map(loadPage);

export const $ = (tree: Root | Element, selector: string) => select(selector, tree);
export const $$ = (tree: Root | Element, selector: string) => selectAll(selector, tree);

/** Text of an element as the article's words: explainer additions (data-not-article) removed. */
export function articleText(el: Element): string {
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children
      .filter((c) => !(c.type === 'element' && c.properties?.dataNotArticle !== undefined))
      .map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return toString(strip(el));
}

/** Claim pages in reading order, as the home page's outline lists them. */
export function claimPagesInOrder(): Page[] {
  const home = loadPage(join(DIST, 'index.html'));
  return $$(home.tree, 'ol.outline > li > a').map((a) => {
    const file = fileOf(String(a.properties.href));
    if (!file) throw new Error(`home page links to ${a.properties.href}, which was not built`);
    return loadPage(file);
  });
}
