// The words each browser script shows (status lines, labels it sets), taken from the
// dictionary at build time and compiled into that script as small functions
// (virtual:explainer/ui/<script>, ./vite.ts): no bytes on the pages, no message parser in
// the browser, and no code shared between the scripts (so no extra request).
import { isPlural, placeholders, split, type I18n } from './core.ts';
import type { Key, Message, Value, VarsOf } from './types.ts';

export const SCRIPTS = {
  share: [
    'share.shareParagraph',
    'share.shareClaim',
    'share.copyParagraph',
    'share.copyClaim',
    'share.shareAction',
    'share.copyAction',
    'share.quote',
    'share.linkCopied',
    'share.citationCopied',
    'share.linkFailed',
    'share.citationFailed',
  ],
  search: [
    'search.matches',
    'search.firstShown',
    'search.none',
    'search.unavailable',
    'search.kindActor',
    'search.kindGlossary',
    'search.kindClaim',
    'search.more',
  ],
} as const satisfies Record<string, readonly Key[]>;

export type Script = keyof typeof SCRIPTS;

/** A message's name in its script's module: its key without the script's prefix (share.quote → quote). */
type NameOf<K> = K extends `${string}.${infer Name}` ? Name : never;
const nameOf = (key: Key) => key.slice(key.indexOf('.') + 1);

/**
 * What a script imports (`import * as words from 'virtual:explainer/ui/share'`): each message by name, as its text or
 * (when it has variables) a function of them, and `mark(el, name)`, which gives the element showing a message that
 * message's language when it is not the page's (a no-op, and gone from the bundle, when every message is in the
 * page's language). Named exports, so the bundler shortens every name away.
 */
export type ScriptModule<S extends Script> = {
  readonly [K in (typeof SCRIPTS)[S][number] as NameOf<K>]: [VarsOf<K>] extends [never] ? string : (vars: Record<VarsOf<K>, Value>) => string;
} & {
  /** Gives an element showing the named message that message's `lang` (and `dir`), when it is not the page's. */
  readonly mark: (el: HTMLElement, name: NameOf<(typeof SCRIPTS)[S][number]>) => void;
};

/**
 * One message as a JavaScript expression: its text, or a function putting in its variables (`count` written in the
 * locale's digits, the others as given) with its plural form picked by Intl.
 */
function compile(message: Message, rules: string): string {
  const body = (text: string) =>
    split(text)
      .map((p) => (typeof p === 'string' ? JSON.stringify(p) : p.name === 'count' ? 'f(v.count)' : `v.${p.name}`))
      .join('+') || '""';
  if (typeof message === 'string') return placeholders(message).length ? `(v)=>${body(message)}` : JSON.stringify(message);
  const forms = Object.entries(message).map(([category, text]) => `${category}:()=>${body(text!)}`);
  return `(v)=>p(${rules},v.count,{${forms.join(',')}})`;
}

/** The module a script imports for its words (virtual:explainer/ui/<script>). */
export function scriptModule(i18n: I18n, script: Script): string {
  const keys: readonly Key[] = SCRIPTS[script];
  const attrs = Object.fromEntries(keys.flatMap((k) => (i18n.attrs(k).lang ? [[nameOf(k), i18n.attrs(k)]] : [])));
  // One Intl.PluralRules per language the plural messages are in (the dictionary's, or the locale's for i18n.yaml's).
  const rules = [...new Set(keys.filter((k) => isPlural(i18n.raw(k).message)).map((k) => i18n.raw(k).lang))];
  return [
    ...(rules.length
      ? [
          // Counts in the page's digits and grouping, as the pages write them; the form for the count.
          `const f=(n)=>n.toLocaleString(${JSON.stringify(i18n.locale)});`,
          `const p=(r,n,o)=>(o[r.select(n)]??o.other)();`,
          ...rules.map((tag, i) => `const r${i}=new Intl.PluralRules(${JSON.stringify(tag)});`),
        ]
      : []),
    ...keys.map((k) => `export const ${nameOf(k)}=${compile(i18n.raw(k).message, `r${rules.indexOf(i18n.raw(k).lang)}`)};`),
    // Nothing to do when every message is in the page's language (the usual case): the calls go with it.
    Object.keys(attrs).length
      ? `const a=${JSON.stringify(attrs)};export const mark=(el,n)=>{for(const k of["lang","dir"])a[n]?.[k]?el.setAttribute(k,a[n][k]):el.removeAttribute(k)};`
      : 'export const mark=()=>{};',
  ].join('\n');
}
