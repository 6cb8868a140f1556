// One language everywhere a reader looks: every page, the PDFs, the EPUB, the offline copy and the link-preview
// cards of an explainer speak its language (explainer.yaml `site.locale`), except the article's own words (its
// paragraphs, what we quote of it) and whatever is marked with its own `lang`. A test that holds for any explainer:
// no word in another script than its language's (Cyrillic on an English page, Latin on an Arabic one), and, for
// an explainer not in English, no common English word of the interface.
//
// What counts as a word of another language: a word of the list below, or in another script, that the explainer's
// own language does not also use, i.e. that appears nowhere in its dictionary, its i18n.yaml or its content
// ("article", "source", "notes" are French words too; a source's title in Cyrillic is the content's).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { i18n, model, siteUrl } from '../helpers/explainer.ts';
import { dictionaries } from '../../src/i18n/dictionaries.ts';
import { languageOf } from '../../src/i18n/core.ts';
import { contentDir } from '../../src/model/read.ts';
import { walkFiles } from '../../src/lib/files.ts';
import { cardHost, ogCards } from '../../src/outputs/og/cards.ts';
import { FORMATS } from '../../src/outputs/formats.ts';

/** Common English words of an interface: what an explainer in another language shows when a string was left in English. */
const ENGLISH = `the and of to with from this that its by for is are was be has have not or our we you your in at as it all each
every which claim claims source sources read article cite citation citations search last reviewed review skip content previous next
actors actor glossary timeline method corrections downloads download about explainer contents appendix appendices made published
author original online hand-out handout edition notes note paragraph paragraphs report error copy link share verified found checked
opinion words page pages home print full statement statements speech what who how where when here more other none yet address web
scan above give away marks mark status context missing partly back cover whole argument document file files styles also see open
data evidence feed brackets square title description kind publisher date relation name`.split(/\s+/);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}’'-]*/gu;
/**
 * A text's words, and the pieces of each hyphenated one: a line may break after a hyphen, so the content's own
 * "bayan-al-maktaba.example.org" can come back from a page as "bayan-al-" and "maktaba".
 */
const words = (text: string) =>
  [...text.matchAll(WORD)].flatMap((m) => {
    const parts = m[0]
      .toLowerCase()
      .replace(/[’'-]+$/, '')
      .split('-');
    return parts.flatMap((_, i) => parts.slice(i).map((__, j) => parts.slice(i, i + j + 1).join('-')));
  });

const locale = () => model().explainer.site.locale;
const language = () => languageOf(locale());

/** Every word the explainer's own language uses here: its dictionary (and i18n.yaml), and its content. */
const ownWords = (() => {
  let set: Set<string> | undefined;
  return () => {
    if (set) return set;
    set = new Set<string>();
    const own = i18n();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      const { message } = own.raw(key);
      for (const text of typeof message === 'string' ? [message] : Object.values(message))
        for (const w of words(text)) for (const part of [w, ...runs(w, 0).map((r) => r[0])]) set.add(part);
    }
    // The content's words, not its editors' comments (YAML `#` lines, MDX `{/* */}`), which readers never see.
    for (const file of walkFiles(contentDir())) {
      const text = readFileSync(file, 'utf8')
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/(^|\s)#.*$/gm, '');
      for (const w of words(text)) for (const part of [w, ...runs(w, 0).map((r) => r[0])]) set.add(part);
    }
    return set;
  };
})();

/** The English words that would be another language's here (none for an English explainer). */
const foreign = (() => {
  let set: Set<string> | undefined;
  return () => (set ??= new Set(language() === 'en' ? [] : ENGLISH.filter((w) => !ownWords().has(w))));
})();

// A script's letters and those it shares with others (Script_Extensions: Arabic's tatweel, which stretches "لـ" before a
// name, is of no one script).
const SCRIPTS = { Latin: /\p{scx=Latin}/u, Cyrillic: /\p{scx=Cyrillic}/u, Arabic: /\p{scx=Arabic}/u, Greek: /\p{scx=Greek}/u, Hebrew: /\p{scx=Hebrew}/u };
/** The script the explainer's language is written in: the one its dictionary's words are in. */
const ownScript = (() => {
  let script: RegExp | undefined;
  return () => {
    if (script) return script;
    const own = Object.values(dictionaries[i18n().language])
      .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
      .join(' ');
    const count = (re: RegExp) => [...own].filter((c) => re.test(c)).length;
    script = Object.values(SCRIPTS).sort((a, b) => count(b) - count(a))[0]!;
    return script;
  };
})();
/** A word in another script than the language's (and not the content's). */
const otherScript = (w: string) => [...w].some((c) => /\p{L}/u.test(c) && !ownScript().test(c)) && !ownWords().has(w);

/**
 * A word's runs of one script, each with where it starts: "وMLA" (Arabic's "and" joined to a name, as Intl's lists
 * write it) is "و" and "MLA", each a word of its own.
 */
function runs(word: string, at: number): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  let own: boolean | undefined;
  let i = at;
  for (const c of word) {
    const here = /\p{L}/u.test(c) ? ownScript().test(c) : own;
    if (here === own && out.length) out.at(-1)![0] += c;
    else out.push({ 0: c, index: i });
    own = here;
    i += c.length;
  }
  return out;
}

