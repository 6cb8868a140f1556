// The glossary and the timeline on the built site: every term listed with its
// anchor and linked from the article's text (or listed below as unlinked on
// purpose); the timeline in date order with every ¶ link resolving; each claim
// page linking to its events; and bad content failing the build with a message
// that names the file, the field and the value.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byDate, relationToArticle } from '../../src/model/dates.ts';
import { model } from '../helpers/explainer.ts';
import { $, $$, articleText, claimPagesInOrder, DIST, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';

const { terms, events } = model();
const claims = claimPagesInOrder();
const glossary = loadPage(join(DIST, 'glossary', 'index.html'));
const timeline = loadPage(join(DIST, 'timeline', 'index.html'));

/**
 * Glossary terms that the article's text need not link, each with the reason.
 * A term the text uses but does not link is a bug (an alias missing, or hidden
 * inside an actor's name); add it here only if that is what we want.
 */
const UNLINKED_ON_PURPOSE: Record<string, string> = {};

describe('glossary', () => {
  it('lists every term once, A–Z, each anchored by its id with a definition', () => {
    const ids = $$(glossary.tree, '.glossary .term h2[id]').map((h) => String(h.properties.id));
    expect([...ids].sort()).toEqual(terms.map((t) => t.id).sort());
    const names = $$(glossary.tree, '.glossary .term h2').map((h) => (h.children[0] as { value: string }).value);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, model().explainer.site.locale)));
    for (const term of $$(glossary.tree, '.glossary .term')) expect($(term, '.ours p:not(.ours-label)')).toBeTruthy();
  });

  it('every term is linked from the article’s text at least once, or listed as unlinked on purpose', () => {
    const linked = new Set(claims.flatMap((p) => $$(p.tree, 'a.mention-term').map((a) => String(a.properties.href))));
    const missing = terms
      .filter((t) => !linked.has(`/glossary/#${t.id}`) && !(t.id in UNLINKED_ON_PURPOSE))
      .map((t) => `${t.id} (${[t.term, ...(t.aliases ?? [])].join(' / ')})`);
    expect(missing).toEqual([]);
    for (const id of Object.keys(UNLINKED_ON_PURPOSE)) expect(linked.has(`/glossary/#${id}`), `${id} is linked after all`).toBe(false);
  });

  it('links a term at most once per page, to the glossary, with a preview card; actors stay actors', () => {
    for (const page of claims) {
      const terms = $$(page.tree, 'a.mention-term');
      const hrefs = terms.map((a) => String(a.properties.href));
      expect(
        hrefs.every((h) => h.startsWith('/glossary/#')),
        page.url,
      ).toBe(true);
      expect(new Set(hrefs).size, `${page.url}: a term linked twice`).toBe(hrefs.length);
      for (const a of terms) {
        const preview = $(page.tree, `[id="${a.properties.ariaDescribedBy}"]`);
        // A popover: a tap opens it in place (the optional script), hover and focus show it (CSS).
        expect(preview?.properties.popover, `${page.url} ${a.properties.href}: an auto popover (the empty value is auto)`).toBe('');
        expect($(preview!, `a[href="${a.properties.href}"]`), 'the card links on to the entry').toBeTruthy();
        expect(preview?.properties.dataNotArticle, 'the card is not the article’s text').toBeDefined();
        // Never inside a heading or another link.
        expect($$(page.tree, 'h1 a.mention-term, h2 a.mention-term, h3 a.mention-term, a a.mention')).toEqual([]);
      }
      // Actor and term passes are separate plugins (unified would merge two uses of one plugin's options).
      expect(
        $$(page.tree, 'a.mention-actor').every((a) => String(a.properties.href).startsWith('/actors/')),
        page.url,
      ).toBe(true);
      expect(
        $$(page.tree, 'a.mention').every((a) => (a.properties.className as string[]).length === 2),
        page.url,
      ).toBe(true);
    }
  });
});

