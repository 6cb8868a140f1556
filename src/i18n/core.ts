// The interface's words and formats for one explainer: its locale (explainer.yaml
// `site.locale`) picks a dictionary, the content folder's i18n.yaml may reword any
// string, and every date, number, list and size goes through Intl for the locale.
// Pure (no Astro imports): pages get it bound to the explainer from ./index.ts; unit
// tests and Node scripts call createI18n themselves.
//
// Two languages can meet on a page: the content's (the article and our words, the
// locale: <html lang>) and the interface's (the dictionary's). They differ only when
// the locale's language has no dictionary: its interface is English (or the
// strings its i18n.yaml supplies), and each element holding an English string says
// so with its own `lang` (and `dir` where the direction differs): `attrs(key)`.
import { parseDate, rangeOf, type Dated } from '../model/dates.ts';
import { dictionaries, type Language } from './dictionaries.ts';
import { escapeText } from '../lib/escape.ts';
import type { WorkKind } from '../model/schemas.ts';
import type { Args, Dictionary, Key, Message, Plural, PluralCategory, Value } from './types.ts';

export type Overrides = Partial<Record<Key, Message>>;

/** The forms of a kind's name each dictionary gives (`work.<kind>.<form>`). */
export const WORK_FORMS = ['noun', 'a', 'the', 'theOf', 'in', 'verb', 'agent'] as const;
export type WorkForm = (typeof WORK_FORMS)[number];

/**
 * The placeholders any message may use for the explained text, and the form each is filled with: so that one
 * message serves an article, a speech or a report ("Cite {work}" → "Cite the speech"). Capitalised names give the
 * form as a sentence starts it.
 */
export const WORK_VARS = {
  work: 'the',
  workOf: 'theOf',
  aWork: 'a',
  inWork: 'in',
  workNoun: 'noun',
  workVerb: 'verb',
  workAgent: 'agent',
} as const satisfies Record<string, WorkForm>;
const CAPITALISED = Object.fromEntries(Object.entries(WORK_VARS).map(([name, form]) => [name[0]!.toUpperCase() + name.slice(1), form])) as Record<
  string,
  WorkForm
>;

/** The language part of a BCP 47 tag: fr-FR → fr. */
export const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The dictionary for a locale: the exact tag, then its language, then English. */
export function dictionaryFor(locale: string): { language: Language; dictionary: Dictionary } {
  const tried = [locale, languageOf(locale)].find((tag): tag is Language => Object.hasOwn(dictionaries, tag));
  const language = tried ?? 'en';
  return { language, dictionary: dictionaries[language] };
}

const DAY = 24 * 60 * 60 * 1000;

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a language (Intl.Locale's text info where the runtime has it). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  return direction === 'rtl' || (!direction && RTL.has(languageOf(tag))) ? 'rtl' : 'ltr';
}

const PLACEHOLDER = /\{([A-Za-z][\w]*)\}/g;

/** The placeholder names of a message text, in order. */
export const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

export const isPlural = (m: Message): m is Plural => typeof m !== 'string';

