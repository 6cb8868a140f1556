// Citations on the built site (src/lib/cite, src/pages/cite/): every file reads
// back, with citation-js and field by field, to the facts of the model; the
// Chicago, APA and MLA texts name what they cite and keep a description a
// description and an inferred date inferred; claim pages carry the citation_*
// tags reference managers read; the styles speak the explainer's CSL locale. Holds for any explainer (scripts/test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { model, siteUrl, interfaceWords } from '../helpers/explainer.ts';
import { $, $$, fileOf, loadPage } from '../helpers/dist.ts';
import { contentType } from '../../src/lib/serve.ts';
import { cslLocale } from '../../src/lib/cite/index.ts';

const m = model();
const article = m.explainer.article;
const siteName = m.explainer.site.name;
const abs = (path: string) => new URL(path, siteUrl()).href;
const dateParts = (day: string) => [day.split('-').map(Number)];
/** The CSL locale the styles are formatted in (the explainer's tag's, else its language's usual one, else en-US), and its XML. */
const locale = cslLocale(m.explainer.site.locale);
const localeXml = plugins.config.get('@csl').locales.get(locale);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const entities = (text: string) => text.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10)));
/** A term of the locale, its long form (a month's name, a quotation mark). */
function localeTerm(name: string): string {
  const term = new RegExp(`<term name="${name}"(?: gender="[^"]*")?>([^<]*)</term>`).exec(localeXml)?.[1];
  if (term === undefined) throw new Error(`no term ${name} in the CSL locale ${locale}`);
  return entities(term);
}
/** How the styles label a paragraph ("para." in en-US, "paragr." in fr-FR), as a pattern: the short term of the CSL locale they are formatted in. */
const paragraphTerm = (() => {
  const term = /<term name="paragraph" form="short">\s*(?:<single>)?([^<]+)/.exec(localeXml)?.[1]?.trim();
  if (!term) throw new Error(`no short term for a paragraph in the CSL locale ${locale}`);
  return escapeRe(term);
})();
/** A day (YYYY-MM-DD) as the locale writes a date in words ("7 December 2026" in en-GB, "December 7, 2026" in en-US): its `<date form="text">`. */
function textDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const form = /<date form="text">([\s\S]*?)<\/date>/.exec(localeXml)?.[1];
  if (!form) throw new Error(`no date in words in the CSL locale ${locale}`);
  return [...form.matchAll(/<date-part ([^>]*?)\/>/g)]
    .map(([, attributes]) => {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1];
      const part = attr('name');
      const dayForm = attr('form') ?? 'numeric';
      if (part === 'day' && !['numeric', 'numeric-leading-zeros'].includes(dayForm)) throw new Error(`${locale}: a day's form ${dayForm} is not read here`);
      const value =
        part === 'year'
          ? String(year)
          : part === 'month'
            ? localeTerm(`month-${String(month).padStart(2, '0')}`)
            : String(date).padStart(dayForm === 'numeric' ? 1 : 2, '0');
      return `${entities(attr('prefix') ?? '')}${value}${entities(attr('suffix') ?? '')}`;
    })
    .join('');
}

