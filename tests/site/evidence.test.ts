// Evidence a reader can check statement by statement, on the
// built site: one mark per marked statement, right after it ([12], [12*], [12+],
// [?]); no mark for a point our research did not look into or for the article's
// opinion (the paragraph's note says them); every paragraph has a statement; no
// verified mark from a definition or reference work; every source says what it
// is, weak ones visibly; descriptions never in quotation marks; caveats shown
// whatever the status; each page's legend lists exactly the statuses its
// statements have.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { $, $$, articleText, claimPagesInOrder, htmlPages, loadPage, fileOf } from '../helpers/dist.ts';
import { golden, model } from '../helpers/explainer.ts';
import { UNMARKED_STATUSES, type StatementStatus } from '../../src/model/citations.ts';

const claims = claimPagesInOrder();
const statusOf = (mark: Element) => (mark.properties.className as string[]).find((c) => c.startsWith('cite-'))!.slice(5) as StatementStatus;
/** The marks a reader sees: a cite button with a label (a statement without one has no mark). */
const visibleMarks = (root: Root | Element) => $$(root, 'button.cite[id]').filter((m) => String(m.properties.dataLabel ?? '') !== '');
/** The statuses of the statements in a claim page's paragraphs. */
const statusesOn = (page: (typeof claims)[number]) =>
  new Set($$(page.tree, 'p[data-p]').flatMap((p) => (model().statements[Number(p.properties.dataP)] ?? []).map((s) => s.status)));

