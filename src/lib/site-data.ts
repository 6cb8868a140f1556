// The one place pages read content from. Loads the collections, runs every
// cross-entry check once per build, and throws a single error listing all
// problems (Astro's own reference checks only log and exit 0).
import { getCollection, type CollectionEntry } from 'astro:content';
import { goldenParagraphs } from './article';
import { byOrder, checkSections } from './sections';

export type Section = CollectionEntry<'sections'>;

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

const fileOf = (entry: { filePath?: string; id: string }, dir: string) => entry.filePath ?? `content/${dir}/${entry.id}`;

let sectionsPromise: Promise<Section[]> | undefined;

/** All sections in reading order, checked. */
export function getSections(): Promise<Section[]> {
  sectionsPromise ??= (async () => {
    const sections = (await getCollection('sections')).sort((a, b) => byOrder(a.data, b.data));
    const problems = checkSections(
      sections.map((s) => ({ file: fileOf(s, 'sections'), ...s.data })),
      goldenParagraphs().length,
    );
    if (problems.length) throw new ContentError(problems);
    return sections;
  })();
  return sectionsPromise;
}

export const sectionUrl = (s: Section) => `/${s.data.slug}/`;
