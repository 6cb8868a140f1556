// /search/ only: results as you type, each linking to the exact paragraph
// (#pN) with the words it matched. Pagefind (its JS, WebAssembly and index
// chunks under /pagefind/) loads only when the reader starts a search: on
// focus or typing in the box, or at once when the page opens with ?q=….
// Without JavaScript the form still submits here and the page offers the
// claims, the glossary and the pamphlet instead. Results take the place of
// "Or browse the claims" (styles/find.css), so nothing moves as they arrive.
// Its words come from the explainer's dictionary, compiled in at build time (src/i18n/script-messages.ts).
import * as words from 'virtual:explainer/ui/search';
import { escapeText } from '../lib/escape.ts';
import { ACTORS_URL, GLOSSARY_URL, SEARCH_SCRIPT_URL } from '../model/urls.ts';

interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

interface Fragment {
  url: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<Fragment> }[] } | null>;
}

/** One place on a page that matched: a paragraph of the article (¶N) or a headed part of our text. */
export interface Hit {
  url: string;
  label: string;
  excerpt: string;
  article: boolean;
}

const EXCERPT_WORDS = 26;
const MAX_PAGES = 12;
const MAX_HITS = 4;
const PARAGRAPH = /^p(\d+)$/;

/**
 * Split a page's matches by the paragraph (or heading) they fall under, as
 * Pagefind does for headings: every element with an id is an anchor with a
 * word position, and the article's paragraphs carry ids p1…pN.
 */
export function hitsOf(page: Fragment): Hit[] {
  // Same word split as Pagefind's own excerpts, so word positions line up; the spaces between words are kept as the
  // text has them (a no-break space before a French colon stays one).
  const split = (page.raw_content ?? escapeText(page.content)).split(/([^\S\uFEFF]+)/g);
  const words = split.filter((_, i) => i % 2 === 0);
  const anchors = page.anchors.filter((a) => PARAGRAPH.test(a.id) || /^h[1-6]$/i.test(a.element)).sort((a, b) => a.location - b.location);
  const groups = new Map<Anchor | undefined, number[]>();
  for (const location of [...page.locations].sort((a, b) => a - b)) {
    let anchor: Anchor | undefined;
    for (const a of anchors) if (a.location <= location) anchor = a;
    groups.set(anchor, [...(groups.get(anchor) ?? []), location]);
  }
  // Best first: the places that match the most different words of the query ("the epoch of decay"
  // → the one paragraph with all three words, not every paragraph that says "epoch"), then in reading order.
  const distinct = (locations: number[]) => new Set(locations.map((l) => words[l]?.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))).size;
  const ranked = [...groups].sort(([a, la], [b, lb]) => distinct(lb) - distinct(la) || (a?.location ?? 0) - (b?.location ?? 0));
  return ranked.map(([anchor, locations]) => {
    const start = anchor?.location ?? 0;
    const next = anchors.find((a) => a.location > start && a !== anchor);
    const end = next?.location ?? words.length;
    let from = Math.max(start, locations[0]! - Math.floor(EXCERPT_WORDS / 3));
    const to = Math.min(end, from + EXCERPT_WORDS);
    from = Math.max(start, Math.min(from, to - EXCERPT_WORDS));
    const marked = new Set(locations);
    const n = anchor && PARAGRAPH.exec(anchor.id)?.[1];
    const shown = words.slice(from, to);
    // Pagefind ends a heading's text with a full stop of its own: an article's crosshead (a heading that is a
    // paragraph, pN, and nothing else) is shown as it is written; our own headings keep it, a stop before their words.
    if (n && to === end && /^h/i.test(anchor!.element) && !/\.$/.test(anchor!.text ?? '.')) shown[shown.length - 1] = shown.at(-1)!.replace(/\.$/, '');
    const excerpt = shown
      .map((w, i) => (marked.has(from + i) ? `<mark>${w}</mark>` : w) + (i < shown.length - 1 ? (split[2 * (from + i) + 1] ?? ' ') : ''))
      .join('');
    return {
      url: anchor ? `${page.url}#${anchor.id}` : page.url,
      label: n ? `¶${n}` : (anchor?.text ?? page.meta.title ?? page.url),
      excerpt: tidyExcerpt((from > start ? '… ' : '') + excerpt + (to < end ? ' …' : '')),
      article: !!n,
    };
  });
}

