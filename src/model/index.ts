// What pages, components and endpoints import: the one model (built once by
// the integration, src/integration.ts) and lookups into it. Nothing here
// derives a fact; see ./build.ts for where each is computed.
import model from 'virtual:explainer/model';
import bodies from 'virtual:explainer/bodies';
import type { Actor, Claim, Source, Term, TimelineEvent } from './build.ts';

export type {
  Actor,
  Citation,
  CitationStatus,
  Claim,
  Correction,
  Model,
  Paragraph,
  Source,
  Statement,
  StatementStatus,
  StatusCount,
  Term,
  TimelineEvent,
  Unsourced,
} from './build.ts';
export { model, bodies };
export const { explainer } = model;
export const site = explainer.site;
export const article = explainer.article;

const index = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const claims = new Map(model.claims.map((c) => [c.slug, c]));
const actors = index(model.actors);
const sources = index(model.sources);
const terms = index(model.terms);
const events = index(model.events);

const get = <T>(map: Map<string, T>, id: string, kind: string): T => {
  const found = map.get(id);
  if (!found) throw new Error(`no ${kind} with id ${id}`); // the model's checks make this unreachable
  return found;
};
export const claim = (slug: string): Claim => get(claims, slug, 'claim');
export const actor = (id: string): Actor => get(actors, id, 'actor');
export const source = (id: string): Source => get(sources, id, 'source');
export const term = (id: string): Term => get(terms, id, 'term');
export const event = (id: string): TimelineEvent => get(events, id, 'event');
/** ¶n (1-based). */
export const paragraph = (n: number) => model.paragraphs[n - 1]!;
/** The claim that quotes ¶n. */
export const claimOf = (n: number): Claim => claim(paragraph(n).claim);
/** The statements a source backs, in text order. */
export const statementsOf = (s: Source) => s.statements.map((x) => model.statements[x.paragraph]!.find((st) => st.id === x.id)!);
