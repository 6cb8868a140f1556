// The pages' words in the reader's language: the sentences about the explained text (src/lib/render/work.ts), the
// status words, what each source is, and the notes the Markdown plugin writes beside the text, rendered from the
// dictionaries of French and Arabic (and English as the pages have always said it). The built English site is
// checked by tests/site/interface-words.test.ts.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/core.ts';
import { createWorkSentences, plain, type Work } from '../../src/lib/render/work.ts';
import { statusWords } from '../../src/lib/render/status.ts';
import { originText } from '../../src/lib/render/origin.ts';
import { originLabel } from '../../src/model/entries.ts';
import { ORIGINS } from '../../src/model/schemas.ts';
import rehypeStatementMarks from '../../src/plugins/rehype-statement-marks.ts';
import rehypeParagraphNumbers from '../../src/plugins/rehype-paragraph-numbers.ts';
import { loadFixtures, rehypeHtml } from '../helpers/fixtures.ts';

const nb = '\u00A0';
const nn = '\u202F';

const article: Work = {
  kind: 'article',
  title: 'Le square de la rue du Moulin',
  titleIsDescription: false,
  by: 'La Gazette de Hollinsbridge',
  where: 'gazette.example.org',
  url: 'https://gazette.example.org/square',
  date: '20 mai 2024',
  dateInferred: false,
  author: 'Claire Martin',
};
const speech: Work = {
  kind: 'speech',
  title: 'Inauguration de la bibliothèque',
  titleIsDescription: true,
  by: 'la maire',
  where: undefined,
  url: undefined,
  date: 'juin 2024',
  dateInferred: true,
};
const sentences = (locale: string, kind: Work['kind'] = 'article') => createWorkSentences(createI18n({ locale, kind }));

describe('the sentences about the explained text', () => {
  it('in French: its kind, who published it and where, in the language’s word order and typography', () => {
    const fr = sentences('fr-FR');
    expect(plain(fr.explainerOfParts(article))).toBe(
      `Décryptage d’un article publié par La Gazette de Hollinsbridge (gazette.example.org), 20 mai 2024. Auteur${nb}: Claire Martin.`,
    );
    expect(plain(fr.fromWorkParts(article))).toBe('Extrait de l’article publié par La Gazette de Hollinsbridge (gazette.example.org), 20 mai 2024.');
    expect(fr.footerParts(article).label).toBe(`L’article${nb}:`);
    expect(plain(fr.footerParts(article).parts)).toBe('La Gazette de Hollinsbridge, 20 mai 2024 · original');
    expect(plain(fr.originSentence(article))).toBe('Publié par La Gazette de Hollinsbridge (gazette.example.org), 20 mai 2024.');
    expect(fr.itExplainsHeading(article)).toBe('L’article que nous décryptons');
    expect(fr.title(article)).toBe(`«${nn}Le square de la rue du Moulin${nn}»`);
    expect(fr.workFacts(article).map((f) => f.label)).toEqual(['Publié par', 'Lieu', 'Date', 'Auteur', 'Original']);
    // The where is a link to the text's address, inside the sentence.
    expect(fr.originParts(article)).toEqual([
      'publié par La Gazette de Hollinsbridge (',
      { text: 'gazette.example.org', href: 'https://gazette.example.org/square' },
      ')',
    ]);
  });

  it('in French, a speech with nothing known of where: no empty slot, its own verb’s agreement, an inferred date said so', () => {
    const fr = sentences('fr-FR', 'speech');
    expect(plain(fr.fromWorkParts(speech))).toBe('Extrait du discours prononcé par la maire, juin 2024 (date déduite).');
    expect(plain(fr.explainerOfTitleParts(speech))).toBe('Décryptage du discours [Inauguration de la bibliothèque]');
    const bare = { ...speech, by: undefined };
    expect(plain(fr.fromWorkParts(bare))).toBe('Extrait du discours, juin 2024 (date déduite).');
    expect(plain(fr.originSentence(bare))).toBe('Un discours, juin 2024 (date déduite).');
    expect(plain(fr.originSentence({ ...bare, url: 'https://example.org/x' }))).toBe('Un discours (original), juin 2024 (date déduite).');
  });

  it('in Arabic: the Arabic comma, the verb of the kind, right to left', () => {
    const ar = sentences('ar');
    expect(plain(ar.explainerOfParts(article))).toBe(
      'شرح المقال لـLa Gazette de Hollinsbridge، نُشر في gazette.example.org، 20 mai 2024. الكاتب: Claire Martin.',
    );
    expect(ar.footerParts(article).label).toBe('المقال:');
    expect(plain(ar.footerParts(article).parts)).toBe('La Gazette de Hollinsbridge، 20 mai 2024 · الأصل');
    expect(ar.itExplainsHeading(article)).toBe('المقال موضوع الشرح');
    expect(createI18n({ locale: 'ar' }).dir).toBe('rtl');
  });

  it('in English, as the pages have always said it', () => {
    const en = sentences('en-GB', 'speech');
    const mayor = { ...speech, by: 'Mayor Ruth Okafor', where: 'Hollinsbridge Library', date: '3 June 2024', dateInferred: false };
    expect(plain(en.fromWorkParts(mayor))).toBe('From the speech delivered by Mayor Ruth Okafor at Hollinsbridge Library, 3 June 2024.');
    expect(plain(en.originSentence(mayor))).toBe('Delivered by Mayor Ruth Okafor at Hollinsbridge Library, 3 June 2024.');
    expect(en.relationLabel(mayor)).toBe('Relation to the speech’s speaker');
    expect(en.argumentOf(mayor)).toBe('the argument of a speech by Mayor Ruth Okafor');
    expect(en.titledOrigin(mayor)).toBe('[Inauguration de la bibliothèque], delivered by Mayor Ruth Okafor (Hollinsbridge Library, 3 June 2024)');
  });

  it('refuses a text of another kind than the dictionary was made for (it would misname it)', () => {
    expect(() => sentences('fr-FR', 'article').fromWorkParts(speech)).toThrow(/kind `article`, not `speech`/);
  });
});

