// Synthetic content for the scale bench (`npm run bench -- --scale`): a whole
// explainer folder of lorem-style words, in the proportions of a real one and
// N times its size. Two steps:
//   measureContent(dir)               reads a content folder and counts what is in it (the profile);
//   generateContent(profile, options) is pure and deterministic (a seeded PRNG): it returns the
//                                     files of a folder that passes the engine's schemas and
//                                     cross-file checks (src/model/), as { relative path: text }.
// writeContent(dir, files) puts them on disk. Nothing here knows any article: the profile is
// counts only, and every name, word, date and URL is made up (example.org addresses). The
// generator's parts are in ./synthetic/: the words (words.ts), the article (article.ts), the
// sources (sources.ts), the other entries (entries.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type * as S from '../../src/model/schemas.ts';
import { makeArticle } from './synthetic/article.ts';
import { writeNames, writeSections, writeTimeline, writeUnsourcedAndCorrections } from './synthetic/entries.ts';
import { writeSources, YEAR, yaml } from './synthetic/sources.ts';
import { writer, type Writer } from './synthetic/words.ts';

/** What a content folder holds, in counts: the proportions the generator keeps at every scale. */
export function measureContent(dir: string) {
  // Counts only: the files are read as plain YAML, in the shapes the engine's schemas give them, not checked
  // (the folder is one the engine builds); a field the schema defaults may be absent here.
  const yaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;
  const list = (sub: string, ext: string) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => join(dir, sub, f));
  const optional = <T>(path: string, fallback: T): T => {
    try {
      return yaml<T>(path) ?? fallback;
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return fallback;
      throw e;
    }
  };
  const golden = readFileSync(join(dir, 'source-text.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const explainer = yaml<S.ExplainerData>(join(dir, 'explainer.yaml'));
  const actors = list('actors', '.yaml').map((f) => yaml<S.ActorData>(f));
  const sources = list('sources', '.yaml').map((f) => yaml<S.SourceData>(f));
  const terms = list('terms', '.yaml').map((f) => yaml<S.TermData>(f));
  const events = list('events', '.yaml').map((f) => yaml<S.TimelineEventData>(f));
  const unsourced = Object.values(optional<Record<string, S.UnsourcedData>>(join(dir, 'unsourced.yaml'), {}));
  const corrections = optional<S.CorrectionData[]>(join(dir, 'corrections.yaml'), []);
  const count = <T>(items: T[], key: (x: T) => string): Record<string, number> =>
    items.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
  const sum = <T>(items: T[], f: (x: T) => number): number => items.reduce((n, x) => n + f(x), 0);
  // Paragraphs that name an entry (any phrase, as a whole word): how densely the text mentions things.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const namedIn = (phrases: string[]) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'u');
    return golden.filter((p) => re.test(p)).length;
  };
  const supports = sources.flatMap((s) => s.supports ?? []);
  return {
    /** The one setting kept as measured: the language tag (sorting, html lang). */
    locale: explainer.site.locale,
    paragraphs: golden.length,
    paragraphChars: Math.round(sum(golden, (p) => p.length) / golden.length),
    crossheads: (explainer.article.crossheads ?? []).length,
    sections: list('claims', '.mdx').length,
    actors: actors.length,
    actorKinds: count(actors, (a) => a.kind),
    actorAliases: sum(actors, (a) => (a.aliases ?? []).length),
    actorSources: sum(actors, (a) => (a.sources ?? []).length),
    actorMentions: sum(actors, (a) => namedIn([a.name, ...(a.aliases ?? [])])),
    sources: sources.length,
    origins: count(sources, (s) => s.origin),
    partlyVerified: sources.filter((s) => s.status === 'partly-verified').length,
    caveats: sources.filter((s) => s.caveat).length,
    titleIsDescription: sources.filter((s) => s.titleIsDescription).length,
    dated: sources.filter((s) => s.date).length,
    supports: supports.length,
    statements: new Set(supports.map((x) => `${x.paragraph}\u0000${x.quote}`)).size,
    supportPartly: supports.filter((x) => x.status === 'partly-verified').length,
    supportCaveats: supports.filter((x) => x.caveat).length,
    /** Supports that say what the article leaves out (`context`: the statement is missing-context). */
    supportContexts: supports.filter((x) => x.context).length,
    background: sum(sources, (s) => (s.background ?? []).length),
    terms: terms.length,
    termAliases: sum(terms, (t) => (t.aliases ?? []).length),
    termSources: sum(terms, (t) => (t.sources ?? []).length),
    termUses: sum(terms, (t) => namedIn([t.term, ...(t.aliases ?? [])])),
    events: events.length,
    eventsInArticle: events.filter((e) => (e.paragraphs ?? []).length).length,
    eventParagraphs: sum(events, (e) => (e.paragraphs ?? []).length),
    eventSources: sum(events, (e) => (e.sources ?? []).length),
    eventSpans: events.filter((e) => e.end).length,
    eventMonths: events.filter((e) => e.precision === 'month').length,
    unsourced: count(unsourced, (u) => u.status),
    corrections: corrections.length,
    correctionParagraphs: sum(corrections, (c) => (c.paragraphs ?? []).length),
  };
}