/** The other language's words in a text, each with a little of what surrounds it. */
function offending(where: string, text: string): string[] {
  const found: string[] = [];
  for (const m of [...text.matchAll(WORD)].flatMap((word) => runs(word[0], word.index))) {
    const w = m[0].toLowerCase().replace(/[’'-]+$/, '');
    if (!foreign().has(w) && !otherScript(w)) continue;
    // A file name's extension ("BibTeX (.bib)") is no language's word.
    if (text[m.index - 1] === '.' && /^[\s(]?$/.test(text[m.index - 2] ?? '') && /^[a-z\d]{1,5}$/.test(m[0])) continue;
    // A word of the content cut short ("питанн…": a title shortened where no `lang` can mark it, as in <title>) is the content's.
    if (text[m.index + m[0].length] === '…' && [...ownWords()].some((own) => own.startsWith(w))) continue;
    const around = text
      .slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)
      .replace(/\s+/g, ' ')
      .trim();
    found.push(`${where}: “${m[0]}” in “…${around}…”`);
  }
  return found;
}

const READ_ATTRIBUTES = ['ariaLabel', 'alt', 'title', 'placeholder'];
const NOT_READ = new Set(['script', 'style', 'template', 'noscript']);

/**
 * What a reader reads or hears of a page, apart from the article's own words and what is marked with another
 * language: its text, its labels and alt texts, its <title> and the descriptions its link previews show.
 */
function readerText(tree: Root, pageLang: string): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent, lang: string) => {
    if (node.type === 'text') {
      if (node.value.trim()) out.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node as Element;
      const own = el.properties.lang ?? el.properties.xmlLang;
      const here = own === undefined ? lang : String(own);
      if (languageOf(here) !== languageOf(pageLang)) return; // marked as another language: its own
      if (NOT_READ.has(el.tagName) || (el.tagName === 'svg' && !el.properties.ariaLabel)) return;
      // The article's own words: its paragraphs (data-p) and what we quote of it.
      if (el.properties.dataP !== undefined || el.tagName === 'q' || el.tagName === 'blockquote') return;
      if (el.tagName === 'meta') {
        const name = String(el.properties.name ?? el.properties.property ?? '');
        if (/^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/.test(name))
          out.push(String(el.properties.content ?? ''));
        return;
      }
      for (const a of READ_ATTRIBUTES) if (el.properties[a] !== undefined) out.push(String(el.properties[a]));
      for (const c of el.children) walk(c, here);
      return;
    }
    for (const c of node.children) walk(c, lang);
  };
  walk(tree, pageLang);
  return out;
}

const htmlOffenders = (where: string, html: string) => readerText(fromHtml(html), locale()).flatMap((t) => offending(where, t));
const fileOf = (id: string) => join(DIST, FORMATS.find((f) => f.id === id)!.file);
const unique = (list: string[]) => [...new Set(list)];

describe('one language, the explainer’s, in every format', () => {
  it('every page of the site', () => {
    expect(unique(htmlPages().flatMap((p) => htmlOffenders(p.url, p.html)))).toEqual([]);
  });

  it('the PDFs (full edition and hand-out, text and metadata)', () => {
    const found: string[] = [];
    for (const id of ['pdf-a5', 'handout-a5']) {
      const file = fileOf(id);
      found.push(...offending(id, execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      for (const field of ['Title', 'Subject', 'Keywords'])
        found.push(...offending(`${id} ${field}`, new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(info)?.[1] ?? ''));
    }
    expect(unique(found)).toEqual([]);
  });

  it('the EPUB (every document, its navigation and its metadata)', () => {
    const zip = unzipSync(readFileSync(fileOf('epub')));
    const found: string[] = [];
    for (const [name, bytes] of Object.entries(zip)) {
      if (name.endsWith('.xhtml')) found.push(...htmlOffenders(name, strFromU8(bytes)));
      if (name.endsWith('.opf')) {
        const opf = strFromU8(bytes);
        for (const m of opf.matchAll(/<(dc:title|dc:description|meta property="schema:accessibilitySummary")[^>]*>([^<]*)</g))
          found.push(...offending(`${name} ${m[1]}`, m[2]!));
      }
    }
    expect(unique(found)).toEqual([]);
  });

  it('the offline copy', () => {
    expect(unique(htmlOffenders('explainer.html', readFileSync(fileOf('html'), 'utf8')))).toEqual([]);
  });

  it('the link-preview cards (the words each card shows besides the content’s)', () => {
    const found = ogCards(model(), cardHost(siteUrl()), i18n()).flatMap((card) => {
      const input = card.input as unknown as Record<string, unknown>;
      // The content's own words (titles, the claim, the site's name and line, the article's words) are not the interface's.
      const content = new Set(['title', 'claim', 'siteName', 'tagline', 'host', 'words', 'claimTitle', 'lang', 'dir', 'n']);
      return Object.entries(input)
        .filter(([key]) => !content.has(key))
        .flatMap(([key, value]) => offending(`${card.url} ${key}`, key === 'quoted' ? String(value).replace(String(input.words), '') : String(value)));
    });
    expect(unique(found)).toEqual([]);
  });

  it('knows what another language looks like here (a test that can fail)', () => {
    if (language() !== 'en') expect(foreign().size, [...foreign()].join(' ')).toBeGreaterThan(20);
    // Words of another script, at least, whatever the language.
    expect(offending('a test', ownScript().test('ч') ? 'Read the claim' : 'Читать статью').length).toBeGreaterThan(0);
    expect(readdirSync(DIST).length).toBeGreaterThan(0);
  });
});