/**
 * Pagefind leaves a space where an excluded element (a mention's preview card) stood: "Smith , and", "Smith –Jones".
 * Only the space before a comma, a full stop, a closing quotation mark or bracket, or a dash joined to the next word
 * goes: before ":", ";", "!", "?" or "»" a space can be the article's own (French typography puts one there), and
 * the article is never re-punctuated.
 */
export const tidyExcerpt = (html: string) =>
  html
    .replace(/<\/mark> <mark>/g, ' ')
    .replace(/ (?=(?:<\/mark>)?[,.’”)\]])/g, '')
    .replace(/ (?=(?:<\/?mark>)?[–—](?:<\/?mark>)?[^\s<])/g, '');

type Name = Parameters<typeof words.mark>[1];
const kindOf = (url: string): [string, Name] =>
  url.startsWith(ACTORS_URL)
    ? [words.kindActor, 'kindActor']
    : url.startsWith(GLOSSARY_URL)
      ? [words.kindGlossary, 'kindGlossary']
      : [words.kindClaim, 'kindClaim'];

function render(list: HTMLOListElement, pages: Fragment[]): void {
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const hits = hitsOf(page);
      const shown = hits.slice(0, MAX_HITS);
      const [kind, name] = kindOf(page.url);
      item.innerHTML =
        `<a class="result-title" href="${page.url}">${escapeText(page.meta.title ?? page.url)}</a> ` +
        `<span class="result-kind">${escapeText(kind)}</span><ul>` +
        shown
          .map(
            (h) =>
              `<li class="${h.article ? 'hit-article' : 'hit-ours'}"><a class="hit-link" href="${h.url}">${escapeText(h.label)}</a>` +
              `<span class="hit-excerpt">${h.excerpt}</span></li>`,
          )
          .join('') +
        (hits.length > shown.length ? `<li class="hit-more">${escapeText(words.more({ count: hits.length - shown.length }))}</li>` : '') +
        '</ul>';
      words.mark(item.querySelector('.result-kind')!, name);
      const more = item.querySelector<HTMLElement>('.hit-more');
      if (more) words.mark(more, 'more');
      return item;
    }),
  );
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  document.querySelectorAll<HTMLElement>('[data-search-nojs]').forEach((el) => (el.hidden = true));
  status.hidden = false;
  // The status line takes the message's language when it is not the page's.
  const say = (text: string, name: Name) => {
    words.mark(status, name);
    status.textContent = text;
  };

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ SEARCH_SCRIPT_URL) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: EXCERPT_WORDS });
      await pf.init();
      return pf;
    }));

  async function run(term: string): Promise<void> {
    const query = term.trim();
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    try {
      const search = await (await load()).debouncedSearch(query, {}, 180);
      if (search === null) return; // a newer keystroke superseded this search
      const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
      if (input!.value.trim() !== query) return;
      render(list!, pages);
      const n = search.results.length;
      if (n) say(words.matches({ count: n, query }) + (n > MAX_PAGES ? ' ' + words.firstShown({ count: MAX_PAGES }) : ''), 'matches');
      else say(words.none({ query }), 'none');
    } catch (error) {
      console.warn('Search could not load', error);
      say(words.unavailable, 'unavailable');
      document.querySelectorAll<HTMLElement>('[data-search-nojs]').forEach((el) => {
        el.hidden = false;
        el.dataset.shown = ''; // styles/find.css shows it to readers with scripts only then
      });
    }
  }

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

// Guarded so unit tests can import hitsOf() without a document.
if (typeof document !== 'undefined') start();
