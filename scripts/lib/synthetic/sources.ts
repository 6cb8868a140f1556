// The synthetic sources: origins in the profile's proportion (reference works and community wikis only give
// background), each sourced statement supported by one source and the extra supports spread at random, statuses,
// caveats and contexts in the profile's proportion; written as sources/<id>.yaml.
import { stringify } from 'yaml';
import type { Profile } from '../synthetic-content.ts';
import type { Article, Statement } from './article.ts';
import { apportion, capital, isoDay, kindsList, LOREM, pad, type Writer } from './words.ts';

export const YEAR = 2024;
export const yaml = (data: unknown): string => stringify(data, { lineWidth: 0 });

export interface Source {
  id: string;
  origin: string;
  supports: Statement[];
  background: { paragraph: number }[];
}

/** Which sources and supports carry which status, caveat, description, date or context. */
interface Flags {
  partly: Set<string>;
  withCaveat: Set<string>;
  described: Set<string>;
  dated: Set<string>;
  supportPartly: Set<Statement>;
  supportCaveat: Set<Statement>;
  supportContext: Set<Statement>;
}

function supportAndBackground(w: Writer, profile: Profile, sources: Source[], sourced: Statement[], allParagraphs: number[]): void {
  const { rnd, n } = w;
  const backgroundOnly = new Set(['reference', 'community']);
  const capable = sources.filter((s) => !backgroundOnly.has(s.origin));
  // Each sourced statement gets one source; the extra supports (several sources on one statement) go to random ones.
  const supportTotal = Math.max(sourced.length, n(profile.supports));
  if (capable.length) {
    const order = rnd.shuffle(capable);
    sourced.forEach((st, i) => order[i % order.length]?.supports.push({ ...st }));
    for (let i = sourced.length; i < supportTotal; i++) {
      const st = rnd.pick(sourced);
      const s = rnd.pick(capable);
      if (!s.supports.some((x) => x.paragraph === st.paragraph && x.quote === st.quote)) s.supports.push({ ...st });
    }
  }
  let backgroundGiven = 0;
  for (const s of sources) {
    if (!s.supports.length) {
      s.background.push({ paragraph: rnd.pick(allParagraphs) });
      backgroundGiven++;
    }
  }
  for (; backgroundGiven < n(profile.background); backgroundGiven++) rnd.pick(sources).background.push({ paragraph: rnd.pick(allParagraphs) });
}

function flagsOf(w: Writer, profile: Profile, sources: Source[]): Flags {
  const { rnd, n } = w;
  const ids = (list: Source[]) => list.map((s) => s.id);
  const partly = new Set(ids(rnd.sample(sources, n(profile.partlyVerified))));
  const withCaveat = new Set([...partly, ...ids(rnd.sample(sources, Math.max(0, n(profile.caveats) - partly.size)))]);
  const described = new Set(ids(rnd.sample(sources, n(profile.titleIsDescription))));
  const dated = new Set(ids(rnd.sample(sources, n(profile.dated))));
  const supportEntries = sources.flatMap((s) => s.supports);
  const supportPartly = new Set(rnd.sample(supportEntries, n(profile.supportPartly)));
  const supportCaveat = new Set([...supportPartly, ...rnd.sample(supportEntries, Math.max(0, n(profile.supportCaveats) - supportPartly.size))]);
  // Context only where the source verifies the statement (the schema refuses it on a partly-verified one).
  const verifying = supportEntries.filter((x) => !supportPartly.has(x) && !sources.some((s) => partly.has(s.id) && s.supports.includes(x)));
  const supportContext = new Set(rnd.sample(verifying, Math.min(verifying.length, n(profile.supportContexts ?? 0))));
  return { partly, withCaveat, described, dated, supportPartly, supportCaveat, supportContext };
}

function sourceFile(w: Writer, s: Source, f: Flags): string {
  const { rnd, word, proseBetween } = w;
  const supportNote = () => proseBetween(40, 160);
  const data: Record<string, unknown> = {
    title: proseBetween(20, 90).replace(/\.$/, ''),
    titleIsDescription: f.described.has(s.id),
    publisher: `${capital(word())} ${capital(rnd.pick(LOREM))}`,
    ...(f.dated.has(s.id) ? { date: isoDay(YEAR - rnd.int(3), 1 + rnd.int(12), 1 + rnd.int(28)) } : {}),
    url: `https://example.org/synthetic/${s.id}`,
    origin: s.origin,
    ...(s.origin === 'wire' || s.origin === 'mirror' ? { via: `${capital(word())} agency` } : {}),
    ...(s.origin === 'state-media' ? { state: capital(word()) } : {}),
    status: f.partly.has(s.id) ? 'partly-verified' : 'verified',
    ...(f.withCaveat.has(s.id) ? { caveat: proseBetween(30, 200) } : {}),
    supports: s.supports.map((x) => ({
      paragraph: x.paragraph,
      quote: x.quote,
      ...withExcerpt(supportNote()),
      ...(f.supportPartly.has(x) ? { status: 'partly-verified' } : {}),
      ...(f.supportCaveat.has(x) ? { caveat: proseBetween(30, 160) } : {}),
      ...(f.supportContext.has(x) ? { context: proseBetween(30, 160) } : {}),
    })),
    background: s.background.map((x) => ({ paragraph: x.paragraph, note: supportNote() })),
  };
  if (!s.supports.length) delete data.supports;
  if (!s.background.length) delete data.background;
  return yaml(data);
}

/** Every support shows some words of its source: here the first words of its note (no draw of its own, so the rest of
 * the content is what it was before excerpts existed). */
const withExcerpt = (note: string) => ({ note, excerpt: note.split(/\s+/).slice(0, 20).join(' ') });

/** The sources, written into `files`; returns their ids. */
export function writeSources(w: Writer, profile: Profile, article: Article, files: Record<string, string>): string[] {
  const R = w.n(profile.sources, 1);
  const originList = kindsList(w.rnd, apportion(R, profile.origins));
  const sources = Array.from({ length: R }, (_, i): Source => ({
    id: `source-${pad(i + 1, 5)}`,
    origin: originList[i] ?? 'outlet',
    supports: [],
    background: [],
  }));
  supportAndBackground(w, profile, sources, article.sourced, article.allParagraphs);
  const flags = flagsOf(w, profile, sources);
  for (const s of sources) files[`sources/${s.id}.yaml`] = sourceFile(w, s, flags);
  return sources.map((s) => s.id);
}
