// The parts an explainer may leave out (actors, sources, glossary, timeline): a part the content has gets its
// pages, its link in every page's header and its appendix in the pamphlet; a part it does not have gets none of
// these, in no format (pages, sitemap, pamphlet and its PDFs, the offline copy, the EPUB), and no section
// anywhere is left with a heading and nothing under it. Holds for any explainer (scripts/test.ts): the main
// explainer has every part, tests/fixtures/explainers/library-speech none.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_PARTS } from '../../src/model/build.ts';
import { $, $$, DIST, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { i18n, model, siteUrl } from '../helpers/explainer.ts';

/** Where each part lives on the site, and its appendix in the pamphlet (the timeline has none). */
const PART = {
  actors: { path: '/actors/', appendix: 'appendix-actors' },
  sources: { path: '/sources/', appendix: 'appendix-sources' },
  glossary: { path: '/glossary/', appendix: 'appendix-glossary' },
  timeline: { path: '/timeline/', appendix: undefined },
} as const;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The site's own paths an element's links lead to (absolute links to the site included). */
const linkedPaths = (root: Parameters<typeof $$>[0]) =>
  $$(root, 'a[href]').flatMap((a) => {
    const url = new URL(String(a.properties.href), siteUrl());
    return url.origin === siteUrl().origin ? [url.pathname] : [];
  });

/** The offline copy and the EPUB's documents, parsed. */
function takeAway(): { where: string; tree: ReturnType<typeof fromHtml> }[] {
  const offline = join(DIST, 'explainer.html');
  const epub = join(DIST, 'explainer.epub');
  const entries = existsSync(epub) ? unzipSync(new Uint8Array(readFileSync(epub))) : {};
  return [
    ...(existsSync(offline) ? [{ where: 'explainer.html', tree: fromHtml(readFileSync(offline, 'utf8')) }] : []),
    ...Object.keys(entries)
      .filter((name) => name.endsWith('.xhtml'))
      .map((name) => ({ where: `explainer.epub/${name}`, tree: fromHtml(strFromU8(entries[name]!)) })),
  ];
}

describe('the optional parts', () => {
  for (const part of OPTIONAL_PARTS) {
    const { path, appendix } = PART[part];
    it(`${part}: a page, a header link and an appendix exactly when the content has any`, () => {
      const has = model().parts[part];
      expect(has).toBe({ actors: model().actors, sources: model().sources, glossary: model().terms, timeline: model().events }[part].length > 0);
      expect(existsSync(join(DIST, path, 'index.html')), `${path} built`).toBe(has);
      const pamphlet = loadPage(fileOf('/pamphlet/')!);
      if (appendix) {
        expect(!!$(pamphlet.tree, `#${appendix}`), `the pamphlet's #${appendix}`).toBe(has);
        for (const { where, tree } of takeAway()) if (!has) expect($(tree, `#${appendix}`), where).toBeFalsy();
      }
      const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
      expect(sitemap.includes(new URL(path, siteUrl()).href), `the sitemap lists ${path}`).toBe(has);
      for (const page of htmlPages()) {
        const nav = $(page.tree, 'header.site-header nav');
        if (nav) expect(linkedPaths(nav).includes(path), `${page.url}: the header links ${path}`).toBe(has);
        if (!has)
          expect(
            linkedPaths(page.tree).filter((p) => p.startsWith(path)),
            `${page.url} links the missing ${part}`,
          ).toEqual([]);
      }
      if (!has)
        for (const { where, tree } of takeAway())
          expect(
            linkedPaths(tree).filter((p) => p.startsWith(path)),
            where,
          ).toEqual([]);
    });
  }

  it('the pamphlet letters the appendices it has A, B, C… (its dictionary’s letters) in order, as its contents list them', () => {
    const pamphlet = loadPage(fileOf('/pamphlet/')!);
    const letters = i18n().t('appendix.letters').split(/\s+/);
    const headings = $$(pamphlet.tree, 'section.pamphlet-appendix[id^="appendix-"] > h2').map((h) => squash(toString(h)));
    // How to cite and the method are always there.
    expect(headings.length).toBeGreaterThanOrEqual(2);
    headings.forEach((h, i) => expect(h.startsWith(squash(i18n().t('appendix.heading', { letter: letters[i]!, label: '' }))), h).toBe(true));
    const listed = $$(pamphlet.tree, 'nav.pamphlet-contents li[data-kind="appendix"] .toc-number').map((n) => squash(toString(n)));
    expect(listed).toEqual(letters.slice(0, headings.length));
  });

  it('leaves no section with a heading and nothing under it, on any page, in the pamphlet or the offline copy', () => {
    const empty = (section: Element) => {
      const rest = { ...section, children: section.children.filter((c) => !(c.type === 'element' && /^h[1-6]$/.test(c.tagName))) };
      return !squash(toString(rest)) && !$(rest, 'img, svg, form, input');
    };
    const found = [...htmlPages().map((p) => ({ where: p.url, tree: p.tree })), ...takeAway()].flatMap(({ where, tree }) =>
      $$(tree, 'section, aside')
        .filter(empty)
        .map((s) => `${where}: ${squash(toString(s)) || s.properties.id || s.properties.ariaLabelledBy}`),
    );
    expect(found).toEqual([]);
  });
});