function read(path: string): string {
  const file = fileOf(path);
  if (!file) throw new Error(`${path} was not built`);
  return readFileSync(file, 'utf8');
}
/** What citation-js reads from a file, without its provenance graph. */
const parsed = (text: string) => (new Cite(text).data as Record<string, unknown>[]).map(({ _graph, ...item }) => item);
/** RIS tags of a one-record file, each tag's values in order. */
function risTags(text: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const hit = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    expect(hit, `not a RIS tag line: ${line}`).not.toBeNull();
    tags.set(hit![1]!, [...(tags.get(hit![1]!) ?? []), hit![2]!]);
  }
  return tags;
}
/** One BibTeX field's raw value (UTF-8; braces that protect capitals and the escapes of TeX's special characters dropped). */
function bibField(text: string, field: string): string | undefined {
  const hit = new RegExp(`^\\s*${field} = \\{(.*)\\},?$`, 'm').exec(text);
  return hit?.[1]!.replace(/[{}]/g, '').replace(/\\([&%$#_])/g, '$1');
}

// The article's title as every format must show it: a description in square brackets, never quoted.
const markedTitle = article.titleIsDescription ? `[${article.title}]` : article.title;

describe('citation files', () => {
  const claims = m.claims;

  it.each(claims.map((c) => [c.slug, c] as const))('claim %s: CSL-JSON, BibTeX and RIS read back to the claim page', (_slug, claim) => {
    const url = abs(claim.href);
    const expected = { type: 'webpage', title: claim.title, URL: url, issued: { 'date-parts': dateParts(claim.reviewed) } };

    const json = read(`/cite/${claim.slug}.json`);
    const items = JSON.parse(json) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ...expected, 'container-title': siteName });
    expect(parsed(json)[0]).toMatchObject({ ...expected, 'container-title': siteName });

    const bib = read(`/cite/${claim.slug}.bib`);
    expect(bib).toMatch(/^@online\{[A-Za-z0-9_]+,$/m);
    expect(bibField(bib, 'title')).toBe(claim.title);
    expect(bibField(bib, 'booktitle')).toBe(siteName);
    expect(bibField(bib, 'url')).toBe(url);
    expect(bibField(bib, 'date')).toBe(claim.reviewed);
    expect(parsed(bib)[0]).toMatchObject({ ...expected, 'container-title': siteName });

    const ris = read(`/cite/${claim.slug}.ris`);
    const tags = risTags(ris);
    expect(tags.get('TY')).toEqual(['ELEC']);
    expect(tags.get('TI')).toEqual([claim.title]);
    expect(tags.get('T2'), 'RIS T2: the website title').toEqual([siteName]);
    expect(tags.get('UR')).toEqual([url]);
    expect(tags.get('PY')).toEqual([claim.reviewed.slice(0, 4)]);
    expect(tags.get('ER')).toEqual(['']);
    expect(parsed(ris)[0]).toMatchObject({ ...expected, 'collection-title': siteName });
  });

  it('are served with their formats’ types, as the download links announce them', () => {
    const expected = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems', json: 'application/json' };
    const links = $$(loadPage(fileOf('/cite/')!).tree, 'a[download]');
    expect(links).toHaveLength(3);
    for (const a of links) {
      const ext = String(a.properties.href).split('.').pop() as keyof typeof expected;
      expect((contentType as (name: string) => string)(`x.${ext}`)).toBe(`${expected[ext]}; charset=utf-8`);
      expect(a.properties.type, String(a.properties.href)).toBe(expected[ext]);
    }
  });

  it('the article: its title stays a description and its date stays inferred in every file', () => {
    const json = read('/cite/article.json');
    const bib = read('/cite/article.bib');
    const ris = read('/cite/article.ris');
    const item = (JSON.parse(json) as Record<string, unknown>[])[0]!;
    // Its address only where it has one; whoever published or delivered it, named as a reference list starts a name.
    expect(item.URL).toBe(article.url);
    const by = article.by && interfaceWords().i18n.capitalise(article.by);
    if (by) expect(JSON.stringify([item.publisher, item.author])).toContain(JSON.stringify(by).slice(1, -1));
    if (article.kind === 'article' && article.url) {
      // An article online: a web page on its publisher's site, in every file.
      const base = { type: 'webpage', title: markedTitle, URL: article.url, ...(by ? { publisher: by } : {}) };
      expect(item).toMatchObject({ ...base, ...(article.where ? { 'container-title': article.where } : {}) });
      for (const back of [parsed(json)[0], parsed(ris)[0]]) expect(back).toMatchObject(base);
      // BibTeX reads any run of white space as one space: a no-break space (French typography) comes back as a space.
      const spaced = (x: unknown) => (typeof x === 'string' ? x.replace(/\s+/g, ' ') : x);
      expect(Object.fromEntries(Object.entries(parsed(bib)[0]!).map(([k, v]) => [k, spaced(v)]))).toMatchObject({ ...base, title: spaced(base.title) });
      if (article.where) {
        expect(parsed(bib)[0]).toMatchObject({ 'container-title': article.where });
        expect(parsed(ris)[0]).toMatchObject({ 'collection-title': article.where });
      }
    } else {
      expect(item.type).not.toBe('webpage');
      for (const back of [parsed(json)[0], parsed(bib)[0], parsed(ris)[0]]) expect(back).toMatchObject({ title: markedTitle });
    }
    expect(risTags(ris).get('TI')).toEqual([markedTitle]);
    expect(bibField(bib, 'title')).toBe(markedTitle);

    const notes = [String(item.note ?? ''), String(parsed(bib)[0]!.note ?? ''), risTags(ris).get('N1')?.join(' ') ?? ''];
    if (article.dateInferred) {
      // No precise date is made up: the words, marked, in CSL-JSON; the note in every format.
      expect(item.issued).toEqual({ literal: `${article.date} (inferred)` });
      for (const note of notes) expect(note).toContain(`${article.date} (inferred)`);
      expect(risTags(ris).has('PY') || risTags(ris).has('DA')).toBe(false);
      expect(bibField(bib, 'date')).toBeUndefined();
    } else {
      expect(JSON.stringify(item.issued)).not.toContain('inferred');
    }
    if (article.titleIsDescription && article.titleNote) for (const note of notes) expect(note).toContain(article.titleNote);
  });
});

describe('citation pages', () => {
  const texts = (html: string, scope: string) =>
    $$(loadPage(fileOf(html)!).tree, `${scope} dd.citation-text`).map((dd) => ({ style: String(dd.properties.dataStyle), text: toString(dd) }));

  it('/cite/ gives the article in Chicago, APA and MLA, description and inferred date marked, and links its files', () => {
    const page = loadPage(fileOf('/cite/')!);
    const styles = texts('/cite/', '#article-heading + dl');
    expect(styles.map((s) => s.style)).toEqual(['chicago', 'apa', 'mla']);
    for (const { style, text } of styles) {
      if (article.titleIsDescription) {
        expect(text, style).toContain(`[${article.title}]`);
        expect(text, `${style} quotes a description as a title`).not.toMatch(/[“"‘]\s*\[/);
      } else {
        expect(text.toLowerCase(), style).toContain(article.title.toLowerCase());
      }
      if (article.dateInferred) expect(text, style).toContain(`${article.date} (inferred)`);
      if (article.url) expect(text, style).toContain(article.url);
      if (article.where) expect(text, style).toContain(article.where);
    }
    const hrefs = $$(page.tree, 'a[download]').map((a) => String(a.properties.href));
    expect(hrefs).toEqual(['/cite/article.bib', '/cite/article.ris', '/cite/article.json']);
    for (const c of m.claims) expect($(page.tree, `a[href="/cite/${c.slug}/"]`), c.slug).not.toBeNull();
  });

  it.each(m.claims.map((c) => [c.slug, c] as const))(
    '/cite/%s/ names the claim and its address in each style, and cites each paragraph at #p<N>',
    (slug, claim) => {
      const path = `/cite/${slug}/`;
      const page = loadPage(fileOf(path)!);
      const own = texts(path, '#page-heading + dl');
      expect(own.map((s) => s.style)).toEqual(['chicago', 'apa', 'mla']);
      for (const { style, text } of own) {
        // The styles may change a title's case (Chicago and MLA use title case); never its words.
        expect(text.toLowerCase(), style).toContain(claim.title.toLowerCase());
        expect(text, style).toContain(abs(claim.href));
        expect(text, style).toContain(siteName);
      }
      for (let n = claim.paragraphs.from; n <= claim.paragraphs.to; n++) {
        const section = $(page.tree, `section#p${n}`);
        expect(section, `${path}#p${n}`).not.toBeNull();
        const notes = $$(section!, 'dd.citation-text').map((dd) => toString(dd));
        expect(notes).toHaveLength(3);
        expect(notes[0], `Chicago note for ¶${n}`).toContain(abs(`${claim.href}#p${n}`));
        for (const note of notes) expect(note).toMatch(new RegExp(`(?<!\\p{L})${paragraphTerm} ${n}(?!\\d)`, 'u'));
      }
      // The article it quotes, marked as on /cite/.
      for (const { text } of texts(path, '#article-heading + dl')) {
        if (article.titleIsDescription) expect(text).toContain(`[${article.title}]`);
        if (article.dateInferred) expect(text).toContain('(inferred)');
      }
      expect(
        $$(page.tree, 'a[download]')
          .map((a) => String(a.properties.href))
          .slice(0, 3),
      ).toEqual([`/cite/${slug}.bib`, `/cite/${slug}.ris`, `/cite/${slug}.json`]);
    },
  );

  it(`the styles are in the explainer's CSL locale, ${locale}: its quotation marks and its dates in words`, () => {
    // In en-GB ‘The Claim’, 7 December 2026; in en-US “The Claim,” December 7, 2026 (a style's own punctuation may come inside the marks).
    const quoted = (title: string) => new RegExp(`${escapeRe(localeTerm('open-quote'))}${escapeRe(title)}[.,]?${escapeRe(localeTerm('close-quote'))}`, 'iu');
    for (const claim of m.claims) {
      const [chicago, , mla] = texts(`/cite/${claim.slug}/`, '#page-heading + dl').map((s) => s.text);
      for (const text of [chicago!, mla!]) expect(text, claim.slug).toMatch(quoted(claim.title));
      expect(chicago, claim.slug).toContain(textDate(claim.reviewed));
    }
  });

  it('each claim page links to its citations, and each short link /p/<N>/ to its paragraph’s', () => {
    for (const claim of m.claims) {
      const page = loadPage(fileOf(claim.href)!);
      expect($(page.tree, `.cite-this a[href="/cite/${claim.slug}/"]`), claim.slug).not.toBeNull();
      // "Cite this claim" is the citation page's first entry, by the same CSL processor: one way to cite a claim.
      const first = $(loadPage(fileOf(`/cite/${claim.slug}/`)!).tree, '#page-heading + dl dd.citation-text')!;
      expect(toString($(page.tree, '.cite-this #citation')!), claim.slug).toBe(toString(first));
    }
    for (const p of m.paragraphs) {
      const page = loadPage(fileOf(`/p/${p.n}/`)!);
      expect($(page.tree, `main a[href="/cite/${p.claim}/#p${p.n}"]`), `/p/${p.n}/`).not.toBeNull();
    }
  });
});

describe('reference-manager metadata on claim pages', () => {
  it.each(m.claims.map((c) => [c.slug, c] as const))('%s: citation_* tags name the claim page, and make it a web page for Zotero', (_slug, claim) => {
    const { tree } = loadPage(fileOf(claim.href)!);
    const meta = (name: string) => $$(tree, `meta[name="${name}"]`).map((el) => String(el.properties.content));
    expect(meta('citation_title')).toEqual([claim.title]);
    expect(meta('citation_title')).not.toContain(article.title);
    expect(meta('citation_publication_date')).toEqual([claim.reviewed.replace(/-/g, '/')]);
    expect(meta('citation_public_url')).toEqual([abs(claim.href)]);
    expect(meta('citation_language')).toEqual([m.explainer.site.locale]);
    // Zotero: citation_title alone guesses a journal article; its own item type wins; the website title is og:site_name.
    expect(meta('z.itemType')).toEqual(['webpage']);
    expect(String($(tree, 'meta[property="og:site_name"]')?.properties.content)).toBe(siteName);
    // Tags that would make Zotero pick another item type, or invent an author.
    for (const name of ['citation_journal_title', 'citation_conference_title', 'citation_book_title', 'citation_author', 'citation_isbn'])
      expect(meta(name), name).toEqual([]);
  });

  it('other pages carry no citation_* tags (they would describe the wrong thing)', () => {
    for (const path of ['/', '/cite/', `/cite/${m.claims[0]!.slug}/`, '/pamphlet/']) {
      expect($$(loadPage(fileOf(path)!).tree, 'meta[name^="citation_"]'), path).toEqual([]);
    }
  });
});
