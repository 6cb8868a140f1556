// Actors and sources on the built site: sidebars, "what links here", citation
// marks that resolve both ways (the evidence rules themselves: evidence.test.ts).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { $, $$, articleText, claimPagesInOrder, DIST, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { model } from '../helpers/explainer.ts';

const claims = claimPagesInOrder();

describe('claim page sidebars', () => {
  it('every claim page has both sidebars as labelled landmarks with at least one entry', () => {
    for (const page of claims) {
      const actors = $(page.tree, 'aside.sidebar-actors[aria-labelledby]');
      const sources = $(page.tree, 'aside.sidebar-sources[aria-labelledby]');
      expect(actors, page.url).toBeTruthy();
      expect(sources, page.url).toBeTruthy();
      expect($(actors!, 'h2'), page.url).toBeTruthy();
      expect($(sources!, 'h2'), page.url).toBeTruthy();
      expect($$(actors!, 'li a[href^="/actors/"]').length, page.url).toBeGreaterThan(0);
      // A source, or the line that says openly which paragraphs have none.
      expect($$(sources!, 'li').length + $$(sources!, '.unsourced-entries a').length, page.url).toBeGreaterThan(0);
      // Sidebars sit beside <main>, never inside the article text.
      expect($(page.tree, 'main aside'), page.url).toBeFalsy();
    }
  });

  it('lists every actor whose mention is linked in the section text', () => {
    for (const page of claims) {
      const linked = new Set($$(page.tree, 'a.mention-actor').map((a) => String(a.properties.href)));
      const listed = new Set($$(page.tree, 'aside.sidebar-actors li a').map((a) => String(a.properties.href)));
      for (const href of linked) expect(listed.has(href), `${page.url} links ${href} but does not list it`).toBe(true);
    }
  });
});

describe('names in the text', () => {
  it('are linked on their first mention on a page only, so the text stays quiet', () => {
    for (const page of claims) {
      const hrefs = $$(page.tree, '.quoted a.mention').map((a) => String(a.properties.href));
      expect(new Set(hrefs).size, `${page.url}: a name or term linked twice`).toBe(hrefs.length);
    }
  });
});

describe('actors sidebar order', () => {
  it('lists actors in the order the section first names them, as a reader meets them', () => {
    for (const page of claims) {
      const inText = [...new Set($$(page.tree, 'a.mention-actor').map((a) => String(a.properties.href)))];
      // Every actor it names, linked or not (a name every reader knows is not linked: `linkInText: false`), in the
      // order of its first mention, then those its frontmatter adds: the model's list, in the model's order.
      const listed = $$(page.tree, 'aside.sidebar-actors li a').map((a) => String(a.properties.href));
      const claim = model().claims.find((c) => c.href === page.url)!;
      expect(listed, page.url).toEqual(claim.actors.map((id) => model().actors.find((a) => a.id === id)!.href));
      expect(
        listed.filter((href) => inText.includes(href)),
        page.url,
      ).toEqual(inText);
    }
  });
});

describe('citation marks', () => {
  it('resolve both ways: mark → its note → the sources in the sidebar → back to the mark', () => {
    let marks = 0;
    for (const page of claims) {
      for (const mark of $$(page.tree, 'button.cite[id]')) {
        marks++;
        // The mark opens its own note in place (a popover).
        const href = `#${String(mark.properties.popoverTarget)}`;
        expect(href, `${page.url}: ${mark.properties.id}`).toBe(`#note-${mark.properties.id}`);
        const note = $(page.tree, `li[id="${href.slice(1)}"][popover]`);
        expect(note, `${page.url}: ${href} has no note`).toBeTruthy();
        expect($$(note!, 'a.note-back').map((a) => a.properties.href)).toContain(`#${mark.properties.id}`);
        for (const src of $$(note!, '.note-source > a')) {
          const entry = $(page.tree, `aside.sidebar-sources li[id="${String(src.properties.href).slice(1)}"]`);
          expect(entry, `${page.url}: ${src.properties.href} has no sidebar entry`).toBeTruthy();
          expect(
            $$(entry!, '.backlinks a').map((a) => a.properties.href),
            `${page.url}: ${src.properties.href} does not link back`,
          ).toContain(`#${mark.properties.id}`);
        }
      }
      for (const back of $$(page.tree, 'aside.sidebar-sources a[href^="#s"]')) {
        expect(
          $(page.tree, `button.cite[id="${String(back.properties.href).slice(1)}"]`),
          `${page.url}: dangling back-link ${back.properties.href}`,
        ).toBeTruthy();
      }
    }
    expect(marks).toBeGreaterThan(40);
  });

  it('show a partly verified caveat where the reader meets the statement (¶5: Fox News, not Truth Social)', () => {
    const page = loadPage(fileOf('/after-anchorage/')!);
    const note = $(page.tree, 'div.para-note[aria-label="Notes on paragraph 5"]');
    expect(note).toBeTruthy();
    expect(articleText(note!)).toMatch(/Partly verified\..*Fox News/);
    expect(articleText(note!)).not.toMatch(/\bVerified\./);
  });
});

describe('actor and source pages', () => {
  const actorPages = htmlPages().filter((p) => /^\/actors\/[^/]+\/$/.test(p.url));
  const sourcePages = htmlPages().filter((p) => /^\/sources\/[^/]+\/$/.test(p.url));

  it('exist for about 25 or more actors, each listing at least one mention that links to its ¶', () => {
    expect(actorPages.length).toBeGreaterThanOrEqual(25);
    for (const page of actorPages) {
      const links = $$(page.tree, '.mentions-list a[href*="#p"]');
      expect(links.length, page.url).toBeGreaterThan(0);
      expect($$(page.tree, '.mentions-list mark').length, page.url).toBe(links.length);
    }
  });

  it('/actors/ groups actors by kind and links every actor page', () => {
    const index = loadPage(join(DIST, 'actors/index.html'));
    expect($$(index.tree, 'h2').map(articleText)).toEqual(expect.arrayContaining(['People', 'States']));
    const linked = new Set($$(index.tree, 'main a[href^="/actors/"]').map((a) => String(a.properties.href)));
    for (const page of actorPages) expect(linked.has(page.url), page.url).toBe(true);
  });

  it('every source page gives the full reference with an absolute URL from the research', () => {
    expect(sourcePages.length).toBeGreaterThan(20);
    for (const page of sourcePages) {
      const url = $(page.tree, 'dl.reference a.url');
      expect(String(url?.properties.href), page.url).toMatch(/^https?:\/\//);
      expect($(page.tree, '.status-verified, .status-partly-verified'), page.url).toBeTruthy();
      expect($(page.tree, 'dl.reference .origin'), page.url).toBeTruthy();
    }
  });

  it('/sources/ explains the method and lists the statements with no source', () => {
    const index = loadPage(join(DIST, 'sources/index.html'));
    expect(articleText($(index.tree, '#method')!)).toMatch(/Partly verified/);
    expect(articleText(index.tree as never)).toMatch(/Statements with no source/);
    expect($(index.tree, '#not-found')).toBeTruthy();
    expect($(index.tree, '#not-checked')).toBeTruthy();
    expect($(index.tree, '#opinion')).toBeTruthy();
  });
});
