// The source's own words beside the article's, on the built site: every statement a source backs shows,
// in its note on the claim page and on the source's own page, the words of that source as the research
// quotes them (in their language, the research's English marked as a translation), or why there are
// none; a note that says something is sourced links to the statement it means. Holds for any explainer
// (scripts/test.ts).
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { $, $$, claimPagesInOrder, fileOf, loadPage } from '../helpers/dist.ts';
import { model, interfaceWords } from '../helpers/explainer.ts';
import { translationNote } from '../../src/lib/render/words.ts';

const m = model();
const claims = claimPagesInOrder();
const statements = Object.values(m.statements).flat();
const noteOn = (id: string) => {
  for (const page of claims) {
    const li = $(page.tree, `li#note-${id}`);
    if (li) return { page, li };
  }
  throw new Error(`no note for ${id}`);
};
/** The words a note shows for one source: the quotation after its number, and what follows up to the next source. */
const sourceLine = (li: Element, number: number) => $$(li, '.note-source').find((s) => toString($(s, 'a')!) === `[${number}]`)!;

describe('the note on each statement a source backs', () => {
  const sourced = statements.filter((s) => s.sources.length);

  it('quotes each source’s own words, in the source-quote style and their language, or says why it cannot', () => {
    // An explainer with sources has statements they back (an explainer may have none: then nothing to quote).
    expect(sourced.length > 0).toBe(model().sources.length > 0);
    let quoted = 0;
    for (const st of sourced) {
      const { page, li } = noteOn(st.id);
      for (const c of st.sources) {
        const line = sourceLine(li, c.number);
        expect(line, `${page.url}#note-${st.id}: [${c.number}]`).toBeTruthy();
        const said = $(line, 'q.said');
        if (c.excerpt) {
          quoted++;
          expect(said && toString(said), `${page.url}#note-${st.id}: [${c.number}]`).toBe(c.excerpt);
          expect(said!.properties.lang, `${page.url}#note-${st.id}: [${c.number}] lang`).toBe(c.excerptLang);
          if (c.excerptTranslation) expect(toString(line)).toContain(translationNote(interfaceWords().i18n, c.excerptTranslation).trim());
        } else {
          expect(said, `${page.url}#note-${st.id}: [${c.number}]`).toBeFalsy();
          expect(toString(line)).toContain(c.excerptMissing!);
        }
      }
    }
    // Sources quote their own words: an explainer with sources shows some of them.
    expect(quoted > 0).toBe(model().sources.length > 0);
  });

  it('keeps the source’s words out of the article’s text: they are in our notes only', () => {
    for (const page of claims) {
      const inNotes = new Set($$(page.tree, '[data-not-article] q.said'));
      for (const q of $$(page.tree, 'q.said')) expect(inNotes.has(q), page.url).toBe(true);
    }
  });
});

describe('each source’s page', () => {
  it('shows, for every statement it backs, what the article says and what the source says', () => {
    for (const source of m.sources.filter((s) => s.statements.length)) {
      const page = loadPage(fileOf(source.href)!);
      const pairs = $$(page.tree, 'dl.said-pair');
      expect(pairs.length, source.href).toBe(source.statements.length);
      source.statements.forEach(({ id }, i) => {
        const st = statements.find((x) => x.id === id)!;
        const c = st.sources.find((x) => x.id === source.id)!;
        const [article, said] = $$(pairs[i]!, 'dd');
        expect(toString(article!), `${source.href} ${id}`).toContain(st.quote);
        if (c.excerpt) expect(toString($(said!, 'q.said')!), `${source.href} ${id}`).toBe(c.excerpt);
        else expect(toString(said!), `${source.href} ${id}`).toContain(c.excerptMissing!);
      });
    }
  });
});

describe('a note that says something is sourced', () => {
  it('links to each statement it means, and the link leads to that statement’s mark', () => {
    const pointing = statements.filter((s) => s.sourced?.length);
    for (const st of pointing) {
      const { page, li } = noteOn(st.noteOf);
      const hrefs = $$(li, 'a').map((a) => String(a.properties.href));
      for (const ref of st.sourced!) {
        expect(hrefs, `${page.url}#note-${st.noteOf}`).toContain(ref.href);
        const [path, id] = ref.href.startsWith('#') ? [page.url, ref.href.slice(1)] : ref.href.split('#');
        expect($(loadPage(fileOf(path!)!).tree, `#${id}`), `${page.url} → ${ref.href}`).toBeTruthy();
      }
    }
  });
});
