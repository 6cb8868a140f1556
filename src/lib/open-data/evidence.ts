// The evidence as open data (/evidence.json): every statement of the article we note — its claim, ¶, exact
// words, status — with each source that bears on it (address, what it is, its status, caveat, note and, where
// the research gives one, the source's own words), and links that highlight the statement on our page and on
// the original. Its shape is the zod schema below: one description gives the TypeScript type and the
// published JSON Schema (/evidence.schema.json), whose `version` says what a reader of the file may rely on.
// Pure: takes the model and the site's address, so the unit tests build it for any explainer.
import { z } from 'astro/zod';
import type { Model, Source, Statement } from '../../model/build.ts';
import { STATUS_ORDER } from '../../model/build.ts';
import { CHECKED, ORIGINS, UNSOURCED_STATUSES } from '../../model/schemas.ts';
import { statementDirective, withTextDirective } from '../../model/text-fragments.ts';
import { EVIDENCE_SCHEMA_URL, METHOD_URL, claimUrl, noteUrl, paragraphUrl } from '../../model/urls.ts';
import { STATUS_MEANING, STATUS_WORDS } from '../render/status.ts';
import { UNMARKED_STATUSES } from '../../model/citations.ts';

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
    status: z
      .enum(CITATION_STATUSES)
      .meta({ description: 'How far this source bears the statement out: verified, partly verified, or verified with missing context (it says what the article leaves out).' }),
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
        article: url.optional().meta({ description: 'The statement in the original, with a Text Fragment that highlights the words (absent when the text has no address).' }),
      })
      .strict(),
  })
  .strict();

export const EvidenceDocument = z
  .object({
    $schema: z.url().meta({ description: 'The address of this file’s JSON Schema.' }),
    version: z.string().regex(/^\d+\.\d+\.\d+$/).meta({ description: 'The version of the schema the file conforms to.' }),
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

/** The excerpt fields of a `supports` entry, where its content has them (read as optional, whatever the schema). */
type ExcerptFields = { excerpt?: string; excerptMissing?: string };

/** The evidence document of a model, its addresses absolute on `site`. */
export function evidenceDocument(model: Model, site: URL | string): EvidenceDocument {
  const abs = (path: string) => new URL(path, site).href;
  const { explainer } = model;
  const { article, maker } = explainer;
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  /** The `supports` entry of a source for a statement (its words and ¶ name it). */
  const supportOf = (s: Source, x: Statement) => s.supports.find((e) => e.paragraph === x.paragraph && e.quote === x.quote)! as Source['supports'][number] & ExcerptFields;

  const statements = Object.values(model.statements)
    .flat()
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((x) => {
      const p = model.paragraphs[x.paragraph - 1]!;
      const directive = statementDirective({ text: p.text, start: x.start, end: x.end });
      return {
        id: x.id,
        claim: p.claim,
        paragraph: x.paragraph,
        quote: x.quote,
        start: x.start,
        status: x.status,
        ...(x.label ? { mark: x.label } : {}),
        ...(x.note ? { note: x.note } : {}),
        ...(x.context ? { context: x.context } : {}),
        sources: x.sources.map((c) => {
          const s = sources.get(c.id)!;
          const support = supportOf(s, x);
          return {
            source: c.id,
            number: c.number,
            url: s.url,
            origin: s.origin,
            status: c.status,
            note: c.note,
            ...(c.caveat ? { caveat: c.caveat } : {}),
            ...(c.context ? { context: c.context } : {}),
            ...(support.excerpt ? { excerpt: support.excerpt } : {}),
            ...(support.excerptMissing ? { excerptMissing: support.excerptMissing } : {}),
          };
        }),
        links: {
          explainer: withTextDirective(abs(paragraphUrl(p.claim, x.paragraph)), directive),
          note: abs(noteUrl(p.claim, x.noteOf)),
          ...(article.url ? { article: withTextDirective(article.url, directive) } : {}),
        },
      };
    });

  return {
    $schema: abs(EVIDENCE_SCHEMA_URL),
    version: EVIDENCE_SCHEMA_VERSION,
    explainer: {
      name: explainer.site.name,
      url: abs('/'),
      method: abs(METHOD_URL),
      maker: { name: maker.name, relation: maker.relation, ...(maker.contact ? { contact: maker.contact } : {}) },
      reviewed: explainer.reviewed,
      locale: explainer.site.locale,
    },
    article: {
      title: article.title,
      titleIsDescription: article.titleIsDescription,
      kind: article.kind,
      ...(article.by ? { by: article.by } : {}),
      ...(article.where ? { where: article.where } : {}),
      ...(article.url ? { url: article.url } : {}),
      date: article.date,
      dateInferred: article.dateInferred,
      ...(article.author ? { author: article.author } : {}),
    },
    statuses: STATUS_ORDER.map((id) => ({ id, label: STATUS_WORDS[id], meaning: STATUS_MEANING[id], marked: !UNMARKED_STATUSES.has(id) })),
    claims: model.claims.map((c) => ({
      slug: c.slug,
      order: c.order,
      title: c.title,
      claim: c.claim,
      url: abs(claimUrl(c.slug)),
      paragraphs: { from: c.paragraphs.from, to: c.paragraphs.to },
      reviewed: c.reviewed,
    })),
    sources: model.sources.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      titleIsDescription: s.titleIsDescription,
      publisher: s.publisher,
      ...(s.date ? { date: s.date } : {}),
      url: s.url,
      origin: s.origin,
      originLabel: s.originLabel,
      weak: s.weak,
      status: s.status,
      ...(s.caveat ? { caveat: s.caveat } : {}),
      page: abs(s.href),
    })),
    statements,
  };
}
