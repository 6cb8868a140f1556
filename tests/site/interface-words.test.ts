// The interface of the built site speaks its dictionary's words, for any explainer in any language: every message
// filled in (no placeholder, no message key left for a reader), and the header, the footer, the claim pages (the
// notes, the marks, the sidebars, the line under the text), /method/ and /sources/ in the words the dictionary
// (src/i18n/<language>.ts, reworded by the content's i18n.yaml) gives them, as src/i18n/node.ts reads it. Builds
// nothing: it reads the site the suite built (for this article, English: the words the pages have always had).
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { KEYS } from '../../src/i18n/check.ts';
import { statusWords } from '../../src/lib/render/status.ts';
import { originText } from '../../src/lib/render/origin.ts';
import { FORMATS } from '../../src/outputs/formats.ts';
import { $, $$, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { interfaceWords, model } from '../helpers/explainer.ts';
import { readerText } from '../helpers/reader-text.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = () => interfaceWords().i18n;
const page = (url: string) => loadPage(fileOf(url)!);

describe('every message is filled in', () => {
  it('no page shows a placeholder or a message key', () => {
    // Keys with a dot and a dash or a second dot can be told from prose ("claim.reviewed" could not be a sentence).
    const keys = KEYS.filter((k) => /^[a-z]+\.[A-Za-z-]+(\.[A-Za-z]+)?$/.test(k) && /[A-Z.-]/.test(k.split('.').slice(1).join('.')));
    const found: string[] = [];
    for (const p of htmlPages()) {
      const text = readerText(p.tree);
      for (const m of text.matchAll(/\{[A-Za-z]\w*\}/g)) found.push(`${p.url}: ${m[0]}`);
      for (const k of keys) if (text.includes(k)) found.push(`${p.url}: ${k}`);
    }
    expect(found).toEqual([]);
  });
});

describe('every page, in the dictionary’s words', () => {
  it('the header’s navigation and the footer', () => {
    const { t } = words();
    for (const p of htmlPages().filter((x) => $(x.tree, 'footer.site-footer'))) {
      expect(toString($(p.tree, '.skip-link')!), p.url).toBe(t('nav.skip'));
      const nav = $(p.tree, 'header.site-header nav')!;
      expect(nav.properties.ariaLabel, p.url).toBe(t('nav.site'));
      expect(toString($$(nav, 'a')[0]!), p.url).toBe(t('nav.claims'));
      const [ours, theirs] = $$(p.tree, 'footer.site-footer > p');
      expect(toString($(ours!, 'b')!), p.url).toBe(t('footer.explainer'));
      expect(toString($(theirs!, 'b')!), p.url).toBe(t('work.footerLabel'));
      expect($(p.tree, 'footer.site-footer nav')!.properties.ariaLabel, p.url).toBe(t('footer.about'));
      expect(toString($(p.tree, 'footer.site-footer nav a')!), p.url).toBe(t('method.title'));
    }
  });
});

describe('the claim pages', () => {
  const claims = () => model().claims.map((c) => ({ claim: c, page: page(c.href) }));

  it('the notes beside the text: their name, each statement’s status, each mark’s name, each ¶ number’s', () => {
    const { t } = words();
    const status = statusWords(words());
    const names = new Set(Object.values(status.word).map((w) => `${w}.`));
    for (const { page: p } of claims()) {
      for (const note of $$(p.tree, '.para-note')) expect(note.properties.ariaLabel, p.url).toBe(t('notes.label', { n: String(note.properties.dataN) }));
      for (const s of $$(p.tree, '.statement-notes strong.status')) expect(names.has(toString(s)), `${p.url}: ${toString(s)}`).toBe(true);
      for (const back of $$(p.tree, '.note-back')) expect(back.properties.ariaLabel, p.url).toBe(t('notes.back', { label: toString(back) }));
      for (const n of $$(p.tree, 'a.pnum')) expect(n.properties.ariaLabel, p.url).toBe(t('paragraph.title', { n: String(n.properties.dataN) }));
    }
  });

  it('the line under the text, the review line and the sidebars', () => {
    const { t, formatDate } = words();
    const { work } = interfaceWords();
    const article = model().explainer.article;
    const from = squash(
      work
        .fromWorkParts(article)
        .map((x) => (typeof x === 'string' ? x : 'href' in x ? x.text : x.title))
        .join(''),
    );
    for (const { claim, page: p } of claims()) {
      expect(squash(toString($(p.tree, 'p.attribution')!)), p.url).toBe(from);
      const reviewed = squash(toString($(p.tree, 'p.reviewed')!));
      expect(reviewed.startsWith(t('claim.reviewed', { date: formatDate(claim.reviewed) })), `${p.url}: ${reviewed}`).toBe(true);
      if (claim.corrections.length) expect(reviewed, p.url).toContain(t('claim.changes', { count: claim.corrections.length }));
      if (claim.events.length) expect(reviewed, p.url).toContain(t('claim.dates', { count: claim.events.length }));
      expect(toString($(p.tree, '#sources-heading')!), p.url).toBe(t(model().parts.sources ? 'sidebar.sources' : 'sidebar.statements'));
      if (model().parts.actors) expect(toString($(p.tree, '#actors-heading')!), p.url).toBe(t('sidebar.actors'));
    }
  });
});

describe('/method/, /sources/ and the downloads', () => {
  it('/method/: its headings, and what each kind of source is', () => {
    const { t } = words();
    const p = page('/method/');
    expect(toString($(p.tree, 'h1')!)).toBe(t('method.title'));
    expect(toString($(p.tree, '#status-heading')!)).toBe(t('method.marks'));
    expect(toString($(p.tree, '#who-heading')!)).toBe(t('method.who'));
    if (model().parts.sources) {
      const items = $$(p.tree, '.origin-list li').map((li) => squash(toString(li)));
      expect(items[0]).toBe(originText(words(), { origin: 'primary' }));
      expect(items.some((i) => i.includes(t('sources.weak')))).toBe(true);
    }
  });

  it('/sources/: its heading, and each source’s page says what the source is', () => {
    if (!model().parts.sources) return;
    const { t, capitalise } = words();
    expect(toString($(page('/sources/').tree, 'h1')!)).toBe(t('sources.title'));
    for (const s of model().sources) {
      const kicker = squash(toString($(page(s.href).tree, 'p.kicker')!));
      expect(kicker, s.href).toBe(`${t('source.number', { n: String(s.number) })} · ${capitalise(originText(words(), s))} · ${t('sources.all')}`);
    }
  });

  it('each download is named and described in the dictionary’s words', () => {
    const { t } = words();
    const links = $$(page('/').tree, '.downloads-list li');
    expect(links.length).toBeGreaterThan(0);
    for (const li of links) {
      const a = $(li, 'a')!;
      const format = FORMATS.find((f) => `/${f.file}` === a.properties.href)!;
      expect(toString(a)).toBe(t(format.label));
      // Both sides squashed: the page's text and the message alike may hold the language's no-break spaces.
      expect(squash(toString(li)).endsWith(squash(`${t(format.note)}.`)), squash(toString(li))).toBe(true);
    }
  });
});
