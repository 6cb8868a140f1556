// The synthetic article: P paragraphs, C of them crossheads (never ¶1), in S sections; its statements (every body
// paragraph has at least one), the names it mentions (actors: capitalised, a given name and a family name, the
// alias the family name; terms: lower case) in the profile's density, and its text, the golden copy, where each
// body paragraph is sentences, one more than its statements, and a statement quotes one sentence.
import type { Profile } from '../synthetic-content.ts';
import { apportion, capital, kindsList, pad, spread, type Writer } from './words.ts';

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
}
export interface Term {
  id: string;
  term: string;
  aliases: string[];
}
export interface Statement {
  paragraph: number;
  quote: string;
}

export interface Article {
  paragraphs: number;
  sections: number;
  crossheads: Set<number>;
  bodyParagraphs: number[];
  allParagraphs: number[];
  golden: string[];
  actors: Actor[];
  terms: Term[];
  /** Statements that have sources, and those that do not (their counts by status). */
  sourced: Statement[];
  unsourced: Statement[];
  unsourcedCounts: Record<string, number>;
}

/** How many statements each body paragraph has: at least one, the rest spread at random. */
function statementsPer(w: Writer, bodyParagraphs: number[], total: number): Map<number, number> {
  const perParagraph = new Map<number, number>(bodyParagraphs.map((p) => [p, 1]));
  for (let i = bodyParagraphs.length; i < total; i++) {
    const p = w.rnd.pick(bodyParagraphs);
    perParagraph.set(p, (perParagraph.get(p) ?? 0) + 1);
  }
  return perParagraph;
}

function makeNames(w: Writer, profile: Profile): { actors: Actor[]; terms: Term[] } {
  const { n, word, around } = w;
  const A = n(profile.actors, 1);
  const kindList = kindsList(w.rnd, apportion(A, profile.actorKinds));
  const aliasEvery = profile.actors ? profile.actorAliases / profile.actors : 0;
  const actors = Array.from({ length: A }, (_, i): Actor => {
    const [given, family] = [capital(word()), capital(word())];
    return {
      id: `actor-${pad(i + 1, 4)}`,
      name: `${given} ${family}`,
      aliases: around(Math.min(1, aliasEvery)) ? [family] : [],
      kind: kindList[i] ?? 'person',
    };
  });
  const termAliasEvery = profile.terms ? profile.termAliases / profile.terms : 0;
  const terms = Array.from({ length: n(profile.terms) }, (_, i): Term => {
    const [a, b] = [word(), word()];
    const aliases = Array.from({ length: around(termAliasEvery) }, () => `${a} ${word()}`);
    return { id: `term-${pad(i + 1, 4)}`, term: `${a} ${b}`, aliases };
  });
  return { actors, terms };
}

/** Where each name occurs: every actor at least once, in the profile's density of mentions per paragraph (¶ → phrases). */
function placeNames(w: Writer, profile: Profile, { actors, terms }: { actors: Actor[]; terms: Term[] }, bodyParagraphs: number[]): Map<number, string[]> {
  const { rnd, n } = w;
  const inserts = new Map<number, string[]>();
  const put = (p: number, phrase: string) => inserts.set(p, [...(inserts.get(p) ?? []), phrase]);
  const mentionsEach = (total: number, count: number) => spread(Math.max(count, total), count);
  const actorMentions = mentionsEach(n(profile.actorMentions), actors.length);
  actors.forEach((a, i) => {
    for (const p of rnd.sample(bodyParagraphs, actorMentions[i] ?? 0)) put(p, rnd.next() < 0.3 && a.aliases[0] ? a.aliases[0] : a.name);
  });
  const termMentions = terms.length ? mentionsEach(n(profile.termUses), terms.length) : [];
  terms.forEach((t, i) => {
    for (const p of rnd.sample(bodyParagraphs, termMentions[i] ?? 0)) put(p, rnd.next() < 0.3 && t.aliases[0] ? t.aliases[0] : t.term);
  });
  return inserts;
}

/** The golden copy, and each body paragraph's sentences (without their full stops). */
function writeText(w: Writer, profile: Profile, P: number, crossheads: Set<number>, perParagraph: Map<number, number>, inserts: Map<number, string[]>) {
  const { rnd, sentence } = w;
  const avgSentence = 80;
  const golden: string[] = [];
  const sentencesOf = new Map<number, string[]>();
  for (let p = 1; p <= P; p++) {
    if (crossheads.has(p)) {
      golden.push(sentence(3 + rnd.int(3)));
      continue;
    }
    const count = Math.max((perParagraph.get(p) ?? 0) + 1, Math.round(profile.paragraphChars / avgSentence));
    const sentences = Array.from({ length: count }, () => sentence(9 + rnd.int(7)).split(' '));
    for (const phrase of inserts.get(p) ?? []) {
      const s = rnd.pick(sentences);
      s.splice(1 + rnd.int(s.length - 1), 0, phrase);
    }
    const texts = sentences.map((s) => `${s.join(' ')}`);
    sentencesOf.set(p, texts);
    golden.push(texts.map((s) => `${s}.`).join(' '));
  }
  return { golden, sentencesOf };
}

/** Statement quotes: distinct sentences of their paragraph (without the full stop), each found there once. */
function chooseStatements(
  w: Writer,
  golden: string[],
  sentencesOf: Map<number, string[]>,
  perParagraph: Map<number, number>,
  bodyParagraphs: number[],
): Statement[] {
  const statements: Statement[] = [];
  for (const p of bodyParagraphs) {
    const text = golden[p - 1] ?? '';
    for (const quote of w.rnd.sample(sentencesOf.get(p) ?? [], perParagraph.get(p) ?? 0)) {
      if (text.indexOf(quote) !== text.lastIndexOf(quote)) throw new Error(`synthetic ¶${p}: the quote “${quote}” occurs twice; change the seed`);
      statements.push({ paragraph: p, quote });
    }
  }
  return statements;
}

export function makeArticle(w: Writer, profile: Profile): Article {
  const { n } = w;
  const P = n(profile.paragraphs, 2);
  const S = Math.min(P, n(profile.sections, 1));
  const C = Math.min(n(profile.crossheads), P - S);
  const crossheads = new Set(spread(P - 1, C).map((_, i) => 1 + Math.round(((i + 1) * (P - 1)) / (C + 1))));
  const allParagraphs = Array.from({ length: P }, (_, i) => i + 1);
  const bodyParagraphs = allParagraphs.filter((p) => !crossheads.has(p));
  // Sourced and unsourced statements in the profile's proportion.
  const unsourcedCounts = Object.fromEntries(Object.entries(profile.unsourced).map(([k, v]) => [k, n(v)]));
  const sourcedCount = n(profile.statements);
  const statementTotal = Math.max(bodyParagraphs.length, sourcedCount + Object.values(unsourcedCounts).reduce((a, b) => a + b, 0));
  const perParagraph = statementsPer(w, bodyParagraphs, statementTotal);
  const names = makeNames(w, profile);
  const inserts = placeNames(w, profile, names, bodyParagraphs);
  const { golden, sentencesOf } = writeText(w, profile, P, crossheads, perParagraph, inserts);
  const shuffled = w.rnd.shuffle(chooseStatements(w, golden, sentencesOf, perParagraph, bodyParagraphs));
  const sourced = shuffled.slice(0, Math.min(sourcedCount, shuffled.length));
  return {
    paragraphs: P,
    sections: S,
    crossheads,
    bodyParagraphs,
    allParagraphs,
    golden,
    ...names,
    sourced,
    unsourced: shuffled.slice(sourced.length),
    unsourcedCounts,
  };
}
