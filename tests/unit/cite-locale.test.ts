// The CSL locale the citation styles are formatted in (src/lib/cite cslLocale): the explainer's tag when there is a
// locale for it, else its language's usual one, else en-US; and what that changes in the styles' text, British
// against American (the dates, the quotation marks, where a comma goes), while the data stays the same.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bibliographyHtml, cslLocale, formatCitation, hasCslLocale, PRIMARY_DIALECTS } from '../../src/lib/cite/index.ts';
import { claimEntry } from '../../src/lib/cite/items.ts';
import { citeContext } from '../helpers/cite-context.ts';
import { cslJson } from '../../src/outputs/cite/files.ts';

const LOCALES_DIR = new URL('../../src/lib/cite/locales/', import.meta.url);

describe('the CSL locale of an explainer', () => {
  test.each([
    ['en-GB', 'en-GB'], // its own locale, not the language's usual one
    ['en-US', 'en-US'],
    ['en-gb', 'en-GB'], // the tag as BCP 47 writes it
    ['en', 'en-US'], // a language alone: its usual region
    ['en-AU', 'en-US'], // a region with no locale here: its language's usual one
    ['fr-FR', 'fr-FR'],
    ['fr-CA', 'fr-FR'],
    ['de', 'de-DE'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'], // Arabic's locale has no region
    ['ru', 'ru-RU'],
    ['uk-UA', 'uk-UA'],
    ['sr-Latn-RS', 'en-US'], // no locale for the language: the styles' own
    ['ja-JP', 'en-US'],
  ])('%s → %s', (tag, locale) => {
    expect(cslLocale(tag)).toBe(locale);
  });

  test('every vendored file is registered under the tag it declares, and every language with a locale has its usual one', () => {
    const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.xml'));
    expect(files).toContain('locales-en-GB.xml');
    for (const file of files) {
      const tag = /^locales-(.+)\.xml$/.exec(file)![1]!;
      expect(readFileSync(new URL(file, LOCALES_DIR), 'utf8'), file).toContain(`xml:lang="${tag}"`);
      expect(hasCslLocale(tag), `${file} is not registered under its name's tag`).toBe(true);
      const language = new Intl.Locale(tag).language;
      expect(PRIMARY_DIALECTS[language], `${file}: no primary dialect for ${language}`).toBeDefined();
    }
    for (const [language, locale] of Object.entries(PRIMARY_DIALECTS)) {
      expect(hasCslLocale(locale), `${language}'s primary dialect ${locale} has no locale`).toBe(true);
      expect(new Intl.Locale(locale).language).toBe(language);
    }
  });
});

describe('British and American citations of the same claim page', () => {
  const entry = (locale: string) => {
    const ctx = citeContext(locale);
    return claimEntry(ctx, { slug: 'the-claim', title: 'The claim', reviewed: '2026-12-07', paragraphs: { from: 1, to: 3 } }, '/the-claim/');
  };
  const gb = entry('en-GB');
  const us = entry('en-US');

  test('en-GB: day–month dates, single quotation marks, punctuation after the closing mark', () => {
    expect(bibliographyHtml(gb, 'chicago')).toBe('An Explainer. ‘The Claim’, 7 December 2026. https://explainer.example/the-claim/.');
    expect(formatCitation(gb, 'chicago', '2')).toBe('‘The Claim’, An Explainer, 7 December 2026, para. 2, https://explainer.example/the-claim/.');
    expect(bibliographyHtml(gb, 'mla')).toBe('‘The Claim’. <i>An Explainer</i>, 7 Dec. 2026, https://explainer.example/the-claim/.');
    expect(formatCitation(gb, 'mla', '2')).toBe('(‘The Claim’, para. 2)');
    // APA writes its own date order in any English.
    expect(bibliographyHtml(gb, 'apa')).toBe('<i>The claim</i>. (2026, December 7). An Explainer. https://explainer.example/the-claim/');
  });

  test('en-US: month–day dates, double quotation marks, punctuation inside them', () => {
    expect(bibliographyHtml(us, 'chicago')).toBe('An Explainer. “The Claim,” December 7, 2026. https://explainer.example/the-claim/.');
    expect(formatCitation(us, 'chicago', '2')).toBe('“The Claim,” An Explainer, December 7, 2026, para. 2, https://explainer.example/the-claim/.');
    expect(bibliographyHtml(us, 'mla')).toBe('“The Claim.” <i>An Explainer</i>, 7 Dec. 2026, https://explainer.example/the-claim/.');
    expect(formatCitation(us, 'mla', '2')).toBe('(“The Claim,” para. 2)');
    expect(bibliographyHtml(us, 'apa')).toBe('<i>The claim</i>. (2026, December 7). An Explainer. https://explainer.example/the-claim/');
  });

  test('the data is the same in both, but for the language it names: the date as date parts, no words', () => {
    const data = (e: typeof gb) => JSON.parse(cslJson([e])) as Record<string, unknown>[];
    expect(data(gb)[0]!.issued).toEqual({ 'date-parts': [[2026, 12, 7]] });
    const { language: _gb, note: _gbNote, ...gbData } = data(gb)[0]!;
    const { language: _us, note: _usNote, ...usData } = data(us)[0]!;
    expect(gbData).toEqual(usData);
    expect(data(gb)[0]!.language).toBe('en-GB');
  });
});
