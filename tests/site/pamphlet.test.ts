// The pamphlet's two editions as built: /pamphlet/ (the full one: the whole argument in one
// document, in order, with the article's text in full, our notes on every statement after each
// claim, a way back to the web from every claim, and the appendices complete) and
// /pamphlet/handout/ (the hand-out: claims, the article's text with its marks, a QR code per
// claim, a back cover). Holds for any explainer, in its language: every word the pamphlet says of itself is expected
// from the explainer's dictionary (tests/helpers/explainer.ts), never in English. (What they look like on paper:
// tests/browser/pdf.test.ts.)
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { golden as goldenParagraphs } from '../helpers/explainer.ts';
import { checkFidelity } from '../../src/model/fidelity.ts';
import { i18n, model, siteUrl } from '../helpers/explainer.ts';
import { numberRuns } from '../../src/model/citations.ts';
import { statusWords } from '../../src/lib/render/status.ts';
import { originText } from '../../src/lib/render/origin.ts';
import { paragraphRuns } from '../../src/lib/print/format.ts';
import { appendicesOf } from '../../src/outputs/pamphlet/appendices.ts';
import type { Args, Key } from '../../src/i18n/types.ts';
import { pamphletActorAnchor, pamphletTermAnchor } from '../../src/model/urls.ts';
import { $, $$, articleText, claimPagesInOrder, DIST, fileOf, loadPage } from '../helpers/dist.ts';

// The status words in the explainer's language, the opinion named as its kind of text's.
const statuses = () => statusWords(i18n());
/** The explainer's words for a key (its dictionary, its i18n.yaml, its kind of text). */
const t = <K extends Key>(key: K, ...args: Args<K>) => i18n().t(key, ...args);