describe('status words and what a source is', () => {
  it('name each status in French, the opinion as the text’s own', () => {
    const fr = statusWords(createI18n({ locale: 'fr-FR', kind: 'speech' }));
    expect(fr.word['partly-verified']).toBe('Partiellement vérifié');
    expect(fr.word.opinion).toBe('Opinion ou analyse du discours');
    expect(fr.short.opinion).toBe('opinion');
    expect(fr.meaning['missing-context']).toContain('le discours omet');
  });

  it('say in English exactly what the model’s label (the open data’s) says, for every origin', () => {
    const en = createI18n({ locale: 'en-GB' });
    for (const origin of ORIGINS) {
      for (const extra of [{}, { via: 'AFP', state: 'Russia' }]) {
        const s = { origin, ...(origin === 'state-media' ? { state: 'Russia' } : extra) };
        expect(originText(en, s), origin).toBe(originLabel(s));
      }
    }
    expect(originText(createI18n({ locale: 'de' }), { origin: 'wire', via: 'dpa' })).toBe('Agenturmeldung (dpa)');
  });
});

describe('the notes beside the text, written by the Markdown plugins', () => {
  const cases = loadFixtures('rehype-statement-marks');
  const withWords = (locale: string) => (name: string) => {
    const c = cases.find((x) => x.name === name)!;
    return rehypeHtml({ ...c, options: { ...(c.options as object), i18n: createI18n({ locale }) } }, rehypeStatementMarks);
  };

  it('are in French for a French explainer: the notes’ name, the status, the count, the source’s words', async () => {
    const html = await withWords('fr-FR')('source-words-and-sourced-links');
    expect(html).toContain('aria-label="Notes sur le paragraphe 2"');
    expect(html).toContain('<summary>2 sources · 1 réserve · opinion</summary>');
    expect(html).toContain('<strong class="status status-verified">Vérifié.</strong>');
    expect(html).toContain(`<strong>Réserve${nb}:</strong>`);
    expect(html).toContain(`[traduction${nb}: Trump said he would help]`);
    expect(html).toContain('aria-label="[3, 4] vérifié, 2 sources"');
    expect(html).toMatch(/ Voir <a href="#s2-1">\[3, 4\]<\/a>, <a href="\/other-claim\/#s9-1">¶9 \[7\]<\/a>\./);
    expect(html).not.toMatch(/Notes on|Caveat|Verified|translation:|back to the statement| See /);
  });

  it('are in Arabic for an Arabic explainer, and in English as before without words given', async () => {
    const ar = await withWords('ar')('source-words-and-sourced-links');
    expect(ar).toContain('aria-label="ملاحظات على الفقرة 2"');
    expect(ar).toContain('<summary>مصدران · تحفّظ واحد · رأي</summary>');
    const c = cases.find((x) => x.name === 'source-words-and-sourced-links')!;
    expect(await rehypeHtml(c, rehypeStatementMarks)).toBe(c.expectedHtml);
  });

  it('name each ¶ number in the interface’s words', async () => {
    const fr = createI18n({ locale: 'fr-FR' });
    const html = await rehypeHtml(
      { input: '<p data-p="7" id="p7">Texte.</p>', options: { name: (n: number) => fr.t('paragraph.title', { n: String(n) }) } },
      rehypeParagraphNumbers,
    );
    expect(html).toContain('aria-label="Paragraphe 7"');
  });
});
