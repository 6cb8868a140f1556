// The shape of the evidence as open data (/evidence.json, made by ./evidence.ts): one zod schema gives the
// TypeScript type and the published JSON Schema (/evidence.schema.json), whose `version` says what a reader of the
// file may rely on.
import { z } from 'astro/zod';
import { CHECKED, ORIGINS, UNSOURCED_STATUSES } from '../../model/schemas.ts';
import { EVIDENCE_SCHEMA_URL } from '../../model/urls.ts';

/**
 * The schema's version (semantic versioning): the major number changes when a field is removed, renamed or
 * changes meaning, the minor when one is added, the patch when only its descriptions change. A file says the
 * version it conforms to in `version`.
 */
export const EVIDENCE_SCHEMA_VERSION = '1.0.0';

const STATUSES = ['verified', 'partly-verified', 'missing-context', ...UNSOURCED_STATUSES] as const;
const CITATION_STATUSES = [...CHECKED, 'missing-context'] as const;

const url = z.url().meta({ description: 'An absolute address.' });
const ourUrl = z.url().meta({ description: 'An absolute address on this explainer’s site.' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Citation = z
  .object({
    source: z.string().meta({ description: 'The source’s id: its entry in `sources`.' }),
    number: z.number().int().min(1).meta({ description: 'Its number, as the marks in the text show it.' }),
    url: url.meta({ description: 'The source’s own address.' }),
    origin: z.enum(ORIGINS).meta({ description: 'What the source is (see `sources[].originLabel`).' }),
    status: z.enum(CITATION_STATUSES).meta({
      description:
        'How far this source bears the statement out: verified, partly verified, or verified with missing context (it says what the article leaves out).',
    }),
    note: z.string().meta({ description: 'What the source says about the statement, in our words.' }),
    caveat: z.string().optional().meta({ description: 'What a reader must know about this source on this statement.' }),
    context: z.string().optional().meta({ description: 'What the article leaves out that a reader needs to weigh the statement (missing context).' }),
    excerpt: z.string().optional().meta({ description: 'The source’s own words on the statement, as the research copied them from the archived page.' }),
    excerptMissing: z.string().optional().meta({ description: 'Why no excerpt of the source is given.' }),
  })
  .strict();

const Statement = z
  .object({
    id: z.string().meta({ description: 'Stable within the article: s<¶>-<k>, the k-th statement of ¶ in text order.' }),
    claim: z.string().meta({ description: 'The slug of the claim whose page quotes it (its entry in `claims`).' }),
    paragraph: z.number().int().min(1).meta({ description: 'The article’s paragraph (¶), counting its non-empty lines from 1.' }),
    quote: z.string().min(1).meta({ description: 'The statement’s exact words in the article, found once in its paragraph.' }),
    start: z.number().int().min(0).meta({ description: 'Where the words start in the paragraph’s text (UTF-16 code units, from 0).' }),
    status: z.enum(STATUSES).meta({ description: 'Its status (see `statuses`).' }),
    mark: z.string().optional().meta({ description: 'The mark after it in the text ("[12]", "[12*]", "[12+]", "[?]"); absent for statuses without a mark.' }),
    note: z.string().optional().meta({ description: 'For a statement no source backs: what the research found, or what the statement does in the argument.' }),
    context: z.string().optional().meta({ description: 'For missing context: what the article leaves out.' }),
    sources: z.array(Citation).meta({ description: 'The sources that back it, in number order; empty when none does.' }),
    links: z
      .object({
        explainer: ourUrl.meta({ description: 'The statement on our claim page: its paragraph, with a Text Fragment that highlights the words.' }),
        note: ourUrl.meta({ description: 'Our note on it on the claim page.' }),
        article: url
          .optional()
          .meta({ description: 'The statement in the original, with a Text Fragment that highlights the words (absent when the text has no address).' }),
      })
      .strict(),
  })
  .strict();

export const EvidenceDocument = z
  .object({
    $schema: z.url().meta({ description: 'The address of this file’s JSON Schema.' }),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .meta({ description: 'The version of the schema the file conforms to.' }),
    explainer: z
      .object({
        name: z.string(),
        url: ourUrl,
        method: ourUrl.meta({ description: 'How the statements were checked, what each status means, and the corrections.' }),
        maker: z.object({ name: z.string(), relation: z.string(), contact: z.string().optional() }).strict(),
        reviewed: day.meta({ description: 'When the content as a whole was last checked against the research.' }),
        locale: z.string().meta({ description: 'BCP 47 language tag of the article and of our words.' }),
      })
      .strict(),
    article: z
      .object({
        title: z.string(),
        titleIsDescription: z.boolean().meta({ description: 'True when `title` is our description, not a published title.' }),
        kind: z.string().meta({ description: 'What the text is: article, speech, report, interview, statement, letter, essay or post.' }),
        by: z.string().optional().meta({ description: 'Who published, delivered or issued it.' }),
        where: z.string().optional().meta({ description: 'Where it was published or delivered.' }),
        url: url.optional().meta({ description: 'Its address, when it has one.' }),
        date: z.string().meta({ description: 'As precise as is known, in words.' }),
        dateInferred: z.boolean(),
        author: z.string().optional(),
      })
      .strict(),
    statuses: z
      .array(
        z
          .object({
            id: z.enum(STATUSES),
            label: z.string(),
            meaning: z.string(),
            marked: z.boolean().meta({ description: 'Whether statements of this status carry a mark in the text.' }),
          })
          .strict(),
      )
      .meta({ description: 'Every status, in the order the explainer explains them.' }),
    claims: z
      .array(
        z
          .object({
            slug: z.string(),
            order: z.number().int().min(1),
            title: z.string(),
            claim: z.string().meta({ description: 'The claim in one sentence, in our words.' }),
            url: ourUrl,
            paragraphs: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }).strict(),
            reviewed: day,
          })
          .strict(),
      )
      .meta({ description: 'The article’s claims in reading order, each a page of the explainer.' }),
    sources: z
      .array(
        z
          .object({
            id: z.string(),
            number: z.number().int().min(1),
            title: z.string(),
            titleIsDescription: z.boolean(),
            publisher: z.string(),
            date: z.string().optional(),
            url,
            origin: z.enum(ORIGINS),
            originLabel: z.string().meta({ description: 'What the source is, in words.' }),
            weak: z.boolean().meta({ description: 'A source to weigh with care (a mirror, community wiki, blog or of unknown provenance).' }),
            status: z.enum(CHECKED).meta({ description: 'Its status on the statements it backs, unless a statement says otherwise.' }),
            caveat: z.string().optional(),
            page: ourUrl.meta({ description: 'Our page about the source.' }),
          })
          .strict(),
      )
      .meta({ description: 'Every source, in number order (backing statements or giving background).' }),
    statements: z.array(Statement).meta({ description: 'Every statement we note, in the article’s order.' }),
  })
  .strict()
  .meta({
    title: 'The evidence of an explainer, statement by statement',
    description:
      'Every statement of the article the explainer notes: its exact words, its status and the sources that bear on it, with links to the statement on the explainer’s page and on the original.',
  });

export type EvidenceDocument = z.output<typeof EvidenceDocument>;

/** The JSON Schema of /evidence.json, published at /evidence.schema.json (`$id`), with its `version`. */
export function evidenceSchema(site: URL | string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(EvidenceDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: new URL(EVIDENCE_SCHEMA_URL, site).href, version: EVIDENCE_SCHEMA_VERSION, ...rest };
}
