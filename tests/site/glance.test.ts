// Evidence at a glance, as built: an SVG bar (one part per status, each a box as wide as its share of the statements)
// and its caption, the text equivalent: the counts in words, each a link, each after a swatch drawn as its part. On
// the home page (the whole article, then each claim in the outline), at the head of each claim's notes, and in the
// pamphlet's two editions (each claim; the full one also the whole article, in its method appendix), so in the PDFs,
// the EPUB (tests/formats/epub.test.ts) and the offline copy. The counts are the model's statements counted here
// afresh, the parts come in the legend's order, every link lands on an element of its status, and each status is
// drawn the same way everywhere and differently from every other (shapes, not colour: the drawing has none).
import { join } from 'node:path';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { $, $$, claimPagesInOrder, DIST, fileOf, htmlPages, loadPage, type Page } from '../helpers/dist.ts';
import { model } from '../helpers/explainer.ts';
import type { Statement, StatementStatus } from '../../src/model/build.ts';
import { STATUS_ORDER } from '../../src/model/citations.ts';
import { STATUS_SHORT, STATUS_WORDS } from '../../src/lib/render/status.ts';

const m = model();
const claims = claimPagesInOrder();
const home = loadPage(fileOf('/')!);
const pamphlet = loadPage(join(DIST, 'pamphlet', 'index.html'));
const handout = loadPage(join(DIST, 'pamphlet', 'handout', 'index.html'));
const offline = loadPage(join(DIST, 'explainer.html'));

/** Statements in reading order: all of them, or a claim's. */
const statementsOf = (from = 1, to = m.paragraphs.length): Statement[] => Array.from({ length: to - from + 1 }, (_, i) => m.statements[from + i] ?? []).flat();
/** status → how many, in STATUS_ORDER, statuses with none left out. */
const counted = (list: Statement[]): [StatementStatus, number][] =>
  STATUS_ORDER.map((st) => [st, list.filter((s) => s.status === st).length] as [StatementStatus, number]).filter(([, n]) => n > 0);
const ofClaim = (i: number) => counted(statementsOf(m.claims[i]!.paragraphs.from, m.claims[i]!.paragraphs.to));
const words = (expected: [StatementStatus, number][]) => expected.map(([st, n]) => `${n} ${STATUS_SHORT[st]}`);

const statusOf = (box: Element | undefined) =>
  ((box?.properties.className as string[] | undefined) ?? []).find((c) => c.startsWith('g-'))?.slice(2) as StatementStatus | undefined;
/** A box's drawing: what is inside it, as markup (its colour is its class's, outside the drawing). */
const drawing = (box: Element | undefined) => (box ? toHtml(box.children, { space: 'svg' }) : '');

