// The text an explainer explains, whatever its kind (an article, a speech, a report…), as every page and format
// speaks of it. The sentences the engine builds from explainer.yaml `article` (src/lib/render/work.ts) name it by
// its kind's words, name who published or delivered it exactly as the content writes it (never "the The
// Hollinsbridge Bulletin", never "an article published by the Abraham Lincoln"), and leave out what the content
// does not say (a speech with no address has no "original" link and no URL in its metadata). The method page's
// account of the research is the content's own. Holds for any explainer (scripts/test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/lib/render/work.ts';
import { $, $$, DIST, distFiles, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { golden, interfaceWords, model } from '../helpers/explainer.ts';
import { readerText } from '../helpers/reader-text.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const article = () => model().explainer.article;
const words = () => ({ noun: interfaceWords().i18n.workForm('noun') });
const work = () => interfaceWords().work;

/**
 * Every document a reader takes away or opens, as the text they read: the pages (the pamphlet's among them, which
 * the PDFs print word for word: pdftotext's reading of their two-column appendices interleaves lines, so a
 * sentence is read whole only there), the offline copy, the EPUB's documents.
 */
function documents(): { where: string; text: string }[] {
  const pages = distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ where: f, text: readerText(fromHtml(readFileSync(f, 'utf8'))) }));
  const epub = join(DIST, 'explainer.epub');
  const entries = existsSync(epub) ? unzipSync(new Uint8Array(readFileSync(epub))) : {};
  const book = Object.keys(entries)
    .filter((name) => /\.(xhtml|opf)$/.test(name))
    .map((name) => {
      const text = strFromU8(entries[name]!);
      return { where: `explainer.epub/${name}`, text: name.endsWith('.opf') ? text.replace(/<[^>]*>/g, '\n') : readerText(fromHtml(text)) };
    });
  return [...pages, ...book];
}

describe('the explained text, in every sentence about it', () => {
  it('never gets a second article: no "the The …", "a an …" in any page, the pamphlet, the EPUB or the offline copy', () => {
    const docs = documents();
    expect(
      docs.some((d) => d.where.endsWith('explainer.html')),
      'the offline copy was built',
    ).toBe(true);
    expect(
      docs.some((d) => d.where.startsWith('explainer.epub/')),
      'the EPUB was built',
    ).toBe(true);
    // The text's own words may say what they like: only our sentences are held to this.
    const own = golden().join('\n');
    const found = docs.flatMap(({ where, text }) =>
      [...squash(text).matchAll(/\b(the|an?)\s+(the|an?)\b/gi)]
        .filter((m) => !own.includes(m[0]))
        .map((m) => `${where}: “…${squash(text).slice(Math.max(0, m.index - 40), m.index + 60)}…”`),
    );
    expect(found).toEqual([]);
  });

  it('names it by its kind, and who published or delivered it as the content writes them', () => {
    const { by, where } = article();
    const w = words();
    const home = squash(toString($(loadPage(join(DIST, 'index.html')).tree, 'main p.meta')!));
    expect(home, 'the home page says what it explains').toBe(squash(plain(work().explainerOfParts(article()))));
    const lines = [home];
    for (const c of model().claims) {
      const line = squash(toString($(loadPage(fileOf(c.href)!).tree, 'p.attribution')!));
      expect(line, c.href).toBe(squash(plain(work().fromWorkParts(article()))));
      lines.push(line);
    }
    for (const page of htmlPages()) {
      const footer = $$(page.tree, 'footer.site-footer > p')[1];
      if (!footer) continue;
      const line = squash(toString(footer));
      const { label, parts } = work().footerParts(article());
      expect(line, page.url).toBe(squash(`${label} ${plain(parts)}`));
      lines.push(line);
    }
    // /method/'s "Who made this": the text it explains, in a sentence of its own (its rights follow, in the content's words).
    const dl = $$(loadPage(fileOf('/method/')!).tree, '#who dl > *');
    const heading = work().itExplainsHeading(article());
    const at = dl.findIndex((el) => el.tagName === 'dt' && squash(toString(el)) === heading);
    expect(at, `/method/ has a “${heading}”`).toBeGreaterThanOrEqual(0);
    lines.push(squash(toString(dl[at + 1]!)).replace(squash(article().rights), ''));
    const cover = squash(toString($(loadPage(fileOf('/pamphlet/')!).tree, '.cover-article .cover-label')!));
    expect(cover).toBe(heading);
    for (const line of lines) {
      if (by) expect(line, line).toContain(by);
      // The kind's words only: a speech is never called an article where the engine describes it.
      for (const other of ['article', 'speech', 'report', 'interview', 'statement', 'letter', 'essay', 'post']) {
        if (other !== w.noun) expect(line.replace(by ?? '', '').replace(where ?? '', ''), line).not.toMatch(new RegExp(`\\b${other}\\b`, 'i'));
      }
    }
    if (where) for (const line of lines.slice(0, 1 + model().claims.length)) expect(line).toContain(where);
  });

  it('says nothing it does not know: no empty slot, and no address where the text has none', () => {
    const { url } = article();
    for (const page of htmlPages()) {
      const text = readerText(page.tree);
      expect(text, page.url).not.toMatch(/\bundefined\b|\[object Object\]/);
      const originals = $$(page.tree, 'a').filter((a) => squash(toString(a)) === interfaceWords().i18n.t('work.original'));
      if (url) for (const a of originals) expect(a.properties.href, page.url).toBe(url);
      else expect(originals.length, `${page.url} links an “original” the text does not have`).toBe(0);
      for (const script of $$(page.tree, 'script[type="application/ld+json"]')) {
        const ld = JSON.parse(toString(script)) as { isBasedOn?: { url?: string; '@id'?: string } };
        const based = ld.isBasedOn ?? (ld as { isPartOf?: { isBasedOn?: { url?: string } } }).isPartOf?.isBasedOn;
        if (based) expect(based.url, page.url).toBe(url);
      }
    }
    if (url) expect($$(loadPage(join(DIST, 'index.html')).tree, 'main p.meta a').map((a) => a.properties.href)).toContain(url);
  });
});

describe('/method/', () => {
  it('tells the research as the content does (explainer.yaml `research`), before the engine’s account of the marks', () => {
    const section = $(loadPage(fileOf('/method/')!).tree, 'section[aria-labelledby="how-heading"]')!;
    const paragraphs = $$(section, 'p').map((p) => squash(toString(p)));
    const research = model()
      .explainer.research.split(/\n\s*\n/)
      .map(squash)
      .filter(Boolean);
    expect(paragraphs.slice(0, research.length)).toEqual(research);
  });
});
