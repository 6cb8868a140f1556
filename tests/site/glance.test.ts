// Evidence at a glance, on the built site: at the head of each claim's notes and on the home page (one for the whole
// article, one per claim in the outline), how many statements have each status, as a bar (one cell per statement) and
// as words. The counts are the model's statements counted here afresh, the parts come in the legend's order, every
// part's link lands on an element of its status (the first such note on the claim page, or the list of them all on
// /sources/), and the caption says it all in words. The printed editions (pamphlet, PDFs, EPUB) do not carry it.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { $, $$, claimPagesInOrder, fileOf, htmlPages, loadPage, type Page } from '../helpers/dist.ts';
import { model } from '../helpers/explainer.ts';
import { STATUS_ORDER, type Statement, type StatementStatus } from '../../src/model/build.ts';
import { STATUS_SHORT, STATUS_WORDS } from '../../src/lib/render/status.ts';

const m = model();
const claims = claimPagesInOrder();
const home = loadPage(fileOf('/')!);

/** Statements in reading order: all of them, or a claim's. */
const statementsOf = (from = 1, to = m.paragraphs.length): Statement[] =>
  Array.from({ length: to - from + 1 }, (_, i) => m.statements[from + i] ?? []).flat();
/** status → how many, in STATUS_ORDER, statuses with none left out. */
const counted = (list: Statement[]): [StatementStatus, number][] =>
  STATUS_ORDER.map((st) => [st, list.filter((s) => s.status === st).length] as [StatementStatus, number]).filter(([, n]) => n > 0);

const statusOf = (a: Element) => (a.properties.className as string[]).find((c) => c.startsWith('g-'))!.slice(2) as StatementStatus;

interface Figure {
  bar: { status: StatementStatus; cells: number; href: string; tabIndex: unknown }[];
  key: { status: StatementStatus; text: string; href: string }[];
  caption: string;
  figure: Element;
}
function read(figure: Element): Figure {
  return {
    figure,
    bar: $$(figure, '.glance-bar > a').map((a) => ({ status: statusOf(a), cells: $$(a, 'i').length, href: String(a.properties.href), tabIndex: a.properties.tabIndex })),
    key: $$(figure, 'figcaption a').map((a) => ({ status: statusOf(a), text: toString(a), href: String(a.properties.href) })),
    caption: toString($(figure, 'figcaption')!).replace(/\s+/g, ' ').trim(),
  };
}

/** The figure shows `expected` in its bar and its words, in that order, and its caption says the total. */
function expectCounts(f: Figure, expected: [StatementStatus, number][], where: string, label = '') {
  expect(f.bar.map((p) => [p.status, p.cells]), `${where}: the bar`).toEqual(expected);
  expect(f.key.map((k) => k.text), `${where}: the counts in words`).toEqual(expected.map(([st, n]) => `${n} ${STATUS_SHORT[st]}`));
  const total = expected.reduce((n, [, k]) => n + k, 0);
  expect(f.caption, `${where}: the text equivalent`).toBe(`${label}${total} statement${total === 1 ? '' : 's'}: ${expected.map(([st, n]) => `${n} ${STATUS_SHORT[st]}`).join(', ')}.`);
  // A bar part and its words lead to the same place.
  expect(f.bar.map((p) => p.href)).toEqual(f.key.map((k) => k.href));
}

/** The element a link lands on: [page, element]. */
function target(href: string, from: Page): [Page, Element | undefined] {
  const [path, id] = href.split('#');
  const page = path ? loadPage(fileOf(path)!) : from;
  return [page, $(page.tree, `[id="${id}"]`)];
}
/** A note's status, as its status word's class says (`status-verified` …). */
const noteStatus = (el: Element) => ($(el, '.status')?.properties.className as string[] | undefined)?.find((c) => c.startsWith('status-'))?.slice(7);