export type Profile = ReturnType<typeof measureContent>;

/** explainer.yaml: made-up site, article and maker, the article's crossheads, a timeline in parts and scales. */
function explainerFile(w: Writer, locale: string, scale: number, crossheads: Set<number>): string {
  const writtenBy = `${YEAR}-06-30`;
  return yaml({
    site: {
      name: `Synthetic explainer, ${scale}×`,
      defaultUrl: 'https://synthetic.example.org',
      locale,
      description: 'Made-up lorem-style content for the scale bench: an article, its claims, actors, sources, terms and events, generated.',
      tagline: 'Generated content for measuring how the build scales.',
    },
    article: {
      title: 'A generated article for the scale bench',
      titleIsDescription: true,
      titleNote: 'A description: the article is generated and has no title.',
      by: 'no publisher (generated content)',
      where: 'synthetic.example.org',
      url: 'https://synthetic.example.org/article',
      date: `June ${YEAR}`,
      dateInferred: true,
      dateNote: 'Generated content has no real date.',
      writtenBy,
      author: 'nobody: the text is generated',
      crossheads: [...crossheads].sort((a, b) => a - b),
      precis: w.proseBetween(200, 600),
      rights: 'Generated lorem-style text for the scale bench; it means nothing and belongs to no one.',
    },
    research: 'Generated content: nothing was researched; the sources, statuses and notes are generated like the text.',
    rolesAsOf: `June ${YEAR}`,
    reviewed: `${YEAR}-07-01`,
    reportErrors: 'Generated content: there is nothing to report.',
    maker: { name: 'The scale bench', relation: 'Generated content, made by the scale bench and published by nobody.', contact: 'mailto:bench@example.org' },
    pages: {
      actors: 'The generated actors, with their roles and every paragraph that names them.',
      glossary: 'The generated terms, defined in generated words, with the paragraphs that use them.',
      timeline: 'The generated events, in date order, linked to the paragraphs that refer to them.',
    },
    timeline: {
      parts: [
        { id: 'background', title: `Background, up to ${YEAR - 1}`, until: `${YEAR - 1}-12-31` },
        { id: 'up-to-article', title: `${YEAR}, up to the article`, until: writtenBy },
        { id: 'after-article', title: 'After the article', after: true },
      ],
      scales: [
        { id: 'scale-decades', title: `${YEAR - 34}–${YEAR + 5}, by decade`, from: `${YEAR - 34}-01-01`, to: `${YEAR + 5}-12-31`, ticks: 'decade' },
        { id: 'scale-year', title: `${YEAR}, by month`, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, ticks: 'month' },
      ],
    },
    pdf: { keywords: ['generated', 'scale bench'] },
  });
}

/**
 * The files of a synthetic content folder `scale` times the size of the one `profile` measured.
 * Pure: the same profile, scale and seed give the same files, byte for byte (content-relative path → file text).
 */
export function generateContent(profile: Profile, { scale = 1, seed = 1 }: { scale?: number; seed?: number } = {}): Record<string, string> {
  const w = writer(scale, seed);
  const article = makeArticle(w, profile);
  const files: Record<string, string> = {};
  const sourceIds = writeSources(w, profile, article, files);
  writeNames(w, profile, article, sourceIds, files);
  writeTimeline(w, profile, article, sourceIds, files);
  writeUnsourcedAndCorrections(w, profile, article, files);
  writeSections(w, article, files);
  files['source-text.txt'] = `${article.golden.join('\n')}\n`;
  files['explainer.yaml'] = explainerFile(w, profile.locale, scale, article.crossheads);
  return files;
}

/** Write generated files under `dir` (created as needed). */
export function writeContent(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