interface Figure {
  figure: Element;
  viewBox: number[];
  parts: { status?: StatementStatus; x: number; width: number; href: string; tabIndex: unknown; drawing: string }[];
  key: { status?: StatementStatus; text: string; href: string; hidden: unknown; drawing: string }[];
  caption: string;
}
function read(figure: Element): Figure {
  const bar = $(figure, 'svg.glance-bar');
  return {
    figure,
    viewBox: String(bar?.properties.viewBox ?? '')
      .split(/\s+/)
      .map(Number),
    parts: bar
      ? $$(bar, ':scope > a').map((a) => {
          const box = $(a, ':scope > svg');
          return {
            status: statusOf(box),
            x: Number(box?.properties.x ?? 0),
            width: Number(box?.properties.width),
            href: String(a.properties.href),
            tabIndex: a.properties.tabIndex,
            drawing: drawing(box),
          };
        })
      : [],
    key: $$(figure, 'figcaption a').map((a) => {
      const swatch = $(a, 'svg');
      return { status: statusOf(swatch), text: toString(a), href: String(a.properties.href), hidden: swatch?.properties.ariaHidden, drawing: drawing(swatch) };
    }),
    caption: toString($(figure, 'figcaption') ?? figure)
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/** The figure shows `expected`: its parts, in that order, as wide as their shares; its words; its total. */
function expectCounts(f: Figure, expected: [StatementStatus, number][], where: string, label = '') {
  expect(
    f.parts.map((p) => p.status),
    `${where}: the bar's parts`,
  ).toEqual(expected.map(([st]) => st));
  expect(
    f.key.map((k) => k.text),
    `${where}: the counts in words`,
  ).toEqual(words(expected));
  expect(
    f.key.map((k) => k.status),
    `${where}: the swatches`,
  ).toEqual(expected.map(([st]) => st));
  const total = expected.reduce((n, [, k]) => n + k, 0);
  expect(f.caption, `${where}: the text equivalent`).toBe(`${label}${total} statement${total === 1 ? '' : 's'}: ${words(expected).join(', ')}.`);
  // Widths: each part its share of the bar (less the gaps, all equal), to a tenth of a unit; in order, edge to edge.
  const [, , W] = f.viewBox;
  const gaps = f.parts.slice(1).map((p, i) => p.x - f.parts[i]!.x - f.parts[i]!.width);
  for (const g of gaps) expect(g, `${where}: the gaps`).toBeGreaterThan(1);
  const room = W! - gaps.reduce((a, b) => a + b, 0);
  f.parts.forEach((p, i) =>
    expect(Math.abs(p.width - (room * expected[i]![1]) / total), `${where} ${p.status}: ${p.width} of ${room} for ${expected[i]![1]} of ${total}`).toBeLessThan(
      0.15,
    ),
  );
  expect(f.parts[0]?.x, where).toBe(0);
  expect(Math.abs(f.parts.at(-1)!.x + f.parts.at(-1)!.width - W!), `${where}: the bar is filled`).toBeLessThan(0.15);
  // A part and its words lead to the same place, and the swatch is drawn as the part.
  expect(
    f.parts.map((p) => p.href),
    where,
  ).toEqual(f.key.map((k) => k.href));
  expect(
    f.key.map((k) => k.drawing),
    where,
  ).toEqual(f.parts.map((p) => p.drawing));
}

/** The element a link lands on: [page, element]. */
function target(href: string, from: Page): [Page, Element | undefined] {
  const [path, id] = href.split('#');
  const page = path ? loadPage(fileOf(path)!) : from;
  return [page, $(page.tree, `[id="${id}"]`)];
}
/** A note's status, as its status word's class says (`status-verified` …). */
const noteStatus = (el: Element) => ($(el, '.status')?.properties.className as string[] | undefined)?.find((c) => c.startsWith('status-'))?.slice(7);
/** A figure's links lead to the first note of each status in `within` (a page, or a claim's part of the pamphlet). */
function expectFirstNotes(f: Figure, page: Page, where: string, within: Element | Page['tree'] = page.tree) {
  for (const part of f.key) {
    const [, el] = target(part.href, page);
    expect(el && noteStatus(el), `${where} ${part.href}`).toBe(part.status);
    const notes = $$(within, '.statement-notes > li[id]');
    expect(
      notes.find((n) => noteStatus(n) === part.status),
      `${where}: the first ${part.status} note`,
    ).toBe(el);
  }
}

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

  it('counts exactly the statements of each status in the claim’s paragraphs, in the legend’s order, each part its share', () => {
    for (const [i, page] of claims.entries()) expectCounts(read($(page.tree, 'figure.glance')!), ofClaim(i), page.url);
  });

  it('leads each part, and its words, to the first note of its status on the page', () => {
    for (const page of claims) {
      const f = read($(page.tree, 'figure.glance')!);
      for (const part of f.key) expect(part.href, page.url).toMatch(/^#note-/);
      expectFirstNotes(f, page, page.url);
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
    $$(home.tree, 'ol.outline > li').forEach((li, i) => expectCounts(read($(li, 'figure.glance')!), ofClaim(i), m.claims[i]!.href));
  });

  it('a claim’s parts lead to the first note of their status on its page', () => {
    $$(home.tree, 'ol.outline > li').forEach((li, i) => {
      const c = m.claims[i]!;
      const f = read($(li, 'figure.glance')!);
      for (const part of f.key) expect(part.href.startsWith(`${c.href}#note-`), part.href).toBe(true);
      expectFirstNotes({ ...f, key: f.key.map((k) => ({ ...k, href: `#${k.href.split('#')[1]}` })) }, loadPage(fileOf(c.href)!), c.href);
    });
  });

  it('the whole article’s lead to the list of them all on /sources/ where there is one, else to the first one’s note', () => {
    const all = statementsOf();
    for (const part of read(figures[0]!).key) {
      const [page, el] = target(part.href, home);
      expect(el, part.href).toBeDefined();
      if (page.url === '/sources/') {
        // The heading of that status's list, and the list holds every statement of it; the text's opinion, said
        // once per paragraph, every paragraph that has some.
        expect(toString(el!), part.href).toBe(STATUS_WORDS[part.status!]);
        const of = all.filter((s) => s.status === part.status);
        if (part.status === 'opinion') {
          const linked = $$(page.tree, '#opinion ~ p a').map((a) => String(a.properties.href));
          expect(linked, part.href).toEqual([...new Set(of.map((s) => s.paragraph))].map((n) => m.paragraphs[n - 1]!.href));
        } else {
          const list = $$(page.tree, `#${part.status} ~ ul.ref-list`)[0];
          expect($$(list!, ':scope > li').length, part.href).toBe(of.length);
        }
      } else {
        expect(noteStatus(el!), part.href).toBe(part.status);
        const first = all.find((s) => s.status === part.status)!;
        expect(part.href).toBe(`${m.paragraphs[first.paragraph - 1]!.href.split('#')[0]}#note-${first.noteOf}`);
      }
    }
  });
});

describe('in the pamphlet, so in the PDFs and the offline copy', () => {
  const claimSections = (page: Page) => $$(page.tree, 'section.pamphlet-claim');

  it('heads each claim’s text in both editions, with that claim’s counts', () => {
    for (const page of [pamphlet, handout]) {
      const sections = claimSections(page);
      expect(sections.length, page.url).toBe(m.claims.length);
      sections.forEach((section, i) => {
        const figures = $$(section, 'figure.glance');
        expect(figures.length, `${page.url} ${section.properties.id}`).toBe(1);
        // Before the article's text (a sibling of it), not inside it.
        const kids = section.children.filter((c): c is Element => c.type === 'element');
        expect(kids.indexOf(figures[0]!), String(section.properties.id)).toBe(
          kids.findIndex((k) => (k.properties.className as string[] | undefined)?.includes('article-text')) - 1,
        );
        expectCounts(read(figures[0]!), ofClaim(i), `${page.url} ${section.properties.id}`);
      });
    }
  });

  it('the full edition’s lead to the notes in the document, and each note has the endnote that stands for it on paper', () => {
    claimSections(pamphlet).forEach((section, i) => {
      const f = read($(section, 'figure.glance')!);
      expectFirstNotes(f, pamphlet, String(section.properties.id), section);
      for (const part of f.key) {
        // src/outputs/pdf/ points a link to a note (hidden on paper) at the endnote printed for it.
        const endnote = $(section, `.pamphlet-endnotes [data-print-for="${part.href.slice(1)}"]`);
        expect(endnote, `${m.claims[i]!.slug} ${part.href}: its endnote`).toBeDefined();
        expect((endnote!.properties.className as string[]).includes(`endnote-${part.status}`), `${part.href}: an endnote of its status`).toBe(true);
      }
    });
  });

  it('the hand-out’s (which has no notes) lead to the notes on the claim’s web page', () => {
    claimSections(handout).forEach((section, i) => {
      const f = read($(section, 'figure.glance')!);
      expect(f.key.map((k) => k.href)).toEqual(m.claims[i]!.tally.map((t) => t.href));
      for (const part of f.key) expect(part.href.startsWith(`${m.claims[i]!.href}#note-`), part.href).toBe(true);
    });
  });

  it('the full edition gives the whole article’s in its method appendix, beside the legend', () => {
    const figures = $$(pamphlet.tree, '#appendix-corrections figure.glance');
    expect(figures.length).toBe(1);
    const f = read(figures[0]!);
    expectCounts(f, counted(statementsOf()), 'pamphlet, whole article', 'The whole article, ');
    expectFirstNotes(f, pamphlet, 'pamphlet, whole article');
    expect($$(pamphlet.tree, 'figure.glance').length).toBe(m.claims.length + 1);
  });

  it('the offline copy keeps them, every link leading inside it to a note of its status', () => {
    const figures = $$(offline.tree, 'figure.glance');
    expect(figures.length).toBe(m.claims.length + 1);
    for (const figure of figures) {
      const f = read(figure);
      for (const link of [...f.parts, ...f.key]) {
        expect(link.href, 'inside the document').toMatch(/^#note-/);
        const [, el] = target(link.href, offline);
        expect(el && noteStatus(el), link.href).toBe(link.status);
      }
    }
  });
});

describe('wherever it is', () => {
  const pages = [...htmlPages(), offline].filter((p) => p.html.includes('class="glance"'));
  const figures = pages.flatMap((page) => $$(page.tree, 'figure.glance').map((figure) => ({ page, f: read(figure) })));

  it('is on the home page, the claim pages and the two pamphlets (and the offline copy made from one)', () => {
    expect(pages.map((p) => p.url).sort()).toEqual(['/', ...claims.map((c) => c.url), '/pamphlet/', '/pamphlet/handout/', offline.url].sort());
  });

  it('gives its text equivalent as the caption, for everyone; the bar and the swatches are for the eye and the pointer, out of the Tab order', () => {
    for (const { page, f } of figures) {
      expect(f.key.length, page.url).toBeGreaterThan(0);
      expect(f.caption, page.url).toMatch(/\d+ statements?: .+\.$/);
      expect($(f.figure, 'svg.glance-bar')!.properties.ariaHidden, page.url).toBe('true');
      for (const k of f.key) expect(k.hidden, `${page.url}: a swatch`).toBe('true');
      for (const p of f.parts) expect(p.tabIndex, page.url).toBe(-1);
      for (const a of $$(f.figure, 'figcaption a')) expect(a.properties.tabIndex, `${page.url}: the words are the links to follow`).toBeUndefined();
      expect(f.figure.properties.ariaHidden, page.url).toBeUndefined();
    }
  });

  it('draws each status the same way everywhere, and every status differently (by shape: the drawing has no colour)', () => {
    const drawn = new Map<StatementStatus, Set<string>>();
    for (const { f } of figures) for (const p of f.parts) drawn.set(p.status!, (drawn.get(p.status!) ?? new Set()).add(p.drawing));
    expect([...drawn.keys()].sort()).toEqual(m.tally.map((t) => t.status).sort());
    for (const [status, set] of drawn) expect(set.size, status).toBe(1);
    const each = [...drawn.values()].map((s) => [...s][0]!);
    expect(new Set(each).size, each.join('\n')).toBe(each.length);
    for (const d of each) expect(d, 'a colour of its own would not survive greyscale').not.toMatch(/#[0-9a-f]{3,8}\b|rgb|hsl/i);
  });

  it('is drawn in attributes, never in a style attribute or element (the Content-Security-Policy allows neither)', () => {
    for (const { page, f } of figures) expect($$(f.figure, '[style], style'), page.url).toEqual([]);
  });
});

describe('the model', () => {
  it('tallies the whole article as the sum of its claims', () => {
    const sum = new Map<StatementStatus, number>();
    for (const c of m.claims) for (const t of c.tally) sum.set(t.status, (sum.get(t.status) ?? 0) + t.count);
    expect(m.tally.map((t) => [t.status, t.count])).toEqual(STATUS_ORDER.filter((st) => sum.has(st)).map((st) => [st, sum.get(st)]));
    for (const c of m.claims)
      expect(
        c.tally.map((t) => t.status),
        c.slug,
      ).toEqual(c.statuses);
  });
});
