// How a statement of the article is pointed at from outside: a Text Fragment (the `#:~:text=` part of a
// link, which browsers scroll to and highlight) and a W3C Web Annotation TextQuoteSelector (exact words with
// a little of the text before and after, which annotation clients find on the publisher's own page). Both
// are made from the golden copy alone, so they hold for our claim pages and for the original article, whose
// words we quote unchanged. Pure: the open-data endpoints and the tests use it.

/** A statement's place in the article: its paragraph's words, and where the statement stands in them. */
export interface Placed {
  /** The paragraph's text (the golden copy's line). */
  text: string;
  start: number;
  end: number;
}

/** Characters of context a TextQuoteSelector carries on each side (what annotation clients such as Hypothesis use). */
export const SELECTOR_CONTEXT = 32;

/** A W3C TextQuoteSelector: the exact words, and the text just before and after them within the paragraph. */
export interface TextQuote {
  exact: string;
  /** Absent when the statement opens its paragraph. */
  prefix?: string;
  /** Absent when the statement closes its paragraph. */
  suffix?: string;
}

/** The selector of a statement: the context stays inside its paragraph, since pages lay paragraphs out differently. */
export function textQuote({ text, start, end }: Placed, context = SELECTOR_CONTEXT): TextQuote {
  const prefix = text.slice(Math.max(0, start - context), start);
  const suffix = text.slice(end, end + context);
  return { exact: text.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** A Text Fragment directive value: percent-encoded, with `-`, `&` and `,` encoded too (they are its syntax). */
export const encodeTextPart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

export interface Fragment {
  textStart: string;
  textEnd?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** `text=[prefix-,]textStart[,textEnd][,-suffix]` */
export const textDirective = (f: Fragment) =>
  'text=' +
  [f.prefix && encodeTextPart(f.prefix) + '-', encodeTextPart(f.textStart), f.textEnd && encodeTextPart(f.textEnd), f.suffix && '-' + encodeTextPart(f.suffix)]
    .filter(Boolean)
    .join(',');

/**
 * Up to `count` whole words at the end (or start) of a text, for a directive's prefix (or suffix), with the text's
 * own spaces between them: a no-break space before a French colon stays one, or a browser would not find it.
 */
const wordsAt = (text: string, side: 'end' | 'start', count: number): string => {
  const words = [...text.trim().matchAll(/\S+/g)];
  const [first, last] = side === 'end' ? [words.at(-count) ?? words[0], words.at(-1)] : [words[0], words[Math.min(count, words.length) - 1]];
  return first && last ? text.trim().slice(first.index, last.index + last[0].length) : '';
};

/** Words of context a directive carries on each side of a statement (within its paragraph). */
const DIRECTIVE_CONTEXT_WORDS = 3;

/**
 * The text directive of a statement (`text=…`, without the `#:~:`): its exact words, with up to three words
 * of its paragraph before and after (`prefix-,` and `,-suffix`). The context is always there: a page that
 * quotes the statement elsewhere (our notes quote the statements they are about, and come before their
 * paragraph) would otherwise be found first, and a publisher's page may repeat a sentence in a summary.
 */
export function statementDirective({ text, start, end }: Placed): string {
  return textDirective({
    prefix: wordsAt(text.slice(0, start), 'end', DIRECTIVE_CONTEXT_WORDS) || undefined,
    textStart: text.slice(start, end),
    suffix: wordsAt(text.slice(end), 'start', DIRECTIVE_CONTEXT_WORDS) || undefined,
  });
}

/** A link to the statement on a page: the page's own address and fragment (its fallback), then the text directive. */
export function withTextDirective(url: string, directive: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? `${url}#:~:${directive}` : `${url}:~:${directive}`;
}

/** A text directive's parts, decoded: what a browser looks for. */
export function parseTextDirective(directive: string): Fragment {
  const parts = directive.replace(/^text=/, '').split(',');
  const prefix = parts[0]?.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : undefined;
  const suffix = parts.at(-1)?.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : undefined;
  return { prefix, textStart: decodeURIComponent(parts[0] ?? ''), textEnd: parts[1] === undefined ? undefined : decodeURIComponent(parts[1]), suffix };
}
