// The one place pages read content from. Loads the collections, runs every
// cross-entry check once per build, and throws a single error listing all
// problems (Astro's own reference checks only log and exit 0).
import { getCollection, type CollectionEntry } from 'astro:content';
import { goldenParagraphs } from './article';
import { numberSources } from './citations';
import { checkIntegrity } from './integrity';
import { compileMatchers, findMentions, type Matcher } from './mentions';
import { byOrder, checkSections } from './sections';

export type Section = CollectionEntry<'sections'>;
export type Actor = CollectionEntry<'actors'>;
export type Source = CollectionEntry<'sources'>;
export type Unsourced = CollectionEntry<'unsourced'>;
export type Term = CollectionEntry<'glossary'>;
export type TimelineEvent = CollectionEntry<'timeline'>;

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

const fileOf = (entry: { filePath?: string; id: string }, dir: string) => entry.filePath ?? `content/${dir}/${entry.id}`;

export interface SiteData {
  sections: Section[];
  actors: Actor[];
  /** Sources in site-wide number order. */
  sources: Source[];
  sourceNumber: Map<string, number>;
  unsourced: Unsourced[];
  glossary: Term[];
  timeline: TimelineEvent[];
  /** Actor id → the paragraphs that name it, in order. */
  mentions: Map<string, number[]>;
  /** How actor mentions are found (names and aliases, longest first), shared by every page. */
  actorMatchers: Matcher[];
}

let siteData: Promise<SiteData> | undefined;

/** All content, checked once per build. */
export function getSiteData(): Promise<SiteData> {
  siteData ??= (async () => {
    const [sections, actors, sources, unsourced, glossary, timeline] = await Promise.all([
      getCollection('sections'),
      getCollection('actors'),
      getCollection('sources'),
      getCollection('unsourced'),
      getCollection('glossary'),
      getCollection('timeline'),
    ]);
    sections.sort((a, b) => byOrder(a.data, b.data));
    const paragraphs = goldenParagraphs();
    const problems = [
      ...checkSections(sections.map((s) => ({ file: fileOf(s, 'sections'), ...s.data })), paragraphs.length),
      ...checkIntegrity({
        paragraphs,
        sections: sections.map((s) => ({ file: fileOf(s, 'sections'), actors: s.data.actors })),
        actors: actors.map((a) => ({ file: fileOf(a, 'actors'), id: a.id, ...a.data })),
        sources: sources.map((s) => ({ file: fileOf(s, 'sources'), id: s.id, ...s.data })),
        unsourced: unsourced.map((u) => ({ file: 'content/unsourced.yaml', id: u.id, ...u.data })),
        glossary: glossary.map((g) => ({ file: fileOf(g, 'glossary'), id: g.id, ...g.data })),
        timeline: timeline.map((t) => ({ file: fileOf(t, 'timeline'), id: t.id, ...t.data })),
      }),
    ];
    if (problems.length) throw new ContentError(problems);

    const sourceNumber = numberSources(sources.map((s) => ({ id: s.id, ...s.data })));
    sources.sort((a, b) => sourceNumber.get(a.id)! - sourceNumber.get(b.id)!);
    const actorMatchers = compileMatchers(actors.map((a) => ({ id: a.id, phrases: [a.data.name, ...a.data.aliases] })));
    const mentions = new Map<string, number[]>();
    paragraphs.forEach((text, i) => {
      for (const id of new Set(findMentions(text, actorMatchers).map((m) => m.id))) {
        mentions.set(id, [...(mentions.get(id) ?? []), i + 1]);
      }
    });
    return { sections, actors, sources, sourceNumber, unsourced, glossary, timeline, mentions, actorMatchers };
  })();
  return siteData;
}

/** All sections in reading order, checked. */
export const getSections = async (): Promise<Section[]> => (await getSiteData()).sections;

export const sectionUrl = (s: Section) => `/${s.data.slug}/`;
export const sourceUrl = (s: Source | string) => `/sources/${typeof s === 'string' ? s : s.id}/`;
export { actorUrl, termUrl } from './plugin-options';

/** The section whose range holds paragraph n. */
export function sectionOf(sections: readonly Section[], n: number): Section {
  const s = sections.find((x) => x.data.paragraphs.from <= n && n <= x.data.paragraphs.to);
  if (!s) throw new Error(`no section holds ¶${n}`);
  return s;
}

/** Link to a paragraph on its claim page. */
export const paragraphUrl = (sections: readonly Section[], n: number) => `${sectionUrl(sectionOf(sections, n))}#p${n}`;

/** Actors of a section: those its paragraphs name, in order of first mention, then those its frontmatter adds. */
export function actorsOf(data: SiteData, section: Section): Actor[] {
  const { from, to } = section.data.paragraphs;
  const named = goldenParagraphs()
    .slice(from - 1, to)
    .flatMap((text) => findMentions(text, data.actorMatchers).map((m) => m.id));
  const ids = [...new Set([...named, ...section.data.actors])];
  return ids.map((id) => data.actors.find((a) => a.id === id)!);
}

/** Sources that support any paragraph of the section, in number order, with the supported ¶s in range. */
export function sourcesOf(data: SiteData, section: Section): { source: Source; supports: { paragraph: number; note: string }[] }[] {
  const { from, to } = section.data.paragraphs;
  return data.sources
    .map((source) => ({ source, supports: source.data.supports.filter((s) => s.paragraph >= from && s.paragraph <= to) }))
    .filter((x) => x.supports.length > 0);
}
