// The built /pamphlet/ page, read once by the formats made from it (the EPUB, the offline copy): its tree, its
// <article>, its cover, and the address it stands at. Only the body is taken from it; what the formats say about
// themselves comes from the model. A missing part fails naming it, and so does a page built from other content
// or for another address than the outputs are made for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { OutputContext } from '../context.ts';
import { EDITIONS } from './editions.ts';
import { textOf } from './hast.ts';

export interface PamphletPage {
  file: string;
  tree: Root;
  /** Its <article class="pamphlet">: the parts, in reading order. */
  article: Element;
  /** Its <header class="pamphlet-cover">. */
  cover: Element;
  /** Where the page stands on the site (relative links resolve against it). */
  pageUrl: URL;
}

export function need<T>(node: T | undefined | null, what: string, file: string): T {
  if (!node) throw new Error(`${file}: no ${what}; is it the built /pamphlet/ page? (run \`npm run build\` first)`);
  return node;
}

/** The full edition's page of the built site, checked against the model and the site's address. */
export function readPamphlet({ dist, model, site }: Pick<OutputContext, 'dist' | 'model' | 'site'>): PamphletPage {
  const path = EDITIONS.full.path;
  const file = join(dist, ...path.split('/').filter(Boolean), 'index.html');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build the site first (\`npm run build\`), or pass --dist <dir>`);
  }
  const tree = fromHtml(source);
  const pageUrl = new URL(path, site);
  const canonical = String(need(select('link[rel~=canonical]', tree), '<link rel="canonical">', file).properties.href);
  if (canonical !== pageUrl.href)
    throw new Error(`${file} was built for ${canonical}, these formats for ${pageUrl.href}: make them with the SITE_URL the site was built with`);
  const article = need(select('article.pamphlet', tree), '<article class="pamphlet">', file);
  const cover = need(select('header.pamphlet-cover', article), 'cover (header.pamphlet-cover)', file);
  const title = textOf(need(select('h1', cover), 'cover title (h1)', file));
  if (title !== model.explainer.site.name) {
    throw new Error(
      `${file}: the cover says “${title}”, the content “${model.explainer.site.name}”: make the formats with the CONTENT_DIR the site was built from`,
    );
  }
  return { file, tree, article, cover, pageUrl };
}