describe('on each claim page', () => {
  it('heads the notes: the first thing in the article’s text, once, not the article’s words', () => {
    for (const page of claims) {
      expect($$(page.tree, 'figure.glance').length, page.url).toBe(1);
      const quoted = $(page.tree, '.article-text > .quoted')!;
      const first = quoted.children.find((c): c is Element => c.type === 'element');
      expect((first?.properties.className as string[]).includes('glance'), page.url).toBe(true);
      expect(first?.properties.dataNotArticle, `${page.url}: left out of search, copy and the fidelity checks`).toBeDefined();
    }
  });

  it('counts exactly the statements of each status in the claim’s paragraphs, in the legend’s order', () => {
    for (const [i, page] of claims.entries()) {
      const claim = m.claims[i]!;
      expectCounts(read($(page.tree, 'figure.glance')!), counted(statementsOf(claim.paragraphs.from, claim.paragraphs.to)), page.url);
    }
  });

  it('leads each part to the first note of its status on the page', () => {
    for (const page of claims) {
      const f = read($(page.tree, 'figure.glance')!);
      const notes = $$(page.tree, '.statement-notes > li[id]');
      for (const part of f.key) {
        expect(part.href, page.url).toMatch(/^#note-/);
        const [, el] = target(part.href, page);
        expect(el && noteStatus(el), `${page.url} ${part.href}`).toBe(part.status);
        expect(notes.find((n) => noteStatus(n) === part.status), `${page.url}: the first ${part.status} note`).toBe(el);
      }
    }
  });
});

describe('on the home page', () => {
  const figures = $$(home.tree, 'figure.glance');

  it('one for the whole article before the outline, and one per claim in it', () => {
    expect(figures.length).toBe(m.claims.length + 1);
    expect($$(home.tree, 'ol.outline > li').map((li) => $$(li, 'figure.glance').length)).toEqual(m.claims.map(() => 1));
  });

  it('the whole article’s counts every statement of the article; each claim’s, its own', () => {
    expectCounts(read(figures[0]!), counted(statementsOf()), 'whole article', 'The whole article, ');
    $$(home.tree, 'ol.outline > li').forEach((li, i) => {
      const c = m.claims[i]!;
      expectCounts(read($(li, 'figure.glance')!), counted(statementsOf(c.paragraphs.from, c.paragraphs.to)), c.href);
    });
  });

  it('a claim’s parts lead to the first note of their status on its page', () => {
    $$(home.tree, 'ol.outline > li').forEach((li, i) => {
      const c = m.claims[i]!;
      for (const part of read($(li, 'figure.glance')!).key) {
        expect(part.href.startsWith(`${c.href}#note-`), part.href).toBe(true);
        const [page, el] = target(part.href, home);
        expect(el && noteStatus(el), part.href).toBe(part.status);
        expect($$(page.tree, '.statement-notes > li[id]').find((n) => noteStatus(n) === part.status)).toBe(el);
      }
    });
  });

  it('the whole article’s lead to the list of them all on /sources/ where there is one, else to the first one’s note', () => {
    const all = statementsOf();
    for (const part of read(figures[0]!).key) {
      const [page, el] = target(part.href, home);
      expect(el, part.href).toBeDefined();
      if (page.url === '/sources/') {
        // The heading of that status's list, and the list holds every statement of it.
        expect(toString(el!), part.href).toBe(STATUS_WORDS[part.status]);
        const list = $$(page.tree, `#${part.status} ~ ul.ref-list`)[0];
        expect($$(list!, ':scope > li').length, part.href).toBe(all.filter((s) => s.status === part.status).length);
      } else {
        expect(noteStatus(el!), part.href).toBe(part.status);
        const first = all.find((s) => s.status === part.status)!;
        expect(part.href).toBe(`${m.paragraphs[first.paragraph - 1]!.href.split('#')[0]}#note-${first.noteOf}`);
      }
    }
  });
});

describe('wherever it is', () => {
  const pages = htmlPages().filter((p) => p.html.includes('class="glance"'));

  it('is only on the home page and the claim pages: not in the pamphlet, so not in the PDFs, the EPUB or the offline copy', () => {
    expect(pages.map((p) => p.url).sort()).toEqual(['/', ...claims.map((c) => c.url)].sort());
  });

  it('gives its text equivalent as the caption, for everyone; the bar is for the eye and the pointer, out of the Tab order', () => {
    for (const page of pages) {
      for (const figure of $$(page.tree, 'figure.glance')) {
        const f = read(figure);
        expect(f.key.length, page.url).toBeGreaterThan(0);
        expect($(figure, '.glance-bar')!.properties.ariaHidden, page.url).toBe('true');
        for (const p of f.bar) expect(p.tabIndex, page.url).toBe(-1);
        expect(figure.properties.ariaHidden, page.url).toBeUndefined();
      }
    }
  });
});

describe('the model', () => {
  it('tallies the whole article as the sum of its claims', () => {
    const sum = new Map<StatementStatus, number>();
    for (const c of m.claims) for (const t of c.tally) sum.set(t.status, (sum.get(t.status) ?? 0) + t.count);
    expect(m.tally.map((t) => [t.status, t.count])).toEqual(STATUS_ORDER.filter((st) => sum.has(st)).map((st) => [st, sum.get(st)]));
    for (const c of m.claims) expect(c.tally.map((t) => t.status), c.slug).toEqual(c.statuses);
  });
});