describe('timeline', () => {
  const items = $$(timeline.tree, 'li.event');

  it('lists every event once, in date order', () => {
    const ids = items.map((li) => String(li.properties.id).replace(/^event-/, ''));
    expect([...ids].sort()).toEqual(events.map((e) => e.id).sort());
    const ordered = [...events].sort(byDate).map((e) => e.id);
    expect(ids).toEqual(ordered);
    const datetimes = items.map((li) => String($(li, 'time')!.properties.dateTime));
    expect(datetimes).toEqual(ordered.map((id) => events.find((e) => e.id === id)!.date));
  });

  it('links each event to the paragraphs that refer to it, and every ¶ link resolves', () => {
    for (const li of items) {
      const event = events.find((e) => `event-${e.id}` === li.properties.id)!;
      const links = $$(li, 'a[href*="#p"]').map((a) => String(a.properties.href));
      expect(
        links.map((h) => Number(h.split('#p')[1])),
        event.id,
      ).toEqual(event.paragraphs);
      for (const href of links) {
        const [path, id] = href.split('#');
        const file = fileOf(path!);
        expect(file, href).toBeDefined();
        expect($(loadPage(file!).tree, `[id="${id}"][data-p]`), href).toBeTruthy();
      }
    }
  });

  it('says openly when the article does not refer to an event: background, or after the article', () => {
    for (const li of items) {
      const event = events.find((e) => `event-${e.id}` === li.properties.id)!;
      const tag = $(li, '.tag');
      const relation = relationToArticle(event, model().explainer.article.writtenBy);
      expect((li.properties.className as string[]).includes(relation), event.id).toBe(true);
      if (relation === 'in-article') expect(tag, event.id).toBeFalsy();
      else expect((tag!.children[0] as { value: string }).value, event.id).toBe(relation === 'after' ? 'After the article' : 'Background: not in the article');
    }
    expect(events.some((e) => relationToArticle(e, model().explainer.article.writtenBy) === 'after')).toBe(true);
  });

  it('has a visual scale drawn at build time (no script), decorative beside the list', () => {
    const svgs = $$(timeline.tree, 'figure.scale svg');
    expect(svgs.length).toBe(3);
    for (const svg of svgs) {
      expect(svg.properties.ariaHidden).toBe('true');
      expect($$(svg, 'circle, rect.mark').length).toBeGreaterThan(0);
    }
    expect($(timeline.tree, 'main script')).toBeFalsy();
  });

  it('each claim page links to the timeline, where each event its paragraphs refer to links back to them', () => {
    for (const page of claims) {
      const pars = $$(page.tree, '.quoted [data-p]').map((p) => Number(p.properties.dataP));
      const ours = [...events].filter((e) => e.paragraphs.some((n) => pars.includes(n)));
      const link = $$(page.tree, '.reviewed a[href="/timeline/"]');
      expect(link.length, page.url).toBe(ours.length > 0 ? 1 : 0);
      if (ours.length) expect(articleText(link[0]!), page.url).toContain(`${ours.length === 1 ? 'its date' : `its ${ours.length} dates`} on the timeline`);
      for (const e of ours) {
        const entry = $(timeline.tree, `[id="event-${e.id}"]`);
        expect(entry, e.id).toBeTruthy();
        for (const n of e.paragraphs.filter((x) => pars.includes(x))) {
          expect($(entry!, `a[href="${page.url}#p${n}"]`), `${e.id} → ${page.url}#p${n}`).toBeTruthy();
        }
      }
    }
  });
});

describe('new pages', () => {
  it('are in the site navigation on every page', () => {
    for (const page of htmlPages()) {
      const nav = $$(page.tree, 'header nav a').map((a) => String(a.properties.href));
      expect(nav, page.url).toEqual(expect.arrayContaining(['/glossary/', '/timeline/']));
    }
  });
});

// ---- Bad input: the real build fails, naming file, field and value. ----
