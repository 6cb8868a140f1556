// Checks across files that a per-file schema cannot make: claims that do
// not tell the article once and in order, ids that point nowhere, an alias
// claimed twice, an actor the article never names, a crosshead that is not one. Pure: ./build.ts runs
// them before it builds the model, and the unit tests feed them broken data.
import { compileMatchers, findMentions, type Named } from './mentions.ts';
import type { Content } from './read.ts';
import { checkClaimRanges, checkMovedFrom } from './claim-ranges.ts';
import { didYouMean } from './similar.ts';
import { dateProblems, type Precision } from './dates.ts';
import { reservedSlugs, slugClash } from './urls.ts';
import { missingValue } from './schema-docs.ts';
import { Explainer } from './schemas.ts';

/** Every cross-file problem of a parsed content folder (empty when consistent). */
export function checkContent(content: Content): string[] {
  const { golden, explainer } = content;
  const explainerFile = `${content.dir.replace(process.cwd() + '/', '')}/explainer.yaml`;
  const problems: string[] = [];
  if (!golden.length) return [`${content.dir}/source-text.txt: the golden copy has no paragraphs`];
  explainer.article.crossheads.forEach((n, i) => {
    if (n > golden.length) problems.push(`${explainerFile}: \`article.crossheads[${i}]: ${n}\` is not a paragraph (the article has ¶1–¶${golden.length}).`);
  });
  for (const s of content.claims) {
    for (const field of ['from', 'to'] as const) {
      const n = s.paragraphs[field];
      if (n > golden.length) problems.push(`${s.file}: \`paragraphs.${field}: ${n}\` is not a paragraph (the article has ¶1–¶${golden.length}).`);
    }
  }
  problems.push(...checkClaimRanges(content.claims, golden.length), ...checkMovedFrom(content.claims));
  for (const s of content.claims) {
    const clash = slugClash(s.slug);
    if (clash) problems.push(`${s.file}: \`slug: ${s.slug}\` ${clash}; reserved: ${reservedSlugs().join(', ')}.`);
  }
  problems.push(
    ...checkIntegrity({
      paragraphs: golden,
      crossheads: explainer.article.crossheads,
      claims: content.claims,
      actors: content.actors,
      sources: content.sources,
      unsourced: content.unsourced,
      terms: content.terms,
      events: content.events,
    }),
  );
  problems.push(...checkCorrections(content));
  problems.push(...checkParts(content));
  return problems;
}

/**
 * The parts an explainer may leave out (actors, glossary, timeline; sources need no settings): explainer.yaml has the
 * settings of a part exactly when the content has it, so a part's page is never built empty and never missing its words.
 */
export function checkParts(content: Content): string[] {
  const { explainer } = content;
  const file = `${content.dir.replace(process.cwd() + '/', '')}/explainer.yaml`;
  const problems: string[] = [];
  const parts = [
    { folder: 'actors', count: content.actors.length, what: 'actor', field: 'rolesAsOf', value: explainer.rolesAsOf },
    { folder: 'actors', count: content.actors.length, what: 'actor', field: 'pages.actors', value: explainer.pages.actors },
    { folder: 'terms', count: content.terms.length, what: 'term', field: 'pages.glossary', value: explainer.pages.glossary },
    { folder: 'events', count: content.events.length, what: 'event', field: 'pages.timeline', value: explainer.pages.timeline },
    { folder: 'events', count: content.events.length, what: 'event', field: 'timeline', value: explainer.timeline },
  ];
  for (const { folder, count, what, field, value } of parts) {
    const plural = `${count} ${what}${count === 1 ? '' : 's'}`;
    if (count > 0 && value === undefined) {
      // What the field is and its least form, in the schema's words (as for any missing field).
      const missing = missingValue(Explainer, field.split('.'))!;
      problems.push(`${file}: \`${field}\` is missing: ${folder}/ has ${plural}. ${missing.description} At least:\n${missing.example.replace(/^/gm, '  ')}`);
    }
    if (count === 0 && value !== undefined) {
      problems.push(
        `${file}: \`${field}\` = ${typeof value === 'string' ? value : JSON.stringify(value)}: there is no ${what} (${folder}/ has none), so nothing shows it: remove it, or add ${what}s to ${folder}/.`,
      );
    }
  }
  return problems;
}

/** The public corrections log points only at what exists: paragraphs, actors, glossary terms, timeline events. */
function checkCorrections(content: Content): string[] {
  const problems: string[] = [];
  const file = `${content.dir.replace(process.cwd() + '/', '')}/corrections.yaml`;
  const count = content.golden.length;
  const known = {
    actors: { ids: new Set(content.actors.map((a) => a.id)), kind: 'actor' },
    terms: { ids: new Set(content.terms.map((g) => g.id)), kind: 'glossary term' },
    events: { ids: new Set(content.events.map((t) => t.id)), kind: 'timeline event' },
  };
  content.corrections.forEach((c, i) => {
    c.paragraphs.forEach((n, j) => {
      if (n > count) problems.push(`${file}: \`[${i}].paragraphs[${j}]: ${n}\` is not a paragraph (the article has ¶1–¶${count}).`);
    });
    for (const field of ['actors', 'terms', 'events'] as const) {
      const { ids, kind } = known[field];
      c[field].forEach((id, j) => {
        if (!ids.has(id)) problems.push(`${file}: \`[${i}].${field}[${j}]: ${id}\` is not a known ${kind} id.${didYouMean(id, ids)}`);
      });
    }
  });
  return problems;
}

