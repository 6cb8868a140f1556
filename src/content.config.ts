// Typed collections. Every field is documented here; this file is the
// contract between editors (who write content/) and the pages (src/pages/).
//
// Ids that point at other entries (actors, sources) are plain strings checked
// by src/lib/integrity.ts, not reference(): Astro only *logs* a broken
// reference and exits 0, while integrity.ts fails the build and names the
// file, field, bad value and the nearest valid id.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { goldenParagraphs } from './lib/article';

const paragraphCount = goldenParagraphs().length;

/** A paragraph number of the article: 1 … N (N = non-empty lines of content/source-text.txt). */
const paragraphNumber = z
  .number()
  .int()
  .min(1, { error: `paragraph numbers start at 1` })
  .max(paragraphCount, { error: `the article has ${paragraphCount} paragraphs` });

/** An entry id: lower-case words joined by hyphens (the file name without extension). */
const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are lower-case-with-hyphens' });

const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: z
    .object({
      /** Title of the claim page (ours, or the article's crosshead when it names the claim). */
      title: z.string().min(3).max(60),
      /** URL slug: the page lives at /<slug>/. Once published, never change it without a redirect. */
      slug: entryId,
      /** Position in the argument, 1 … M, no gaps. */
      order: z.number().int().min(1),
      /** The claim in one sentence, in our words ("The article argues …"). Also the page's meta description. */
      claim: z.string().min(20).max(220),
      /** 2–4 sentences, in our words, on how the article argues the claim. */
      explanation: z.string().min(40).max(900),
      /** The article's paragraphs this section quotes, inclusive. Sections together cover ¶1…¶N once, in order. */
      paragraphs: z
        .object({ from: paragraphNumber, to: paragraphNumber })
        .strict()
        .refine((r) => r.from <= r.to, { error: '`from` must not be after `to`' }),
      /** Actors to list in the sidebar even if the text never names them (mentions are found automatically). */
      actors: z.array(entryId).default([]),
    })
    .strict(),
});

const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/actors' }),
  schema: z
    .object({
      /** Name as a reader knows it. */
      name: z.string().min(2),
      kind: z.enum(['person', 'state', 'organisation', 'group']),
      /** Role as of August 2025, a few words. */
      role: z.string().min(3).max(120),
      /**
       * Exact strings (case-sensitive) that name this actor in the article. The
       * name itself need not be repeated. Possessives ("Trump’s") match automatically.
       */
      aliases: z.array(z.string().min(2)).default([]),
      /** 2–4 sentences in our words. */
      profile: z.string().min(40).max(900),
      /** Related source ids (content/sources/). */
      sources: z.array(entryId).default([]),
    })
    .strict(),
});

/** A paragraph of the article and a short note on what the source says about it. */
const paragraphNote = z.object({ paragraph: paragraphNumber, note: z.string().min(5) }).strict();

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources' }),
  schema: z
    .object({
      /** The title as published; if unknown, a description, and `titleIsDescription: true`. */
      title: z.string().min(3),
      titleIsDescription: z.boolean().default(false),
      /** Who published it (site, outlet, institution); name the wire or origin if the page does. */
      publisher: z.string().min(2),
      /** Publication date when known: YYYY, YYYY-MM or YYYY-MM-DD. */
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' })
        .optional(),
      /** Exactly as in ../shared/research/; never an invented URL. */
      url: z.url(),
      kind: z.enum(['primary', 'news', 'wire', 'reference', 'analysis']),
      /** The article's statements this source backs, by paragraph, each with what it backs. These get citation marks. */
      supports: z.array(paragraphNote).default([]),
      /**
       * Context it gives a paragraph without backing its statements (a definition, a later development).
       * Listed on the source page, never as a citation mark.
       */
      background: z.array(paragraphNote).default([]),
      status: z.enum(['verified', 'partly-verified']),
      /** Required when partly verified: how the source differs from the article's statement. */
      caveat: z.string().min(10).optional(),
    })
    .strict()
    .refine((s) => s.supports.length + s.background.length > 0, {
      error: 'a source must support or give background to at least one paragraph',
      path: ['supports'],
    })
    .refine((s) => s.status !== 'partly-verified' || s.caveat, {
      error: 'a partly-verified source needs a `caveat`',
      path: ['caveat'],
    }),
});

/** Paragraphs that state facts with no source, or that are opinion/analysis: said openly. */
const unsourced = defineCollection({
  loader: file('./content/unsourced.yaml'),
  schema: z
    .object({
      paragraph: paragraphNumber,
      /** no-source: facts stated with no source and none found; analysis: the article's own interpretation; heading: a crosshead. */
      reason: z.enum(['no-source', 'analysis', 'heading']),
      note: z.string().min(5).optional(),
    })
    .strict(),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: z
    .object({
      term: z.string().min(2),
      /** Exact strings (case-sensitive) in the article that mean this term. */
      aliases: z.array(z.string().min(2)).default([]),
      /** One or two sentences in our words. */
      definition: z.string().min(20).max(600),
      sources: z.array(entryId).default([]),
    })
    .strict(),
});

const timeline = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/timeline' }),
  schema: z
    .object({
      /** YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. For a span, the first day. */
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' }),
      precision: z.enum(['day', 'month', 'year']),
      /** Optional end of a span, same format. */
      end: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .optional(),
      /** One neutral line in our words. */
      label: z.string().min(10).max(200),
      paragraphs: z.array(paragraphNumber).default([]),
      sources: z.array(entryId).default([]),
    })
    .strict()
    .refine((e) => e.date.split('-').length === { year: 1, month: 2, day: 3 }[e.precision], {
      error: 'the date does not match its `precision` (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)',
      path: ['date'],
    }),
});

export const collections = { sections, actors, sources, unsourced, glossary, timeline };
