// The synthetic folder's other entries, each in the profile's proportion: actors and terms with their sources,
// the timeline (in-article events refer to paragraphs; the rest are background, before, or after the article),
// the unsourced statements' notes, the corrections log, and the claims (contiguous ¶ ranges, as even as
// possible; each body is its paragraphs, crossheads as ### headings).
import type { Profile } from '../synthetic-content.ts';
import type { Article } from './article.ts';
import { YEAR, yaml } from './sources.ts';
import { isoDay, kindsList, pad, spread, type Writer } from './words.ts';

type Files = Record<string, string>;
const refsEach = (total: number, count: number) => (count ? spread(total, count) : []);

export function writeNames(w: Writer, profile: Profile, article: Article, sourceIds: string[], files: Files): void {
  const { rnd, n, proseBetween } = w;
  const actorRefs = refsEach(n(profile.actorSources), article.actors.length);
  article.actors.forEach((a, i) => {
    files[`actors/${a.id}.yaml`] = yaml({
      name: a.name,
      kind: a.kind,
      role: proseBetween(10, 100).replace(/\.$/, ''),
      ...(a.aliases.length ? { aliases: a.aliases } : {}),
      profile: proseBetween(120, 500),
      sources: rnd.sample(sourceIds, actorRefs[i] ?? 0),
    });
  });
  const termRefs = refsEach(n(profile.termSources), article.terms.length);
  article.terms.forEach((t, i) => {
    files[`terms/${t.id}.yaml`] = yaml({
      term: t.term,
      ...(t.aliases.length ? { aliases: t.aliases } : {}),
      definition: proseBetween(60, 400),
      sources: rnd.sample(sourceIds, termRefs[i] ?? 0),
    });
  });
}

export function writeTimeline(w: Writer, profile: Profile, article: Article, sourceIds: string[], files: Files): void {
  const { rnd, n, proseBetween } = w;
  const E = n(profile.events);
  const inArticle = n(profile.eventsInArticle);
  const eventParagraphs = refsEach(Math.max(inArticle, n(profile.eventParagraphs)), inArticle);
  const eventSources = refsEach(n(profile.eventSources), E);
  const spans = new Set(rnd.sample([...Array(E).keys()], n(profile.eventSpans)));
  const months = new Set(rnd.sample([...Array(E).keys()], n(profile.eventMonths)));
  for (let i = 0; i < E; i++) {
    const after = i >= inArticle && rnd.next() < 0.3;
    const y = after ? YEAR + rnd.int(2) : YEAR - rnd.int(30);
    const m = after && y === YEAR ? 7 + rnd.int(6) : 1 + rnd.int(after ? 12 : 6);
    const month = months.has(i);
    const date = month ? `${y}-${pad(m, 2)}` : isoDay(y, m, 1 + rnd.int(20));
    const end = spans.has(i) ? (month ? `${y}-${pad(Math.min(12, m + 1 + rnd.int(12 - m) || 12), 2)}` : isoDay(y, m, 22 + rnd.int(6))) : undefined;
    files[`events/event-${pad(i + 1, 5)}.yaml`] = yaml({
      date,
      precision: month ? 'month' : 'day',
      ...(end && end > date ? { end } : {}),
      label: proseBetween(20, 150),
      paragraphs: i < inArticle ? rnd.sample(article.allParagraphs, eventParagraphs[i] ?? 0).sort((a, b) => a - b) : [],
      sources: rnd.sample(sourceIds, eventSources[i] ?? 0),
    });
  }
}

export function writeUnsourcedAndCorrections(w: Writer, profile: Profile, article: Article, files: Files): void {
  const { rnd, n, around, proseBetween } = w;
  const unsourced: Record<string, unknown> = {};
  const statusList = kindsList(rnd, article.unsourcedCounts);
  article.unsourced
    .sort((a, b) => a.paragraph - b.paragraph)
    .forEach((st, i) => {
      unsourced[`p${st.paragraph}-${i + 1}`] = {
        paragraph: st.paragraph,
        quote: st.quote,
        status: statusList[i] ?? 'not-checked',
        note: proseBetween(30, 200),
      };
    });
  files['unsourced.yaml'] = yaml(unsourced);
  const corrections = Array.from({ length: n(profile.corrections) }, (_, i) => ({
    date: isoDay(YEAR, 7 + (i % 6), 1 + (i % 28)),
    paragraphs: rnd.sample(article.allParagraphs, around(profile.correctionParagraphs / Math.max(1, profile.corrections))).sort((a, b) => a - b),
    what: proseBetween(30, 160),
    why: proseBetween(30, 160),
  }));
  files['corrections.yaml'] = yaml(corrections);
}

export function writeSections(w: Writer, article: Article, files: Files): void {
  const { sentence, proseBetween } = w;
  let from = 1;
  spread(article.paragraphs, article.sections).forEach((size, i) => {
    const to = from + size - 1;
    const slug = `claim-${i + 1}`;
    const front = yaml({
      title: `Claim ${i + 1}: ${sentence(3)}`.slice(0, 60),
      slug,
      order: i + 1,
      claim: proseBetween(40, 200),
      explanation: proseBetween(120, 600),
      paragraphs: { from, to },
    });
    const lines: string[] = [];
    for (let p = from; p <= to; p++) lines.push(article.crossheads.has(p) ? `### ${article.golden[p - 1]}` : (article.golden[p - 1] ?? ''));
    files[`claims/${pad(i + 1, 4)}-${slug}.mdx`] = `---\n${front}---\n\n${lines.join('\n\n')}\n`;
    from = to + 1;
  });
}
