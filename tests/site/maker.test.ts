// Who made this explainer, and how to reach them, on every page: the footer keeps this explainer (its
// makers, when it was last reviewed, how to report an error) apart from the article (its publisher,
// date, the original), and never shows the article's publisher as the explainer's maker. /method/
// says who made it and how to report an error, and shows the public log of changes to our notes, each
// entry linking what it touched; claim pages count those changes, never "corrections".
// Holds for any explainer (scripts/test.ts).
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { $, $$, DIST, fileOf, htmlPages, isFormatFile, loadPage } from '../helpers/dist.ts';
import { model, interfaceWords } from '../helpers/explainer.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the footer on every page', () => {
  const pages = () => htmlPages().filter((p) => !isFormatFile(p.file) && $(p.tree, 'footer.site-footer'));

  it('is on every page but the short-link redirects', () => {
    const without = htmlPages().filter((p) => !$(p.tree, 'footer.site-footer') && !/^\/p\/\d+\/$/.test(p.url));
    expect(without.map((p) => p.url)).toEqual([]);
    expect(pages().length).toBeGreaterThan(model().claims.length);
  });

  it('says who made this explainer, when it was reviewed and how to report an error, apart from the article', () => {
    const { maker, reviewed, article } = model().explainer;
    // In the explainer's words: "This explainer: … · reviewed 8 September 2025 · report an error".
    const { i18n, work } = interfaceWords();
    const { t } = i18n;
    for (const page of pages()) {
      const [ours, theirs] = $$(page.tree, 'footer.site-footer > p');
      const oursText = squash(toString(ours!));
      expect(oursText, page.url).toContain(squash(`${t('footer.explainer')} ${maker.name} · `));
      expect(oursText, page.url).toContain(squash(` · ${t('footer.reviewed', { date: i18n.formatDate(reviewed) })} · `));
      // Whoever published the article is never given as this explainer's maker.
      if (article.by) expect(oursText, page.url).not.toContain(article.by);
      const report = $$(ours!, 'a').find((a) => toString(a) === t('footer.report'));
      expect(report?.properties.href, page.url).toBe(maker.contact ?? '/method/#report');
      const reportText = squash(maker.contact ? t('footer.report') : t('footer.noAddress', { report: t('footer.report') }));
      expect(oursText.slice(-reportText.length), page.url).toBe(reportText);
      const theirsText = squash(toString(theirs!));
      // "The speech: Ruth Okafor, 3 June 2024": its kind, who published or delivered it, when, and its address if it has one.
      const who = [article.by, work.date(article)].filter(Boolean).join(i18n.t('list.separator'));
      expect(theirsText, page.url).toBe(squash(`${i18n.t('work.footerLabel')} ${who}${article.url ? ` · ${i18n.t('work.original')}` : ''}`));
      expect($(theirs!, 'a')?.properties.href).toBe(article.url);
    }
  });

  it('links the method page and the downloads, which exist', () => {
    const links = $$(pages()[0]!.tree, 'footer.site-footer nav a').map((a) => String(a.properties.href));
    expect(links).toEqual(['/method/', '/#downloads']);
    const home = loadPage(join(DIST, 'index.html'));
    expect($(home.tree, '#downloads')?.tagName).toBe('h2');
    const method = loadPage(fileOf('/method/')!);
    for (const id of ['who', 'report', 'corrections']) expect($(method.tree, `#${id}`), id).toBeTruthy();
  });
});

describe('/method/: who made this, and the public log', () => {
  const method = () => loadPage(fileOf('/method/')!);

  it('names the makers, their relation to the article’s publisher and where to report errors', () => {
    const { maker, reportErrors } = model().explainer;
    const who = squash(toString($(method().tree, '#who')!));
    expect(who).toContain(maker.name);
    expect(who).toContain(squash(maker.relation));
    const report = $(method().tree, '#report')!;
    expect(squash(toString(report))).toContain(squash(reportErrors));
    if (maker.contact) expect($$(report, 'a').map((a) => a.properties.href)).toContain(maker.contact);
    else expect(squash(toString(report))).toContain(squash(interfaceWords().i18n.t('method.noAddress')));
  });

  it('lists every entry, newest first, each linking the paragraphs, actors, terms and events it touched', () => {
    const m = model();
    const items = $$(method().tree, 'ol.corrections > li');
    expect(items).toHaveLength(m.corrections.length);
    const dates = items.map((li) => String($(li, 'time')!.properties.dateTime));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const li of items) {
      const c = m.corrections.find((x) => x.id === li.properties.id)!;
      const hrefs = $$(li, 'a').map((a) => String(a.properties.href));
      for (const n of c.paragraphs) expect(hrefs, `${c.id} ¶${n}`).toContain(m.paragraphs[n - 1]!.href);
      for (const id of c.actors) expect(hrefs).toContain(m.actors.find((a) => a.id === id)!.href);
      for (const id of c.terms) expect(hrefs).toContain(m.terms.find((t) => t.id === id)!.href);
      for (const id of c.events) expect(hrefs).toContain(m.events.find((e) => e.id === id)!.href);
    }
  });

  it('claim pages count changes to our notes, never “corrections”, and link to the latest', () => {
    for (const claim of model().claims) {
      const line = $(loadPage(fileOf(claim.href)!).tree, 'p.reviewed')!;
      const text = squash(toString(line));
      expect(text).not.toMatch(/correction/i);
      const n = claim.corrections.length;
      if (n) {
        expect(text, claim.slug).toContain(squash(interfaceWords().i18n.t('claim.changes', { count: n })));
        expect($$(line, 'a').map((a) => a.properties.href)).toContain(`/method/#${claim.corrections.at(-1)}`);
      }
    }
  });
});
