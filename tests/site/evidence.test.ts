// Evidence a reader can check statement by statement (issue 10), on the built
// site: one mark per statement, right after it; every paragraph marked (or
// listed here with a reason); no verified mark from a definition or reference
// work; every source says what it is, weak ones visibly; descriptions never
// in quotation marks; caveats shown whatever the status; each page's legend
// lists exactly the statuses its marks use.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { $, $$, articleText, claimPagesInOrder, htmlPages, loadPage, fileOf } from '../helpers/dist';
import { golden, model } from '../helpers/explainer';

/** Paragraphs that may carry no mark at all, each with its reason. None today. */
const UNMARKED: Record<number, string> = {};

const claims = claimPagesInOrder();
const statusOf = (mark: Element) => (mark.properties.className as string[]).find((c) => c.startsWith('cite-'))!.slice(5);

describe('marks in the text', () => {
  it('sit right after the words of their statement, one mark per statement', () => {
    for (const page of claims) {
      for (const p of $$(page.tree, 'p[data-p]')) {
        const n = Number(p.properties.dataP);
        const expected = model().statements[n] ?? [];
        const marks = $$(p, 'a.cite[id]');
        expect(marks.map((m) => m.properties.id), `¶${n}`).toEqual(expected.map((s) => s.id));
        // The article's text up to each mark ends with the statement's words.
        const text = golden()[n - 1]!;
        for (const s of expected) expect(text.slice(0, s.end).endsWith(s.quote), `¶${n} ${s.id}`).toBe(true);
      }
    }
  });

  it('never come in a row: no two marks without the article’s words between them', () => {
    for (const page of claims) {
      for (const p of $$(page.tree, 'p[data-p]')) {
        const kids = p.children.filter((c) => !(c.type === 'text' && c.value === ''));
        kids.forEach((c, i) => {
          if (c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('cites')) {
            const next = kids[i + 1];
            expect(next?.type === 'element' && (next.properties.className as string[] | undefined)?.includes('cites'), `${page.url}#${p.properties.id}`).toBe(false);
          }
        });
      }
    }
  });

  it('mark every paragraph (crossheads excepted), save the listed exceptions', () => {
    const crossheads = new Set(model().explainer.article.crossheads);
    for (const page of claims) {
      for (const p of $$(page.tree, 'p[data-p]')) {
        const n = Number(p.properties.dataP);
        if (crossheads.has(n) || UNMARKED[n]) continue;
        expect($$(p, 'a.cite').length, `${page.url}#p${n} has no mark`).toBeGreaterThan(0);
      }
    }
  });

  it('never verify a statement with a reference work, a community wiki or background', () => {
    const definitional = new Set(model().sources.filter((s) => s.origin === 'reference' || s.origin === 'community').map((s) => s.anchor));
    for (const page of claims) {
      for (const note of $$(page.tree, '.statement-notes li')) {
        for (const a of $$(note, '.note-source > a')) expect(definitional.has(String(a.properties.href).slice(1)), `${page.url} ${note.properties.id}`).toBe(false);
      }
    }
    for (const s of model().sources) {
      if (s.origin === 'reference' || s.origin === 'community') expect(s.statements, s.id).toEqual([]);
    }
  });
});

describe('sources', () => {
  it('say what they are wherever they are listed; weak origins say so', () => {
    const pages = [...claims, loadPage(fileOf('/sources/')!), ...htmlPages().filter((p) => p.url.startsWith('/sources/') || p.url.startsWith('/actors/'))];
    let weak = 0;
    for (const page of pages) {
      for (const li of $$(page.tree, '.source-entries > li, .ref-list > li').filter((l) => String($(l, 'a')?.properties.href ?? '').startsWith('/sources/') && $(l, '.ref-meta'))) {
        const origin = $(li, '.origin');
        expect(origin, `${page.url}: a source without its origin`).toBeTruthy();
        const id = String($(li, 'a')?.properties.href).split('/')[2];
        const source = model().sources.find((s) => s.id === id);
        if (source?.weak) {
          weak++;
          expect($(li, '.weak'), `${page.url}: ${id} is weak and must say so`).toBeTruthy();
        }
      }
    }
    expect(weak).toBeGreaterThan(0);
  });

  it('show every caveat, whatever the status', () => {
    for (const s of model().sources.filter((x) => x.caveat)) {
      const page = loadPage(fileOf(s.href)!);
      expect(articleText($(page.tree, 'dl.reference')!), s.id).toContain(s.caveat!);
    }
    expect(model().sources.some((s) => s.caveat && s.status === 'verified')).toBe(true);
  });

  it('write a description as a description, never inside quotation marks', () => {
    const descriptions = model().sources.filter((s) => s.titleIsDescription);
    expect(descriptions.length).toBeGreaterThan(0);
    const title = model().explainer.article;
    const all = htmlPages();
    for (const page of all) {
      for (const d of [...descriptions.map((s) => s.title), ...(title.titleIsDescription ? [title.title] : [])]) {
        expect(page.html.includes(`“${d}`), `${page.url}: “${d.slice(0, 40)}…”`).toBe(false);
        expect(page.html.includes(`"headline":"${d}`), `${page.url}: JSON-LD headline`).toBe(false);
      }
    }
  });
});

describe('the status legend', () => {
  it('on every claim page lists exactly the statuses its marks use', () => {
    for (const page of claims) {
      const used = new Set($$(page.tree, '.quoted a.cite[id]').map(statusOf));
      const legend = $$(page.tree, '.status-legend > div').map((d) => String(d.properties.dataStatus));
      expect(new Set(legend), page.url).toEqual(used);
    }
  });

  it('on /sources/ lists exactly the statuses the marks use on all claim pages', () => {
    const used = new Set(claims.flatMap((page) => $$(page.tree, '.quoted a.cite[id]').map(statusOf)));
    const legend = $$(loadPage(fileOf('/sources/')!).tree, '#method .status-legend > div').map((d) => String(d.properties.dataStatus));
    expect(new Set(legend)).toEqual(used);
  });
});
