// The interface's dictionaries and formats (src/i18n): every language complete and
// consistent with English, every key used, the locale's plural rules, dates, lists and
// quotation marks, the fallback language marked, an explainer's i18n.yaml checked.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import { dictionaries } from '../../src/i18n/dictionaries.ts';
import { createI18n, directionOf, placeholders } from '../../src/i18n/core.ts';
import { KEYS, categoriesOf, messageProblems } from '../../src/i18n/check.ts';
import { readOverrides } from '../../src/i18n/overrides.ts';
import { scriptModule, SCRIPTS } from '../../src/i18n/script-messages.ts';
import type { Key, Message } from '../../src/i18n/types.ts';
import { WORK_KINDS } from '../../src/model/schemas.ts';
import type { Dated } from '../../src/model/dates.ts';

const languages = Object.entries(dictionaries) as [string, Record<string, Message>][];

describe('the dictionaries', () => {
  it('every language has exactly the English keys', () => {
    for (const [lang, dict] of languages) {
      expect(
        Object.keys(dict).filter((k) => !KEYS.includes(k as Key)),
        `${lang}: keys English lacks`,
      ).toEqual([]);
      expect(
        KEYS.filter((k) => !(k in dict)),
        `${lang}: missing keys`,
      ).toEqual([]);
    }
  });

  it('every message has English’s placeholders and, if plural, exactly its language’s plural categories', () => {
    for (const [lang, dict] of languages) {
      expect(
        KEYS.flatMap((k) => messageProblems(k, dict[k]!, lang)),
        lang,
      ).toEqual([]);
    }
  });

  it('the checks catch a missing plural form, an extra one and a wrong placeholder', () => {
    expect(messageProblems('timeline.zoom', { one: '{count} событие', other: '{count} события' }, 'ru')).toEqual([
      '`timeline.zoom` lacks the plural forms few, many (ru has one, few, many, other)',
    ]);
    expect(messageProblems('timeline.zoom', { one: '{count} Ereignis', few: 'x {count}', other: '{count} Ereignisse' }, 'de')[0]).toMatch(
      /plural form few that de does not use/,
    );
    expect(messageProblems('claim.kicker', 'Claim {n} of {all} · {range}', 'en')).toEqual([
      '`claim.kicker` has placeholders {n} {all} {range}; it takes {n} {total} {range}',
    ]);
    expect(messageProblems('claim.ours', { one: 'a', other: 'b' }, 'en')).toEqual(['`claim.ours` is one text, not plural forms']);
  });

  it('Arabic, Russian and Ukrainian have the plural forms their languages need', () => {
    expect(Object.keys(dictionaries.ar['search.matches']).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(Object.keys(dictionaries.ru['timeline.daysLater']).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(categoriesOf('uk').sort()).toEqual(['few', 'many', 'one', 'other']);
  });

  // Every key is looked up somewhere in the engine: in a t('…') call, a <T k="…" />, a script's list of words or a
  // table of keys. A key nothing uses is a string no reader sees, which translators would still have to keep.
  it('every key is used in src/ (outside the dictionaries)', () => {
    const dictionaryFiles = new Set(Object.keys(dictionaries).map((l) => `${l}.ts`));
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
    const files = walk('src').filter(
      (f) => /\.(astro|ts|mjs)$/.test(f) && !(f.startsWith(join('src', 'i18n')) && dictionaryFiles.has(f.split(/[\\/]/).pop()!)),
    );
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = (k: string) => new RegExp(`['"\`]${k.replace(/\./g, '\\.')}['"\`]`).test(source);
    // The explained text's names (work.<kind>.<form>) are looked up by kind and form, in core.ts.
    expect(source).toContain('`work.${kind}.${form}`');
    const kindForm = (k: string) => WORK_KINDS.some((kind) => k.startsWith(`work.${kind}.`));
    expect(KEYS.filter((k) => !kindForm(k) && !used(k))).toEqual([]);
  });

  it('our prose uses each language’s quotation marks, never another’s', () => {
    const marks: Record<string, { quote: string; foreign: RegExp }> = {
      en: { quote: '“{text}”', foreign: /[«»„]/ },
      fr: { quote: '«\u202F{text}\u202F»', foreign: /[“”„]/ },
      de: { quote: '„{text}“', foreign: /[«»”]/ },
      es: { quote: '«{text}»', foreign: /[“”„]/ },
      ru: { quote: '«{text}»', foreign: /[“”„]/ },
      uk: { quote: '«{text}»', foreign: /[“”„]/ },
      ar: { quote: '«{text}»', foreign: /[“”„]/ },
    };
    for (const [lang, dict] of languages) {
      expect(dict.quote, lang).toBe(marks[lang]!.quote);
      const texts = Object.values(dict).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
      expect(
        texts.filter((t) => marks[lang]!.foreign.test(t)),
        lang,
      ).toEqual([]);
    }
    // French: a narrow no-break space inside « », a no-break space before a colon; never a plain space there.
    const fr = Object.values(dictionaries.fr).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
    expect(fr.filter((t) => /« | »| :/.test(t))).toEqual([]);
  });
});

describe('t() in French', () => {
  const { t, formatDate: date, formatWhen: when, formatList, formatSize } = createI18n({ locale: 'fr-FR' });

  it('fills variables, writes numbers the French way and picks the plural form', () => {
    expect(t('claim.kicker', { n: 2, total: 8, range: '¶7–¶12' })).toBe('Affirmation 2 sur 8 · ¶7–¶12');
    expect(t('search.matches', { count: 1, query: 'paix' })).toBe('1 page correspond à «\u202Fpaix\u202F».');
    expect(t('search.matches', { count: 1234, query: 'paix' })).toBe('1\u202F234 pages correspondent à «\u202Fpaix\u202F».');
    expect(t('timeline.zoom', { count: 1_000_000 })).toBe('1\u202F000\u202F000 d’événements, ci-dessous');
    expect(t('cite.claimTitle', { title: 'Le sommet' })).toBe('Citer «\u202FLe sommet\u202F»');
    expect(t('sources.list', { sources: '[1] [2]' })).toBe('Sources\u00A0: [1] [2]');
  });

  it('writes dates, spans, lists and sizes through Intl', () => {
    expect(date('2025-03-20')).toBe('20 mars 2025');
    expect(date('2025-08')).toBe('août 2025');
    expect(when({ date: '1945-02-04', end: '1945-02-11', precision: 'day' })).toBe('4–11 février 1945');
    expect(when({ date: '2025-06-30', end: '2025-07-02', precision: 'day' })).toBe('30 juin – 2 juillet 2025');
    expect(formatList(['Zelensky', 'Zelenskyy', 'Zelenskiy'])).toBe('Zelensky, Zelenskyy et Zelenskiy');
    expect(formatSize(613303, 71)).toBe('71 pages, 599\u00A0Ko');
    expect(formatSize(1572864)).toBe('1,5\u00A0Mo');
  });
});

describe('dates, numbers and lists in English are what the pages have always said', () => {
  const i18n = createI18n({ locale: 'en-GB' });
  const spans: Dated[] = [
    { date: '2025-03-20', precision: 'day' },
    { date: '2025-08', precision: 'month' },
    { date: '2022', precision: 'year' },
    { date: '1945-02-04', end: '1945-02-11', precision: 'day' },
    { date: '2025-06-30', end: '2025-07-02', precision: 'day' },
    { date: '1999-03-12', end: '2024-03-07', precision: 'day' },
    { date: '2025-06', end: '2025-08', precision: 'month' },
    { date: '2024-12', end: '2025-01', precision: 'month' },
  ];

  it('dates and spans: "20 March 2025", "4–11 February 1945", "30 June – 2 July 2025"', () => {
    expect(spans.map((e) => i18n.formatWhen(e))).toEqual([
      '20 March 2025',
      'August 2025',
      '2022',
      '4–11 February 1945',
      '30 June – 2 July 2025',
      '12 March 1999 – 7 March 2024',
      'June–August 2025',
      'December 2024 – January 2025',
    ]);
    expect(i18n.formatDate('2025-03-20')).toBe('20 March 2025');
    expect(i18n.formatWhen(spans[4]!)).toBe('30 June – 2 July 2025');
    // Years are numbers too: closed up, as dates.ts meant to (its branch for them was never reached: "2022 – 2025").
    expect(i18n.formatWhen({ date: '2022', end: '2025', precision: 'year' })).toBe('2022–2025');
  });

  it('the gap between two events, from the same day to decades', () => {
    const at = (days: number, precision: Dated['precision'] = 'day'): Dated => ({
      date: new Date(Date.UTC(2000, 0, 1) + days * 864e5).toISOString().slice(0, 10),
      precision,
    });
    expect([0, 1, 2, 13, 14, 20, 60, 61, 400, 729, 730, 4000, 20000].map((days) => i18n.formatGap(at(0), at(days)))).toEqual([
      'The same day',
      '1 day later',
      '2 days later',
      '13 days later',
      '2 weeks later',
      '3 weeks later',
      '9 weeks later',
      '2 months later',
      '13 months later',
      '24 months later',
      '2 years later',
      '11 years later',
      '55 years later',
    ]);
    expect(i18n.formatGap({ date: '2000-01', precision: 'month' }, { date: '2000-01', precision: 'month' })).toBe('About the same time');
  });

  it('lists and sizes', () => {
    expect(i18n.formatList(['15 August 2025', '18 August 2025'])).toBe('15 August 2025 and 18 August 2025');
    expect(i18n.formatList(['A', 'B', 'C'])).toBe('A, B and C');
    expect([i18n.formatSize(100), i18n.formatSize(1), i18n.formatSize(613303, 71), i18n.formatSize(1572864)]).toEqual([
      '100 bytes',
      '1 byte',
      '71 pages, 599 KB',
      '1.5 MB',
    ]);
  });
});

describe('the languages of a page', () => {
  it('a locale with a dictionary speaks it, in its direction', () => {
    expect(createI18n({ locale: 'ar' }).t('claim.ours')).toBe('الأطروحة بكلماتنا');
    expect(createI18n({ locale: 'ar-EG' }).t('claim.kicker', { n: 2, total: 8, range: '¶7' })).toBe('الأطروحة ٢ من ٨ · ¶7');
    expect([directionOf('ar'), directionOf('he-IL'), directionOf('fa'), directionOf('fr-FR'), directionOf('uk')]).toEqual(['rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
    expect(createI18n({ locale: 'uk-UA' }).attrs('claim.ours')).toEqual({});
  });

  it('a locale with no dictionary falls back to English, and says so on each element', () => {
    const pt = createI18n({ locale: 'pt-BR', overrides: { 'claim.ours': 'A afirmação, em nossas palavras' } });
    expect(pt.language).toBe('en');
    expect(pt.t('claim.articleText', { range: '¶1' })).toBe('The article’s text, ¶1');
    expect(pt.attrs('claim.articleText')).toEqual({ lang: 'en' });
    // Words the explainer gives in its own language need no lang of their own.
    expect(pt.t('claim.ours')).toBe('A afirmação, em nossas palavras');
    expect(pt.attrs('claim.ours')).toEqual({});
    // A right-to-left page's English words run left to right.
    expect(createI18n({ locale: 'fa-IR' }).attrs('claim.ours')).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('the scripts get their words compiled in, plural forms and all', async () => {
    const load = async (locale: string, script: keyof typeof SCRIPTS) =>
      (await import(`data:text/javascript,${encodeURIComponent(scriptModule(createI18n({ locale }), script))}`)) as Record<string, unknown>;
    const search = await load('ru', 'search');
    const matches = search.matches as (v: object) => string;
    expect([1, 3, 5, 21].map((count) => matches({ count, query: 'мир' }))).toEqual([
      'По запросу «мир» найдена 1 страница.',
      'По запросу «мир» найдены 3 страницы.',
      'По запросу «мир» найдено 5 страниц.',
      'По запросу «мир» найдена 21 страница.',
    ]);
    const ar = await load('ar', 'search');
    expect((ar.more as (v: object) => string)({ count: 2 })).toBe('نتيجتان أخريان في هذه الصفحة');
    // On a page whose language has no dictionary, the element showing an English message says so.
    const el = new Map<string, string>();
    const fake = { setAttribute: (k: string, v: string) => el.set(k, v), removeAttribute: (k: string) => el.delete(k) };
    ((await load('fa', 'share')).mark as (e: object, n: string) => void)(fake, 'quote');
    expect(Object.fromEntries(el)).toEqual({ lang: 'en', dir: 'ltr' });
    const share = await load('de', 'share');
    expect([share.quote, (share.copyParagraph as (v: object) => string)({ n: '4' })]).toEqual(['Link zu diesem Zitat kopieren', 'Link zu Absatz 4 kopieren']);
  });
});

describe('an explainer’s own wording (i18n.yaml)', () => {
  const folder = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
    writeFileSync(join(dir, 'i18n.yaml'), yaml);
    return dir;
  };

  it('rewords any string, plural messages with the locale’s forms', () => {
    const overrides = readOverrides(
      folder('claim.ours: "The claim, as we read it"\ntimeline.zoom:\n  one: "{count} event below"\n  other: "{count} events below"\n'),
      'en-GB',
    );
    const { t } = createI18n({ locale: 'en-GB', overrides });
    expect([t('claim.ours'), t('timeline.zoom', { count: 3 })]).toEqual(['The claim, as we read it', '3 events below']);
  });

  it('an unknown key fails naming the file, the key and the nearest one', () => {
    expect(() => readOverrides(folder('claim.our: x\n'), 'en-GB')).toThrow(
      /i18n\.yaml: `claim\.our` is not a string of the interface\. Did you mean "claim\.ours"\?/,
    );
  });

  it('a wrong placeholder, a missing plural form or an editor’s word fails, naming key and problem', () => {
    const error = (yaml: string, locale = 'en-GB') => {
      try {
        readOverrides(folder(yaml), locale);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(error('claim.kicker: "Claim {number} of {total}"\n')).toMatch(
      /`claim\.kicker`: `claim\.kicker` has placeholders \{number\} \{total\}; it takes \{n\} \{total\} \{range\}/,
    );
    expect(error('timeline.zoom:\n  one: "{count} событие"\n  other: "{count} события"\n', 'ru')).toMatch(/lacks the plural forms few, many/);
    expect(error('claim.ours: "see content/explainer.yaml"\n')).toMatch(/readers would see a path in the content folder/);
  });

  it('each placeholder in English is a word, not a position (capitalised only for the text’s forms, {Work}…)', () => {
    for (const k of KEYS)
      for (const text of typeof en[k] === 'string' ? [en[k] as string] : Object.values(en[k]))
        for (const name of placeholders(text)) expect(name).toMatch(/^[a-z][A-Za-z]*$|^(Work|WorkOf|AWork|InWork|WorkNoun|WorkVerb|WorkAgent)$/);
  });
});

describe('the explained text named by its kind', () => {
  it('fills {work} and the like from the kind, capitalised where the message starts with it', () => {
    const speech = createI18n({ locale: 'en-GB', kind: 'speech' });
    expect(speech.t('cite.articleTitle')).toBe('Cite the speech');
    expect(speech.t('claim.articleText', { range: '¶1–¶3' })).toBe('The speech’s text, ¶1–¶3');
    expect(speech.t('timeline.background')).toBe('Background: not in the speech');
    expect(createI18n({ locale: 'en-GB' }).t('cite.articleWhole')).toBe('The article as a whole');
  });

  it('in each language, from its own words for each kind: the messages that name the text change with it', () => {
    for (const [lang] of languages) {
      const title = (kind: 'article' | 'speech' | 'report' | 'letter') => createI18n({ locale: lang, kind }).t('cite.articleTitle');
      const titles = [title('article'), title('speech'), title('report'), title('letter')];
      expect(new Set(titles).size, `${lang}: ${titles.join(' / ')}`).toBe(4);
      expect(
        titles.filter((x) => /[{}]/.test(x)),
        lang,
      ).toEqual([]);
    }
  });

  it('lets a translation use any of the text’s forms, or none, but no other placeholder', () => {
    expect(messageProblems('cite.articleTitle', 'Citer {workNoun}', 'fr')).toEqual([]);
    expect(messageProblems('claim.articleText', 'Le texte {workOf}, {range}', 'fr')).toEqual([]);
    expect(messageProblems('claim.articleText', 'Le texte {workOf}', 'fr')[0]).toMatch(/takes \{range\}/);
  });
});