/** A message's text split at its placeholders: text and { name } parts (for messages with markup, ./T.astro). */
export type Part = string | { name: string };
export function split(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ name: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export interface I18nOptions {
  /** BCP 47 tag of the explainer (site.locale). */
  locale: string;
  /** The kind of text it explains (explainer.yaml `article.kind`): what {work} and the like say. */
  kind?: WorkKind;
  /** The content folder's rewordings (i18n.yaml), in the locale's language. */
  overrides?: Overrides;
}

export type I18n = ReturnType<typeof createI18n>;

export function createI18n({ locale, overrides = {}, kind = 'article' }: I18nOptions) {
  const { language, dictionary } = dictionaryFor(locale);
  const content = languageOf(locale);
  const direction = directionOf(locale);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Map<string, Intl.PluralRules>();
  const pluralRules = (tag: string) => plurals.get(tag) ?? plurals.set(tag, new Intl.PluralRules(tag)).get(tag)!;

  const lookup = (key: Key): Message => {
    const found = overrides[key] ?? dictionary[key];
    if (found === undefined) throw new Error(`i18n: no message \`${key}\``);
    return found;
  };
  /** The explained text's name in one form, as the dictionary (or i18n.yaml) gives it for its kind. */
  const workForm = (form: WorkForm): string => lookup(`work.${kind}.${form}` as Key) as string;
  const capitalise = (text: string) => {
    const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
    return first.toLocaleUpperCase(locale) + text.slice(first.length);
  };
  const workWords: Record<string, string> = Object.fromEntries([
    ...Object.entries(WORK_VARS).map(([name, form]) => [name, workForm(form)]),
    ...Object.entries(CAPITALISED).map(([name, form]) => [name, capitalise(workForm(form))]),
  ]);
  /** {work} and the like filled in (in every plural form): no caller passes them, every consumer sees the words. */
  const withWork = (text: string) => text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(workWords, name) ? workWords[name]! : whole));
  const message = (key: Key): Message => {
    const m = lookup(key);
    return isPlural(m) ? (Object.fromEntries(Object.entries(m).map(([c, text]) => [c, withWork(text)])) as Plural) : withWork(m);
  };
  /** The language a key's words are in: the content's when the locale has a dictionary or i18n.yaml words it. */
  const languageOfKey = (key: Key) => (overrides[key] !== undefined ? locale : language === content ? locale : language);

  const show = (value: Value) => (typeof value === 'number' ? numbers.format(value) : value);

  /** The text of a message for these variables, placeholders still in (the plural form chosen by `count`). */
  function template(key: Key, vars: Record<string, Value> = {}): string {
    const m = message(key);
    if (!isPlural(m)) return m;
    const count = vars.count;
    if (typeof count !== 'number') throw new Error(`i18n: \`${key}\` is a plural message and needs a number \`count\``);
    // An exact 0 (or 1, 2) has its own form where the language gives it one (Arabic's zero, two).
    const category = pluralRules(languageOfKey(key)).select(count) as PluralCategory;
    return m[category] ?? m.other;
  }

  function fill(key: Key, text: string, vars: Record<string, Value>): string {
    return text.replace(PLACEHOLDER, (_, name: string) => {
      if (!Object.hasOwn(vars, name)) throw new Error(`i18n: \`${key}\` needs \`${name}\``);
      return show(vars[name]!);
    });
  }

  /** The interface's words for `key`, with its variables filled in. */
  function t<K extends Key>(key: K, ...args: Args<K>): string {
    const vars = (args[0] ?? {}) as Record<string, Value>;
    return fill(key, template(key, vars), vars);
  }

  /**
   * Attributes for the element holding a key's words: none when they are in the page's language, else its `lang`
   * (and `dir` when that language is written the other way), so a screen reader reads them with the right voice.
   */
  function attrs(key: Key): { lang?: string; dir?: 'ltr' | 'rtl' } {
    const tag = languageOfKey(key);
    if (languageOf(tag) === content) return {};
    const d = directionOf(tag);
    return d === direction ? { lang: tag } : { lang: tag, dir: d };
  }

  const utc = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  const FORMATS = {
    year: utc({ year: 'numeric' }),
    month: utc({ month: 'long', year: 'numeric' }),
    day: utc({ day: 'numeric', month: 'long', year: 'numeric' }),
  } as const;
  const formatOf = (value: string) => {
    const p = parseDate(value);
    if (!p) throw new Error(`not a date: ${value}`);
    return FORMATS[p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year'];
  };

  /** A date of the content (YYYY, YYYY-MM or YYYY-MM-DD) as the locale writes it: "20 March 2025", "May 2024", "2022". */
  const formatDate = (value: string) => formatOf(value).format(rangeOf(value).first);

  const shortMonth = utc({ month: 'short' });
  /** A month's short name, as a scale's ticks label it: "Aug", "Sept" (British English), "août", "сент.". */
  const formatMonth = (value: string) => shortMonth.format(rangeOf(value).first);

  /**
   * An event's date, a span shortened where its parts repeat (Intl's ranges): "4–11 February 1945",
   * "30 June – 2 July 2025". One house rule over the locale's: the dash is closed up between two single
   * words or numbers ("4–11", "June–August") and has word spaces otherwise.
   */
  function formatWhen(event: Dated): string {
    if (!event.end) return formatDate(event.date);
    const parts = formatOf(event.date).formatRangeToParts(rangeOf(event.date).first, rangeOf(event.end).first);
    const side = (source: string) =>
      parts
        .filter((p) => p.source === source)
        .map((p) => p.value)
        .join('');
    const tight = !/\s/.test(side('startRange')) && !/\s/.test(side('endRange'));
    return parts.map((p) => (p.type === 'literal' && p.source === 'shared' && /^\s*–\s*$/.test(p.value) ? (tight ? '–' : ' – ') : p.value)).join('');
  }

  /**
   * The time from one event's start to the next one's, as the timeline says it between them: "3 days later",
   * "4 years later", "The same day". (The thresholds are those of dates.ts gapStep's spacing.)
   */
  function formatGap(from: Dated, to: Dated): string {
    const days = Math.round((rangeOf(to.date).first - rangeOf(from.date).first) / DAY);
    if (days <= 0) return to.precision === 'day' && from.precision === 'day' ? t('timeline.sameDay') : t('timeline.sameTime');
    if (days < 14) return t('timeline.daysLater', { count: days });
    if (days < 61) return t('timeline.weeksLater', { count: Math.round(days / 7) });
    if (days < 365 * 2) return t('timeline.monthsLater', { count: Math.round(days / 30.44) });
    return t('timeline.yearsLater', { count: Math.round(days / 365.25) });
  }

  const lists = { conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }), disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }) };
  /** "A, B and C" (or, as `disjunction`, "A, B or C") in the locale's words. */
  const formatList = (items: readonly string[], type: keyof typeof lists = 'conjunction') => lists[type].format(items);

  /**
   * A message as HTML, its placeholders filled with markup (links) that the caller made safe; its own words escaped.
   * For a list of clauses each holding a link, which slots cannot give (<T> takes one slot per placeholder).
   */
  function html(key: Key, markup: Record<string, string>): string {
    return split(template(key))
      .map((p) => {
        if (typeof p === 'string') return escapeText(p);
        if (!Object.hasOwn(markup, p.name)) throw new Error(`i18n: \`${key}\` needs \`${p.name}\` as markup`);
        return markup[p.name]!;
      })
      .join('');
  }

  /** A number in the locale's digits and grouping. */
  const formatNumber = (n: number) => numbers.format(n);

  /** A file's size as a download link gives it: "599 KB", "1.5 MB", with its pages first when it has some. */
  function formatSize(bytes: number, pages?: number): string {
    if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`not a file size: ${bytes}`);
    const size =
      bytes < 1024
        ? t('size.bytes', { count: bytes })
        : bytes < 1024 * 1024
          ? t('size.kilobytes', { size: Math.round(bytes / 1024) })
          : t('size.megabytes', { size: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024) });
    return pages ? t('size.withPages', { count: pages, size }) : size;
  }

  const collator = new Intl.Collator(locale);
  /** A–Z in the locale. */
  const compare = (a: string, b: string) => collator.compare(a, b);

  return {
    /** The explainer's locale (the content's language): <html lang>. */
    locale,
    /** The kind of text explained: the one {work} and the like name. */
    kind,
    /** The dictionary's language (the interface's). */
    language,
    /** The content's writing direction: <html dir>. */
    dir: direction,
    t,
    attrs,
    /** The explained text's name in one form ("the speech", "published"), for sentences built outside a message. */
    workForm,
    capitalise,
    template,
    formatDate,
    formatMonth,
    formatWhen,
    formatGap,
    formatList,
    html,
    formatNumber,
    formatSize,
    compare,
    /** The words a script shows, for the page to hand it (./script-messages.ts): each key's message and its language. */
    raw: (key: Key) => ({ message: message(key), lang: languageOfKey(key) }),
  };
}