const SITE = siteUrl().origin;
const pamphlet = () => loadPage(join(DIST, 'pamphlet', 'index.html'));
const handout = () => loadPage(join(DIST, 'pamphlet', 'handout', 'index.html'));
const text = (el: Element | undefined) => (el ? toString(el).replace(/\s+/g, ' ').trim() : '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The parts of a pamphlet page in order (what prints): each by its id, else its first class. */
const partsOf = (page: { tree: Root }) =>
  $(page.tree, 'article.pamphlet')!
    .children.filter((c): c is Element => c.type === 'element')
    .filter((el) => !String(el.properties.className ?? '').includes('no-print'))
    .map((el) => String(el.properties.id ?? (el.properties.className as string[])[0]));

/** The id of the note a mark opens: a link's target, or a button's popover. */
const noteOf = (mark: Element) => String(mark.properties.href ?? `#${mark.properties.popoverTarget}`).slice(1);

describe('/pamphlet/', () => {
  it('is one document in order: cover, contents, introduction, every claim, appendices', () => {
    const parts = partsOf(pamphlet());
    const claims = claimPagesInOrder().map((p) => `claim-${p.url.slice(1, -1)}`);
    // The appendices of the parts this explainer has (tests/site/optional-parts.test.ts: none of the others).
    const { parts: has } = model();
    expect(parts).toEqual([
      'pamphlet-cover',
      'pamphlet-contents',
      'introduction',
      ...claims,
      ...(has.actors ? ['appendix-actors'] : []),
      ...(has.glossary ? ['appendix-glossary'] : []),
      ...(has.sources ? ['appendix-sources'] : []),
      'appendix-cite',
      'appendix-corrections',
      'about',
    ]);
  });

  it('has a cover that keeps this explainer (name, maker, reviewed, address) apart from the article (title, publisher, date), and a QR code', () => {
    for (const page of [pamphlet(), handout()]) {
      const cover = $(page.tree, '.pamphlet-cover')!;
      const { explainer } = model();
      expect(text($(cover, 'h1'))).toBe(explainer.site.name);
      const ours = text($(cover, '.cover-explainer'));
      expect(ours).toContain(explainer.maker.name);
      expect(ours).toContain(i18n().formatDate(explainer.reviewed));
      expect(ours).toContain(new URL(SITE).host);
      // Whoever published the article is the article's, never the explainer's.
      const { by, where, date, url } = explainer.article;
      if (by) expect(ours).not.toContain(by);
      expect(ours.toLocaleLowerCase()).not.toContain(i18n().workForm('agent').toLocaleLowerCase());
      const theirs = text($(cover, '.cover-article'));
      // Only what the content says: no empty fact (a speech may have no address, a text no publisher).
      for (const fact of [by, where, date, url]) if (fact) expect(theirs).toContain(fact);
      for (const dd of $$(cover, '.cover-article dd')) expect(text(dd)).not.toBe('');
      expect(text(cover).indexOf(ours)).toBeLessThan(text(cover).indexOf(theirs));
      expect($(cover, 'figure svg[role="img"]')).toBeTruthy();
      expect(String($(cover, 'figure svg')!.properties.ariaLabel)).toBe(t('qr.label', { what: t('qr.explainer'), url: new URL('/', SITE).href }));
    }
  });

  it('ends with a back cover: what it is, who made it and how they stand to the publisher, where it is online, how to report an error', () => {
    for (const page of [pamphlet(), handout()]) {
      const article = $(page.tree, 'article.pamphlet')!;
      const parts = article.children.filter((c): c is Element => c.type === 'element');
      const back = parts.at(-1)!;
      expect(back.properties.id).toBe('about');
      const said = text(back);
      const { maker } = model().explainer;
      expect(said).toContain(maker.name);
      expect(said).toContain(squash(maker.relation));
      expect(said).toContain(new URL(SITE).host);
      if (maker.contact) {
        expect($(back, `a[href="${maker.contact}"]`), maker.contact).toBeTruthy();
      } else {
        // No address set: where to find how to report one.
        expect($(back, `a[href="${new URL('/method/', SITE).href}"]`)).toBeTruthy();
      }
    }
  });

  it('lists every part in its contents, linked to it, with a place for the page number', () => {
    const links = $$(pamphlet().tree, '.pamphlet-contents li a');
    const ids = links.map((a) => String(a.properties.href).slice(1));
    // Introduction, the claims, the appendices (actors, glossary and sources where the content has them; citing and
    // the method always), the back cover.
    const { parts: has } = model();
    const appendices = [has.actors, has.glossary, has.sources, true, true].filter(Boolean).length;
    expect(ids).toHaveLength(1 + claimPagesInOrder().length + appendices + 1);
    for (const id of ids) {
      expect($(pamphlet().tree, `[id="${id}"]`), id).toBeTruthy();
      expect($$(pamphlet().tree, `.toc-page[data-toc-for="${id}"]`), id).toHaveLength(1);
    }
  });

  it('names its parts in the explainer’s words: contents, introduction, the claims’ running head, each appendix’s letter, heading and running head, the back cover', () => {
    const page = pamphlet();
    const appendices = appendicesOf(model().parts, i18n());
    expect(text($(page.tree, '.pamphlet-contents h2'))).toBe(t('epub.contents'));
    const entries = $$(page.tree, '.pamphlet-contents li').map((li) => [text($(li, '.toc-number')), text($(li, '.toc-label'))]);
    expect(entries[0]).toEqual(['', t('pamphlet.introduction')]);
    expect(entries.at(-1)).toEqual(['', t('home.about')]);
    expect(text($(page.tree, '#introduction > h2'))).toBe(t('pamphlet.introduction'));
    expect(text($(page.tree, '#introduction > h3'))).toBe(t('pamphlet.howToRead'));
    expect(text($(page.tree, '#about > h2'))).toBe(t('home.about'));
    // The letters are the dictionary's, in order (Arabic's أ ب ج, Russian's А Б В), with no gap for a part the content has not.
    expect(appendices.map((a) => a.letter)).toEqual(t('appendix.letters').split(/\s+/).slice(0, appendices.length));
    // Neighbours share their pages under one running head (actors and glossary; sources, how to cite and the
    // corrections), when at least two of a group are there.
    const by = Object.fromEntries(appendices.map((a) => [a.key, a]));
    const shared = (keys: string[], label: 'appendix.actorsGlossary' | 'appendix.sourcesCiteCorrections' | 'appendix.citeCorrections') => {
      const there = keys.filter((k) => by[k]);
      return there.length > 1 ? t('appendix.sharedRunningHead', { from: by[there[0]!]!.letter, to: by[there.at(-1)!]!.letter, label: t(label) }) : undefined;
    };
    const back = shared(['sources', 'cite', 'corrections'], by.sources ? 'appendix.sourcesCiteCorrections' : 'appendix.citeCorrections');
    const heads: Record<string, string | undefined> = {
      actors: shared(['actors', 'glossary'], 'appendix.actorsGlossary'),
      glossary: shared(['actors', 'glossary'], 'appendix.actorsGlossary'),
      sources: back,
      cite: back,
      corrections: back,
    };
    for (const a of appendices) {
      expect(entries, a.key).toContainEqual([a.letter, a.label]);
      const section = $(page.tree, `section[id="${a.id}"]`)!;
      expect(text($(section, 'h2'))).toBe(t('appendix.heading', { letter: a.letter, label: a.label }));
      expect(section.properties.dataRunningHead, a.key).toBe(heads[a.key] ?? t('appendix.runningHead', { letter: a.letter, label: a.label }));
    }
    for (const section of $$(page.tree, 'section.pamphlet-claim'))
      expect(section.properties.dataRunningHead).toBe(t('home.claims', { count: model().claims.length }));
  });

  it('introduces the argument with the précis, and says how to read every mark it uses, from the model', () => {
    const intro = $(pamphlet().tree, '#introduction')!;
    expect(text($(intro, '.ours'))).toContain(squash(model().explainer.article.precis));
    for (const page of [pamphlet(), handout()]) {
      const legend = $$(page.tree, '.pamphlet-legend > div');
      expect(legend.map((d) => d.properties.dataStatus)).toEqual(model().statuses);
      legend.forEach((d) => {
        const status = d.properties.dataStatus as keyof ReturnType<typeof statuses>['word'];
        expect(text($(d, 'dd'))).toBe(squash(t('howToRead.legend', { status: statuses().word[status], meaning: statuses().meaning[status] })));
        // A real mark of that status as its example, or “no mark” when its statements carry none.
        const marks = new Set(
          Object.values(model().statements)
            .flat()
            .filter((s) => s.status === status)
            .map((s) => s.label),
        );
        const shown = text($(d, 'dt'));
        expect(marks.has(shown) || (shown === t('howToRead.noMark') && marks.has(''))).toBe(true);
      });
    }
  });

  it('quotes the whole article, unchanged and in order, each paragraph once, with its number (both editions)', () => {
    const n = goldenParagraphs().length;
    for (const [page, path] of [
      [pamphlet(), '/pamphlet/'],
      [handout(), '/pamphlet/handout/'],
    ] as const) {
      const found = $$(page.tree, '.pamphlet-claim [data-p]').map((el) => ({
        n: Number(el.properties.dataP),
        text: articleText(el),
        where: `${path}#${el.properties.id}`,
      }));
      expect(checkFidelity(goldenParagraphs(), found)).toEqual([]);
      expect(found).toHaveLength(n);
      expect($$(page.tree, '.pamphlet-claim [data-p] > a.pnum')).toHaveLength(n);
    }
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
      expect(String(svg.properties.ariaLabel)).toBe(t('qr.label', { what: t('qr.claimPage', { title: model().claims[i]!.title }), url: href }));
      // The claims share one running head, so they follow one another down the page.
      expect(section.properties.dataRunningHead).toBe(sections[0]!.properties.dataRunningHead);
    });
  });

  it('gives every statement of a claim its endnote after the claim’s text: mark, status, each source, its words and our note', () => {
    const page = pamphlet();
    for (const section of $$(page.tree, 'section.pamphlet-claim')) {
      const notes = $(section, '.pamphlet-endnotes')!;
      expect(notes, String(section.properties.id)).toBeTruthy();
      // After the article's text, never inside it.
      expect($(section, '.article-text .pamphlet-endnotes')).toBeFalsy();
    }
    for (const s of Object.values(model().statements).flat()) {
      if (s.status === ('opinion' as string)) continue; // said once per paragraph
      const li = $(page.tree, `li.endnote[id="endnote-${s.id}"]`)!;
      expect(li, s.id).toBeTruthy();
      expect(li.properties.dataPrintFor).toBe(`note-${s.id}`);
      const said = text(li);
      if (s.label) expect(said.startsWith(s.label), `${s.id}: ${said}`).toBe(true);
      expect(said).toContain(`${statuses().word[s.status]}.`);
      for (const c of s.sources) {
        expect(said).toContain(`[${c.number}]`);
        expect(said).toContain(squash(c.note));
        if (c.caveat) expect(said).toContain(squash(c.caveat));
        if (c.context) expect(said).toContain(squash(`${t('source.leftOut')} ${c.context}`));
      }
      // The sources' own words stay on the web (the notes, the source pages, /evidence.json): the full edition keeps
      // within its page budget without them (src/budget.ts).
      expect($$(li, 'q.said'), `${s.id}: no source words in print`).toEqual([]);
      const numbers = $$(li, '.endnote-source > a').map((a) => Number($(page.tree, `li[id="${String(a.properties.href).slice(1)}"]`)?.properties.value));
      expect(numbers).toEqual(s.sources.map((c) => c.number));
    }
  });

  it('hides the web pages’ notes under each paragraph (the endnotes say it), and gives actors and terms their anchors', () => {
    const page = pamphlet();
    for (const a of model().actors) expect($(page.tree, `#appendix-actors [id="${pamphletActorAnchor(a.id)}"] dt`), a.id).toBeTruthy();
    for (const t of model().terms) {
      const entry = $(page.tree, `#appendix-glossary [id="${pamphletTermAnchor(t.id)}"]`)!;
      expect(entry, t.id).toBeTruthy();
      expect(text($(entry, 'dt'))).toBe(t.term);
      expect(text($(entry, 'dd'))).toContain(squash(t.definition));
    }
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
      const source = model().sources.find((s) => s.anchor === li.properties.id)!;
      expect(source, String(li.properties.id)).toBeDefined();
      // Where it is cited; a source that backs no statement (background) says its own status here.
      const status = text($(li, '.src-status'));
      const supports = source.supports.map((x) => x.paragraph);
      const background = source.background.map((x) => x.paragraph);
      expect(
        status.startsWith(supports.length ? squash(t('sources.backs', { paragraphs: paragraphRuns(supports) })) : statuses().word[source.status]),
        status,
      ).toBe(true);
      if (background.length) expect(status).toContain(paragraphRuns(background));
      // What it is, and whether it is weak, in the words of every list of sources.
      const what = originText(i18n(), source) + (source.weak ? t('list.separator') + t('sources.weak') : '');
      expect(text($(li, '.src-meta')).endsWith(`${squash(what)}.`), text($(li, '.src-meta'))).toBe(true);
      expect(fileOf(`/sources/${String(li.properties.id).replace(/^src-/, '')}/`), String(li.properties.id)).toBeDefined();
    }
  });

  it('numbers sources as the marks in the text do, so a mark leads, through its endnote, to its entries', () => {
    const page = pamphlet();
    const marks = $$(page.tree, '.quoted .cite-verified[id], .quoted .cite-partly-verified[id]');
    // Sourced marks exactly when there are sources to number.
    expect(marks.length > 0).toBe(model().parts.sources);
    for (const mark of marks) {
      // The mark opens its note under the paragraph (hidden here); on paper, src/outputs/pdf/ points a linking mark at the endnote.
      const note = $(page.tree, `[data-print-for="${noteOf(mark)}"]`);
      expect(note, noteOf(mark)).toBeTruthy();
      const numbers = $$(note!, '.endnote-source > a').map((a) => Number($(page.tree, `li[id="${String(a.properties.href).slice(1)}"]`)?.properties.value));
      expect(String(mark.properties.dataLabel)).toMatch(new RegExp(`^\\[${numberRuns(numbers)}\\*?\\]$`));
    }
  });

  it('prints the dated corrections log', () => {
    const appendix = $(pamphlet().tree, '#appendix-corrections')!;
    expect(appendix).toBeTruthy();
    for (const c of model().corrections) expect(text(appendix)).toContain(squash(c.what));
  });

  it('says how to cite the article, a paragraph and the explainer', () => {
    const cite = text($(pamphlet().tree, '#appendix-cite'));
    const { url } = model().explainer.article;
    if (url) expect(cite).toContain(url);
    // A paragraph: its number, and its lasting address on its claim page.
    const paragraph = $$(pamphlet().tree, '#appendix-cite a.url').find((a) => /\/#p\d+$/.test(String(a.properties.href)));
    expect(paragraph, 'a paragraph’s address').toBeTruthy();
    expect(cite).toContain(`¶${/#p(\d+)$/.exec(String(paragraph!.properties.href))![1]}`);
    expect(cite).toContain(new URL('/pamphlet/', SITE).href.replace(/^https?:\/\//, ''));
  });

  it('needs no script and repeats no id (both editions)', () => {
    for (const page of [pamphlet(), handout()]) {
      expect($$(page.tree, 'script:not([type="application/ld+json"])')).toHaveLength(0);
      const ids = $$(page.tree, '[id]').map((el) => String(el.properties.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });
});

describe('/pamphlet/handout/', () => {
  it('is cover, how to read the marks (with the claims and their pages), every claim, back cover', () => {
    const parts = partsOf(handout());
    expect(parts).toEqual(['pamphlet-cover', 'how-to-read', ...claimPagesInOrder().map((p) => `claim-${p.url.slice(1, -1)}`), 'about']);
    const listed = $$(handout().tree, '#how-to-read .pamphlet-contents li a').map((a) => String(a.properties.href).slice(1));
    expect(listed).toEqual([...claimPagesInOrder().map((p) => `claim-${p.url.slice(1, -1)}`), 'about']);
    // In the explainer's words: the heading, the list's title, the back cover's entry.
    expect(text($(handout().tree, '#how-to-read > h2'))).toBe(t('pamphlet.howToReadMarks'));
    expect(text($(handout().tree, '#how-to-read .pamphlet-contents h3'))).toBe(t('home.claims', { count: model().claims.length }));
    expect(text($$(handout().tree, '#how-to-read .pamphlet-contents .toc-label').at(-1))).toBe(t('home.about'));
  });

  it('gives each claim its title, our one sentence, and a QR code and address to its evidence; no notes', () => {
    const page = handout();
    const sections = $$(page.tree, 'section.pamphlet-claim');
    const pages = claimPagesInOrder();
    expect(sections).toHaveLength(pages.length);
    sections.forEach((section, i) => {
      const web = pages[i]!;
      expect(text($(section, 'h2'))).toBe(text($(web.tree, 'h1')));
      expect(text($(section, '.claim-sentence'))).toBe(text($(web.tree, '.claim-sentence')));
      const href = new URL(web.url, SITE).href;
      expect($(section, 'a.qr-link')!.properties.href).toBe(href);
      expect(String($(section, 'svg.qr')!.properties.ariaLabel)).toBe(
        t('qr.label', { what: t('qr.evidence', { title: model().claims[i]!.title }), url: href }),
      );
      expect(section.properties.dataRunningHead).toBeUndefined();
    });
    expect($$(page.tree, '.pamphlet-endnotes, .endnote')).toEqual([]);
    // The marks stay: every statement with a mark has it after its words.
    const labels = Object.values(model().statements)
      .flat()
      .filter((s) => s.label);
    const marks = $$(page.tree, '.quoted .cite[data-label]').filter((m) => m.properties.dataLabel);
    expect(marks.map((a) => String(a.properties.id)).sort()).toEqual(labels.map((s) => s.id).sort());
  });
});
