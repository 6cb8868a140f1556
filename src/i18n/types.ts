// The shape of a dictionary. English (./en.ts) is the reference: its keys are the
// interface's strings, and every other language must have each of them, in the same
// form (a plain string, or plural forms where English has them). A message names
// its variables in braces, `{name}`; a plural message is chosen by `{count}`.
import type en from './en.ts';

/** CLDR plural categories (Intl.PluralRules): English uses one/other, Russian one/few/many/other, Arabic all six. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** One form per plural category of the language, chosen by `count`; `other` always. */
export type Plural = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

export type Message = string | Plural;

export type Key = keyof typeof en;

/** A language's dictionary: every English key, each a string or plural forms as in English. */
export type Dictionary = { readonly [K in Key]: (typeof en)[K] extends string ? string : Plural };

type AllNames<S> = S extends `${string}{${infer V}}${infer Rest}` ? V | AllNames<Rest> : never;
/** The placeholders core.ts fills for every message from the explained text's kind ({work}, {WorkOf}, …): no caller passes them. */
type WorkVar =
  | 'work'
  | 'workOf'
  | 'aWork'
  | 'inWork'
  | 'workNoun'
  | 'workVerb'
  | 'workAgent'
  | 'Work'
  | 'WorkOf'
  | 'AWork'
  | 'InWork'
  | 'WorkNoun'
  | 'WorkVerb'
  | 'WorkAgent';
type Names<S> = Exclude<AllNames<S>, WorkVar>;

/** The variables a message takes: its placeholders, and `count` for plural messages. */
export type VarsOf<K extends Key> = (typeof en)[K] extends string ? Names<(typeof en)[K]> : Names<(typeof en)[K][keyof (typeof en)[K]]> | 'count';

/** A variable's value: numbers are written in the locale's digits and grouping; strings as they are. */
export type Value = string | number;

/** `t(key)` for a message without variables, `t(key, { … })` with exactly its variables. */
export type Args<K extends Key> = [VarsOf<K>] extends [never] ? [] : [vars: Record<VarsOf<K>, Value>];

/** A message that takes no variables (its words are the same wherever it is shown): `t(key)`. */
export type PlainKey = { [K in Key]: Args<K> extends [] ? K : never }[Key];