describe('marks in the text', () => {
  it('sit right after the words of their statement, one mark per marked statement, showing its label', () => {
    for (const page of claims) {
      for (const p of $$(page.tree, 'p[data-p]')) {
        const n = Number(p.properties.dataP);
        const expected = (model().statements[n] ?? []).filter((s) => s.label !== '');
        const marks = visibleMarks(p);
        expect(
          marks.map((m) => [m.properties.id, m.properties.dataLabel]),
          `¶${n}`,
        ).toEqual(expected.map((s) => [s.id, s.label]));
        // The article's text up to each mark ends with the statement's words.
        const text = golden()[n - 1]!;
        for (const s of expected) expect(text.slice(0, s.end).endsWith(s.quote), `¶${n} ${s.id}`).toBe(true);
      }
    }
  });

  it('never come in a row: no two marks without the article’s words between them', () => {
    const isMarks = (c: Element | undefined) => (c?.properties.className as string[] | undefined)?.includes('cites') === true;
    const isGlue = (c: Element | undefined) => (c?.properties.className as string[] | undefined)?.includes('cite-glue') === true;
    const endsWithMarks = (c: Element | undefined): boolean =>
      isMarks(c) || (isGlue(c) && endsWithMarks(c!.children.filter((k) => k.type === 'element').at(-1) as Element | undefined));
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
        expect(
          $$(page.tree, '.cite-glue').some((g) => g.children.includes(marks)),
          `${page.url} ${$(marks, 'button')?.properties.id}`,
        ).toBe(true);
      }
    }
  });

  it('account for every paragraph (crossheads excepted): a note right before it says what was checked', () => {
    const crossheads = new Set(model().explainer.article.crossheads);
    for (const page of claims) {
      const blocks = $$(page.tree, '.quoted > *');
      blocks.forEach((p, i) => {
        const n = Number(p.properties.dataP);
        if (p.tagName !== 'p' || !n || crossheads.has(n)) return;
        expect(model().statements[n]?.length ?? 0, `${page.url}#p${n} has no statement`).toBeGreaterThan(0);
        const note = blocks[i - 1];
        expect(note?.properties.dataN, `${page.url}#p${n} has no note`).toBe(String(n));
        expect($$(note!, '.statement-notes > li').length, `${page.url}#p${n}`).toBe(
          new Set((model().statements[n] ?? []).map((s) => (s.label ? s.id : s.status))).size,
        );
      });
    }
  });

  it('are none for a point our research did not look into or for the article’s opinion: those have no label', () => {
    const statements = Object.values(model().statements).flat();
    const unmarked = statements.filter((s) => UNMARKED_STATUSES.has(s.status));
    expect(unmarked.length).toBeGreaterThan(0);
    for (const s of unmarked) expect(s.label, s.id).toBe('');
    for (const page of claims) {
      for (const m of visibleMarks(page.tree)) expect(UNMARKED_STATUSES.has(statusOf(m)), `${page.url}#${m.properties.id}`).toBe(false);
    }
  });

  it('say missing context with + and not found with ?, never in words', () => {
    const marks = claims.flatMap((page) => visibleMarks(page.tree));
    const labelled = (st: string) => marks.filter((m) => statusOf(m) === st).map((m) => String(m.properties.dataLabel));
    expect(labelled('missing-context').length).toBeGreaterThan(0);
    for (const l of labelled('missing-context')) expect(l).toMatch(/^\[[\d–, ]+\+\]$/);
    expect(labelled('not-found').length).toBeGreaterThan(0);
    for (const l of labelled('not-found')) expect(l).toBe('[?]');
    for (const m of marks) expect(String(m.properties.dataLabel)).not.toMatch(/not (?:found|checked)/);
  });

  it('never verify a statement with a reference work, a community wiki or background', () => {
    const definitional = new Set(
      model()
        .sources.filter((s) => s.origin === 'reference' || s.origin === 'community')
        .map((s) => s.anchor),
    );
    for (const page of claims) {
      for (const note of $$(page.tree, '.statement-notes li')) {
        for (const a of $$(note, '.note-source > a'))
          expect(definitional.has(String(a.properties.href).slice(1)), `${page.url} ${note.properties.id}`).toBe(false);
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
      for (const li of $$(page.tree, '.source-entries > li, .ref-list > li').filter(
        (l) => String($(l, 'a')?.properties.href ?? '').startsWith('/sources/') && $(l, '.ref-meta'),
      )) {
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

  it('show on their own page what the article leaves out, where a source says so', () => {
    const withContext = model().sources.filter((s) => s.supports.some((x) => x.context));
    expect(withContext.length).toBeGreaterThan(0);
    for (const s of withContext) {
      const text = articleText(loadPage(fileOf(s.href)!).tree as never);
      for (const x of s.supports.filter((y) => y.context)) expect(text, s.id).toContain(x.context!);
    }
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
  it('is one tap from every claim page, and has every status its marks and notes use', () => {
    const method = loadPage(fileOf('/method/')!);
    const legend = new Set($$(method.tree, '#statuses .status-legend > div').map((d) => String(d.properties.dataStatus)));
    for (const page of claims) {
      expect($(page.tree, 'aside.sidebar-sources a[href="/method/#statuses"]'), page.url).toBeTruthy();
      for (const st of statusesOn(page)) expect(legend.has(st), `${page.url}: ${st}`).toBe(true);
      for (const m of visibleMarks($(page.tree, '.quoted')!)) expect(legend.has(statusOf(m)), `${page.url}#${m.properties.id}`).toBe(true);
    }
  });

  it('on a claim page says which paragraphs no source backs, each linked to its note', () => {
    for (const page of claims) {
      const line = $(page.tree, 'aside.sidebar-sources .unsourced-entries');
      const unsourced = $$(page.tree, '.quoted .statement-notes > li').filter((li) => !$(li, '.note-source'));
      expect(!!line, page.url).toBe(unsourced.length > 0);
      for (const a of line ? $$(line, 'a') : [])
        expect($(page.tree, `[id="${String(a.properties.href).slice(1)}"]`), `${page.url} ${a.properties.href}`).toBeTruthy();
    }
  });

  it('on /sources/ lists exactly the statuses of all claim pages’ statements', () => {
    const used = new Set(claims.flatMap((page) => [...statusesOn(page)]));
    const legend = $$(loadPage(fileOf('/sources/')!).tree, '#method .status-legend > div').map((d) => String(d.properties.dataStatus));
    expect(new Set(legend)).toEqual(used);
  });

  it('shows the mark each status has, and says where the unmarked ones are told instead', () => {
    const divs = $$(loadPage(fileOf('/sources/')!).tree, '#method .status-legend > div');
    expect(divs.map((d) => d.properties.dataStatus)).toEqual(expect.arrayContaining(['missing-context', 'not-checked', 'opinion']));
    for (const div of divs) {
      const st = String(div.properties.dataStatus);
      const sample = $(div, '.cite');
      if (UNMARKED_STATUSES.has(st as StatementStatus)) {
        expect(sample, st).toBeFalsy();
        expect(articleText(div), st).toContain('no mark; said in the paragraph’s note');
      } else expect(sample, st).toBeTruthy();
    }
  });
});
