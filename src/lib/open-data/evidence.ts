// The evidence as open data (/evidence.json): every statement of the article we note — its claim, ¶, exact
// words, status — with each source that bears on it (address, what it is, its status, caveat, note and, where
// the research gives one, the source's own words), and links that highlight the statement on our page and on
// the original. Its shape is ./evidence-schema.ts. Pure: takes the model and the site's address, so the unit
// tests build it for any explainer.
import type { Model, Source, Statement } from '../../model/build.ts';
import { STATUS_ORDER, UNMARKED_STATUSES } from '../../model/citations.ts';
import { statementDirective, withTextDirective } from '../../model/text-fragments.ts';
import { homeUrl, METHOD_URL, claimUrl, noteUrl, paragraphUrl, EVIDENCE_SCHEMA_URL } from '../../model/urls.ts';
import { STATUS_MEANING, STATUS_WORDS } from '../render/status.ts';
import { EVIDENCE_SCHEMA_VERSION, type EvidenceDocument } from './evidence-schema.ts';

/** The excerpt fields of a `supports` entry, where its content has them (read as optional, whatever the schema). */
type ExcerptFields = { excerpt?: string; excerptMissing?: string };

type Abs = (path: string) => string;
type Entry = EvidenceDocument['statements'][number];

/** The `supports` entry of a source for a statement (its words and ¶ name it). */
const supportOf = (s: Source, x: Statement) =>
  s.supports.find((e) => e.paragraph === x.paragraph && e.quote === x.quote)! as Source['supports'][number] & ExcerptFields;

/** One source's bearing on one statement, with its own words where the research gives them. */
function citationEntry(s: Source, c: Statement['sources'][number], x: Statement): Entry['sources'][number] {
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
}

/** One statement: where it is, what it is, the sources on it, and links that highlight it on our page and on the original. */
function statementEntry(model: Model, sources: ReadonlyMap<string, Source>, x: Statement, abs: Abs): Entry {
  const p = model.paragraphs[x.paragraph - 1]!;
  const directive = statementDirective({ text: p.text, start: x.start, end: x.end });
  const original = model.explainer.article.url;
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
    sources: x.sources.map((c) => citationEntry(sources.get(c.id)!, c, x)),
    links: {
      explainer: withTextDirective(abs(paragraphUrl(p.claim, x.paragraph)), directive),
      note: abs(noteUrl(p.claim, x.noteOf)),
      ...(original ? { article: withTextDirective(original, directive) } : {}),
    },
  };
}

/** Who made the explainer and the text it explains. */
function aboutEntries(model: Model, abs: Abs): Pick<EvidenceDocument, 'explainer' | 'article'> {
  const { explainer } = model;
  const { article, maker } = explainer;
  return {
    explainer: {
      name: explainer.site.name,
      url: abs(homeUrl),
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
  };
}

/** The evidence document of a model, its addresses absolute on `site`. */
export function evidenceDocument(model: Model, site: URL | string): EvidenceDocument {
  const abs = (path: string) => new URL(path, site).href;
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const statements = Object.values(model.statements)
    .flat()
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((x) => statementEntry(model, sources, x, abs));
  return {
    $schema: abs(EVIDENCE_SCHEMA_URL),
    version: EVIDENCE_SCHEMA_VERSION,
    ...aboutEntries(model, abs),
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
