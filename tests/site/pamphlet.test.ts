// /pamphlet/ as built: the whole argument in one document, in order, with the
// article's text in full, a way back to the web from every claim, and the
// appendices complete. (What it looks like on paper: tests/browser/pdf.test.ts.)
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { golden as goldenParagraphs } from '../helpers/explainer';
import { checkFidelity } from '../../src/model/fidelity';
import { model, siteUrl } from '../helpers/explainer';
import { numberRuns } from '../../src/model/citations';
import { STATUS_ORDER } from '../../src/model/build';
import { $, $$, articleText, claimPagesInOrder, DIST, fileOf, loadPage } from '../helpers/dist';

const SITE = siteUrl().origin;
const pamphlet = () => loadPage(join(DIST, 'pamphlet', 'index.html'));
const text = (el: Element | undefined) => (el ? toString(el).replace(/\s+/g, ' ').trim() : '');


describe('/pamphlet/', () => {
  it('is one document in order: cover, contents, introduction, every claim, appendices', () => {
    const article = $(pamphlet().tree, 'article.pamphlet')!;
    const parts = article.children
      .filter((c): c is Element => c.type === 'element')
      .filter((el) => !String(el.properties.className ?? '').includes('no-print'))
      .map((el) => String(el.properties.id ?? (el.properties.className as string[])[0]));
    const claims = claimPagesInOrder().map((p) => `claim-${p.url.slice(1, -1)}`);
    expect(parts).toEqual(['pamphlet-cover', 'pamphlet-contents', 'introduction', ...claims, 'appendix-actors', 'appendix-glossary', 'appendix-sources', 'appendix-cite', 'appendix-corrections']);
  });

  it('has a cover with the title, whose article it explains, publisher, date, and the site’s address with a QR code', () => {
    const cover = $(pamphlet().tree, '.pamphlet-cover')!;
    expect(text($(cover, 'h1'))).toBe('The Anchorage article, explained');
    expect(text(cover)).toMatch(/An explainer of the article by the Committee for a Workers’ International \(CWI\)/);
    expect(text(cover)).toMatch(/socialistworld\.net/);
    expect(text(cover)).toMatch(/late August 2025/);
    const link = $(cover, 'figure a.qr-link')!;
    expect(link.properties.href).toBe(new URL('/', SITE).href);
    expect(text(link)).toBe(new URL(SITE).host);
    expect($(cover, 'figure svg[role="img"][aria-label*="QR code"]')).toBeTruthy();
  });

  it('lists every part in its contents, linked to it, with a place for the page number', () => {
    const links = $$(pamphlet().tree, '.pamphlet-contents li a');
    const ids = links.map((a) => String(a.properties.href).slice(1));
    expect(ids).toHaveLength(5 + claimPagesInOrder().length + 1); // appendices A–E, the claims, the introduction
    for (const id of ids) {
      expect($(pamphlet().tree, `[id="${id}"]`), id).toBeTruthy();
      expect($$(pamphlet().tree, `.toc-page[data-toc-for="${id}"]`), id).toHaveLength(1);
    }
  });

  it('introduces the argument with the précis and the claim outline', () => {
    const intro = $(pamphlet().tree, '#introduction')!;
    expect(text($(intro, '.ours'))).toMatch(/^The article in brief, in our words ?The article, a Marxist analysis/);
    const outline = $$(intro, '.pamphlet-outline > li > a').map(text);
    expect(outline).toEqual(claimPagesInOrder().map((p) => text($(p.tree, 'h1'))));
  });

  it('quotes the whole article, ¶1–¶35, unchanged and in order, each paragraph once, with its number', () => {
    const page = pamphlet();
    const found = $$(page.tree, '.pamphlet-claim [data-p]').map((el) => ({
      n: Number(el.properties.dataP),
      text: articleText(el),
      where: `/pamphlet/#${el.properties.id}`,
    }));
    expect(checkFidelity(goldenParagraphs(), found)).toEqual([]);
    expect(found).toHaveLength(35);
    expect($$(page.tree, '.pamphlet-claim [data-p] > a.pnum')).toHaveLength(35);
  });

  it('gives each claim its title, claim box, short address and QR code to its web page', () => {
    const sections = $$(pamphlet().tree, 'section.pamphlet-claim');
    const pages = claimPagesInOrder();
    expect(sections).toHaveLength(pages.length);
    sections.forEach((section, i) => {
      const web = pages[i]!;
      expect(text($(section, 'h2'))).toBe(text($(web.tree, 'h1')));
      expect(text($(section, '.claim-sentence'))).toBe(text($(web.tree, '.claim-sentence')));
      const href = new URL(web.url, SITE).href;
      const link = $(section, 'a.qr-link')!;
      expect(link.properties.href).toBe(href);
      expect(text(link)).toBe(href.replace(/^https?:\/\//, ''));
      const svg = $(section, 'svg.qr')!;
      expect(String(svg.properties.ariaLabel)).toContain(href);
      expect(section.properties.dataRunningHead).toBe(`${i + 1} · ${text($(web.tree, 'h1'))}`);
    });
  });

  it('lists every actor with their role, and every source, numbered, with its address written out and its status', () => {
    const page = pamphlet();
    expect($$(page.tree, '#appendix-actors .pamphlet-actors dt')).toHaveLength(model().actors.length);
    for (const dd of $$(page.tree, '#appendix-actors .pamphlet-actors dd')) expect(text(dd).length).toBeGreaterThan(3);

    const sources = $$(page.tree, 'ol.pamphlet-sources > li');
    expect(sources).toHaveLength(model().sources.length);
    expect(sources.map((li) => Number(li.properties.value))).toEqual(sources.map((_, i) => i + 1));
    for (const li of sources) {
      const a = $(li, 'a.url')!;
      expect(text(a)).toBe(a.properties.href);
      expect(text($(li, '.src-status'))).toMatch(/^(Verified|Partly verified)(: .{10,})?( · Backs ¶\d+[^·]*)?( · Background to ¶\d+.*)?$/);
      expect(text($(li, '.src-status'))).toMatch(/ · (Backs|Background to) ¶\d+/);
      expect(text($(li, '.src-meta'))).toMatch(/\. [a-z][^.]+(, weak source)?\.$/);
      expect(fileOf(`/sources/${String(li.properties.id).replace(/^src-/, '')}/`), String(li.properties.id)).toBeDefined();
    }
  });

  it('numbers sources as the marks in the text do, so a mark leads, through its note, to its entries', () => {
    const page = pamphlet();
    const marks = $$(page.tree, '.quoted .cite-verified[id], .quoted .cite-partly-verified[id]');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const note = $(page.tree, `li[id="note-${String(mark.properties.id)}"]`);
      expect(note, String(mark.properties.id)).toBeTruthy();
      const numbers = $$(note!, '.note-source > a').map((a) => Number($(page.tree, `li[id="${String(a.properties.href).slice(1)}"]`)?.properties.value));
      expect(String(mark.properties.dataLabel)).toMatch(new RegExp(`^\\[${numberRuns(numbers)}\\*?\\]$`));
    }
  });

  it('prints the method and the dated corrections log', () => {
    const appendix = $(pamphlet().tree, '#appendix-corrections')!;
    // Every status, in the one order (STATUS_ORDER).
    expect($$(appendix, '.status-legend > div').map((d) => d.properties.dataStatus)).toEqual([...STATUS_ORDER]);
    expect($$(appendix, '.pamphlet-corrections > li')).toHaveLength(model().corrections.length);
  });

  it('says how to cite the article, a paragraph and the explainer', () => {
    const cite = text($(pamphlet().tree, '#appendix-cite'));
    expect(cite).toContain(model().explainer.article.url);
    expect(cite).toMatch(/¶\d+\. Numbered and quoted at \S+\/#p\d+/);
    expect(cite).toContain(new URL('/pamphlet/', SITE).href.replace(/^https?:\/\//, ''));
  });

  it('needs no script and repeats no id', () => {
    const page = pamphlet();
    expect($$(page.tree, 'script:not([type="application/ld+json"])')).toHaveLength(0);
    const ids = $$(page.tree, '[id]').map((el) => String(el.properties.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
