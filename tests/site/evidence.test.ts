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
/** A note's status, from its class (`note-<status>`). */
const statusOf = (note: Element) => (note.properties.className as string[]).find((c) => c.startsWith('note-'))!.slice(5);

describe('marks in the text', () => {
  it('sit right after the words of their statement, one mark per statement', () => {
    for (const page of claims) {
      for (const p of $$(page.tree, 'p[data-p]')) {
        const n = Number(p.properties.dataP);
        // Only statements with a label are marked (the article's opinion and facts nobody checked are said in the note).
        const expected = (model().statements[n] ?? []).filter((s) => s.label);
        const marks = $$(p, 'button.cite[id]');
        expect(marks.map((m) => m.properties.id), `¶${n}`).toEqual(expected.map((s) => s.id));
        // The article's text up to each mark ends with the statement's words.
        const text = golden()[n - 1]!;
        for (const s of expected) expect(text.slice(0, s.end).endsWith(s.quote), `¶${n} ${s.id}`).toBe(true);
      }
    }
  });

  it('never come in a row: no two marks without the article’s words between them', () => {
    const isMarks = (c: Element | undefined) => (c?.properties.className as string[] | undefined)?.includes('cites') === true;
    const isGlue = (c: Element | undefined) => (c?.properties.className as string[] | undefined)?.includes('cite-glue') === true;
    const endsWithMarks = (c: Element | undefined): boolean => isMarks(c) || (isGlue(c) && endsWithMarks(c!.children.filter((k) => k.type === 'element').at(-1) as Element | undefined));
    for (const page of claims) {
      for (const p of $$(page.tree, 'p[data-p], p[data-p] .cite-glue')) {
        const kids = p.children.filter((c) => !(c.type === 'text' && c.value === ''));
        kids.forEach((c, i) => {
          if (i > 0 && c.type === 'element' && isMarks(c)) {
            const before = kids[i - 1];
            expect(before?.type === 'element' && endsWithMarks(before), `${page.url}#${p.properties.id}`).toBe(false);
          }
        });
      }
    }
  });

  it('are glued to the word before them: a mark never starts a line', () => {
    for (const page of claims) {
      for (const marks of $$(page.tree, '.quoted .cites')) {
        // Every mark stands inside a nowrap glue with at least the end of the statement's last word.
        expect($$(page.tree, '.cite-glue').some((g) => g.children.includes(marks)), `${page.url} ${$(marks, 'button')?.properties.id}`).toBe(true);
      }
    }
  });

  it('account for every paragraph (crossheads excepted): a note right before it says what was checked', () => {
    const crossheads = new Set(model().explainer.article.crossheads);
    for (const page of claims) {
      const blocks = $$(page.tree, '.quoted > *');
      blocks.forEach((p, i) => {
        const n = Number(p.properties.dataP);
        if (p.tagName !== 'p' || !n || crossheads.has(n) || UNMARKED[n]) return;
        const note = blocks[i - 1];
        expect(note?.properties.dataN, `${page.url}#p${n} has no note`).toBe(String(n));
        expect($$(note!, '.statement-notes > li').length, `${page.url}#p${n}`).toBe(new Set((model().statements[n] ?? []).map((s) => (s.label ? s.id : s.status))).size);
      });
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
  it('on every claim page lists exactly the statuses its notes use', () => {
    for (const page of claims) {
      const used = new Set($$(page.tree, '.quoted .statement-notes > li').map(statusOf));
      const legend = $$(page.tree, '.status-legend > div').map((d) => String(d.properties.dataStatus));
      expect(new Set(legend), page.url).toEqual(used);
    }
  });

  it('on /sources/ lists exactly the statuses the notes use on all claim pages', () => {
    const used = new Set(claims.flatMap((page) => $$(page.tree, '.quoted .statement-notes > li').map(statusOf)));
    const legend = $$(loadPage(fileOf('/sources/')!).tree, '#method .status-legend > div').map((d) => String(d.properties.dataStatus));
    expect(new Set(legend)).toEqual(used);
  });
});