export interface IntegrityInput {
  paragraphs: readonly string[];
  /** The article's crossheads (headings need no source). */
  crossheads?: readonly number[];
  claims: readonly { file: string; actors: readonly string[] }[];
  actors: readonly { file: string; id: string; name: string; aliases: readonly string[]; sources: readonly string[] }[];
  sources: readonly {
    file: string;
    id: string;
    url: string;
    supports: readonly { paragraph: number }[];
    background: readonly { paragraph: number }[];
  }[];
  unsourced: readonly { file: string; id: string; paragraph: number }[];
  terms: readonly { file: string; id: string; term: string; aliases: readonly string[]; sources: readonly string[] }[];
  events: readonly {
    file: string;
    id: string;
    paragraphs: readonly number[];
    sources: readonly string[];
    /** Checked when present (the build always passes them): a real calendar date matching `precision`, an `end` after it. */
    date?: string | null;
    precision?: Precision;
    end?: string | undefined;
  }[];
}

export function checkIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const actorIds = new Set(input.actors.map((a) => a.id));
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const count = input.paragraphs.length;

  const refs = (file: string, field: string, ids: readonly string[], valid: Set<string>, kind: string) => {
    ids.forEach((id, i) => {
      if (!valid.has(id)) problems.push(`${file}: \`${field}[${i}]: ${id}\` is not a known ${kind} id.${didYouMean(id, valid)}`);
    });
  };
  const paragraphRefs = (file: string, field: string, numbers: readonly number[]) => {
    numbers.forEach((n, i) => {
      if (!Number.isInteger(n) || n < 1 || n > count) problems.push(`${file}: \`${field}[${i}]: ${n}\` is not a paragraph (the article has ¶1–¶${count}).`);
    });
  };

  for (const s of input.claims) refs(s.file, 'actors', s.actors, actorIds, 'actor');
  for (const a of input.actors) refs(a.file, 'sources', a.sources, sourceIds, 'source');
  for (const g of input.terms) refs(g.file, 'sources', g.sources, sourceIds, 'source');
  for (const t of input.events) {
    refs(t.file, 'sources', t.sources, sourceIds, 'source');
    paragraphRefs(t.file, 'paragraphs', t.paragraphs);
    if ('date' in t) problems.push(...dateProblems(t.file, { ...t, date: t.date ?? undefined }));
  }
  for (const s of input.sources) {
    paragraphRefs(
      s.file,
      'supports.paragraph',
      s.supports.map((x) => x.paragraph),
    );
    paragraphRefs(
      s.file,
      'background.paragraph',
      s.background.map((x) => x.paragraph),
    );
  }

  // The same reference twice is one source written twice.
  const byUrl = new Map<string, string>();
  for (const s of input.sources) {
    const other = byUrl.get(s.url);
    if (other) problems.push(`${s.file}: \`url: ${s.url}\` is already the url of ${other}; one source, one file.`);
    else byUrl.set(s.url, s.file);
  }

  // A phrase may name one thing only: an actor or a glossary term, never two.
  const owner = new Map<string, string>();
  const claim = (phrase: string, file: string, field: string) => {
    const other = owner.get(phrase);
    if (other && other !== file) problems.push(`${file}: \`${field}: ${phrase}\` is already claimed by ${other}.`);
    else owner.set(phrase, file);
  };
  for (const a of input.actors) [a.name, ...a.aliases].forEach((p, i) => claim(p, a.file, i === 0 ? 'name' : 'aliases'));
  for (const g of input.terms) [g.term, ...g.aliases].forEach((p, i) => claim(p, g.file, i === 0 ? 'term' : 'aliases'));

  // Every actor is named in the text (or declared by a claim), else it explains nothing.
  const named: Named[] = input.actors.map((a) => ({ id: a.id, phrases: [a.name, ...a.aliases] }));
  const matchers = compileMatchers(named);
  const mentioned = new Set(input.paragraphs.flatMap((p) => findMentions(p, matchers).map((m) => m.id)));
  const declared = new Set(input.claims.flatMap((s) => s.actors));
  for (const a of input.actors) {
    if (!mentioned.has(a.id) && !declared.has(a.id)) {
      problems.push(`${a.file}: actor \`${a.id}\` is mentioned nowhere: neither its \`name\` (${a.name}) nor any of its \`aliases\` occurs in the article.`);
    }
  }

  // Every paragraph's statements (each with a mark) are checked where they are located: ./statements.ts.
  return problems;
}
