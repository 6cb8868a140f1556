// What every content file's schema is made of: a field's words for editors (`about`), rules over a whole entry,
// and the shared field types (¶ numbers, ids, dates, addresses, language tags, the kinds of text, page descriptions).
// The fields that must hold readers' words (`readerText`) are here too.
import { z } from 'astro/zod';
import { findInternal, LOG_INTERNALS } from '../reader-words.ts';

/** A field's words for editors: what it is (docs/content-reference.md, and the error when it is missing) and an example. */
export const about = (description: string, ...examples: unknown[]) => ({
  description: description.replace(/\s+/g, ' ').trim(),
  ...(examples.length ? { examples } : {}),
});

/**
 * A rule about a whole entry that its fields' types cannot say (a partly-verified statement needs a caveat): checked
 * with these words as the error, and listed with them in the content reference. `ok` says whether the entry keeps it.
 */
export interface Rule<T> {
  rule: string;
  path: PropertyKey[];
  ok: (value: T) => unknown;
}
/** The schema with its rules checked (each as a refinement) and listed in its metadata (`rules`, for the reference). */
export function withRules<S extends z.ZodType>(schema: S, rules: Rule<z.output<S>>[]): S {
  const checked = rules.reduce<S>((s, r) => s.refine((v) => Boolean(r.ok(v as z.output<S>)), { error: r.rule, path: r.path }) as S, schema);
  return checked.meta({ rules: rules.map((r) => r.rule) }) as S;
}

/** A paragraph number of the article: 1 … N (N = non-empty lines of source-text.txt; checked in ./checks.ts). */
export const paragraphNumber = z
  .number()
  .int()
  .min(1, { error: 'paragraph numbers start at 1' })
  .meta({
    ...about('A paragraph of the article: ¶1 … ¶N, N being the number of non-empty lines of source-text.txt (checked).', 2),
    shape: 'a paragraph number, 1 … N',
  });

/** An entry id: lower-case words joined by hyphens (the file name without extension). */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are lower-case-with-hyphens' })
  .meta({
    ...about('An id: lower-case letters and digits, words joined by hyphens (a file name without its extension).', 'mill-lane'),
    shape: 'an id: lower-case letters and digits, words joined by hyphens',
  });

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' })
  .meta({
    ...about('A date as precise as is known.', '2024-05-14'),
    shape: "a date: YYYY, YYYY-MM or YYYY-MM-DD (a year alone in quotes, '2024', or YAML reads a number)",
  });
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a day is YYYY-MM-DD' })
  .meta({ ...about('A day.', '2024-05-20'), shape: 'a day: YYYY-MM-DD' });

/** A web address readers may follow: https only (http where a source has nothing better is allowed, and said). */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'a URL must start with https:// (or http:// where nothing better exists)' })
  .meta({ ...about('A web address.', 'https://example.org/page'), shape: 'a web address starting with https:// (http:// only where nothing better exists)' });

/** Where readers reach the explainer's makers: an https address (a form, an issue tracker) or a mailto: address. */
export const contactUrl = z.url({ protocol: /^(https|mailto)$/, error: 'a contact address starts with https:// or mailto:' }).meta({
  ...about('An https:// address (a form, an issue tracker) or a mailto: address.', 'mailto:errors@example.org'),
  shape: 'an address starting with https:// or mailto:',
});

/** Whether a text is a well-formed BCP 47 language tag (any: `fr`, `fr-FR`, `sr-Latn-RS`, `zh-Hant-TW`), as Intl reads it. */
export const isLanguageTag = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
/**
 * A BCP 47 language tag: any tag Intl knows, so a script or a region may be given (`sr-Latn-RS`), in any case
 * (`fr-fr`); it is used in its usual case (`fr-FR`), the one <html lang>, og:locale and the EPUB are written with.
 */
export const bcp47 = (what: string) =>
  z
    .string()
    .refine(isLanguageTag, { error: `${what} is a BCP 47 tag such as fr, pt-BR or sr-Latn-RS` })
    .overwrite((tag) => (isLanguageTag(tag) ? Intl.getCanonicalLocales(tag)[0]! : tag))
    .meta({ shape: 'a BCP 47 language tag: fr, fr-FR, pt-BR, sr-Latn-RS' });

/**
 * What the explained text is. The engine's sentences about it (src/lib/render/work.ts) take their nouns and verbs
 * from its kind: "an article published by …", "a speech delivered by …".
 */
export const WORK_KINDS = ['article', 'speech', 'report', 'interview', 'statement', 'letter', 'essay', 'post'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * A page's meta description: a sentence for search results and link previews. Longer than 40 characters, as the
 * built site's test of every page's <head> requires (tests/site/head.test.ts).
 */
export const DESCRIPTION_MIN = 41;
export const pageDescription = (what: string, example: string) =>
  z
    .string()
    .min(DESCRIPTION_MIN)
    .meta(about(`${what}: a sentence for search results and link previews (its meta description), at least ${DESCRIPTION_MIN} characters.`, example));

/**
 * Words for readers: no file names, research ids, internal documents or tool names (./reader-words.ts).
 * The error names what was found, so the message gives file, field, value and the offending words.
 */
export const readerText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const hit = findInternal(text, LOG_INTERNALS);
      if (hit)
        ctx.addIssue({
          code: 'custom',
          message: `readers would see ${hit.what}, “${hit.found}”: say it in plain words (the editors’ record is changelog.yaml, never published)`,
        });
    });

/** The first sentence of a text: a preview card's one line, a corrections-feed entry's title. */
export const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;
/** The shortest first sentence a correction may have: it is the feed entry's title, which says something (tests/site/open-data.test.ts). */
export const FEED_TITLE_MIN = 11;
