// Each claim's part of the model: its actors, sources, events, unsourced statements, statuses, tally and corrections,
// grouped through one ¶ → claim index in one pass over each list, so the model's cost grows with the content, never
// with claims × content. Pure: ./build.ts calls it once the entries are built.
import type { Actor, Claim, Correction, Source, Statement, StatementStatus, StatusCount, TimelineEvent, Unsourced } from './build.ts';
import { STATUS_ORDER, tallyStatements } from './citations.ts';
import type { ClaimEntry } from './read.ts';
import type { SourceData } from './schemas.ts';
import { paragraphNumbers, rangeLabel } from './claim-ranges.ts';
import * as url from './urls.ts';

/** ¶ → the index (in reading order) of the claim that quotes it. */
export type ClaimIndex = readonly (number | undefined)[];

/** ¶ → the index of the claim that quotes it, made once for every per-claim list. */
export function claimIndexOf(claimEntries: readonly ClaimEntry[]): ClaimIndex {
  const claimIndex: (number | undefined)[] = [];
  claimEntries.forEach((s, index) => {
    for (let n = s.paragraphs.from; n <= s.paragraphs.to; n++) claimIndex[n] ??= index;
  });
  return claimIndex;
}

/** Where a statement's note is: on its claim's page. */
export const noteHrefOf =
  (claimEntries: readonly ClaimEntry[], claimIndex: ClaimIndex) =>
  (_: StatementStatus, x: Statement): string =>
    url.noteUrl(claimEntries[claimIndex[x.paragraph]!]!.slug, x.noteOf);

/** A note's pointer to a sourced statement on another claim's page leads to that page (in place). */
export function linkAcrossClaims(statements: Record<number, Statement[]>, claimEntries: readonly ClaimEntry[], claimIndex: ClaimIndex): void {
  for (const list of Object.values(statements)) {
    for (const st of list) {
      for (const ref of st.sourced ?? []) {
        const there = claimIndex[ref.paragraph]!;
        if (there !== claimIndex[st.paragraph]) ref.href = `${url.claimUrl(claimEntries[there]!.slug)}${ref.href}`;
      }
    }
  }
}

interface ClaimInputs {
  claimEntries: readonly ClaimEntry[];
  claimIndex: ClaimIndex;
  actors: readonly Actor[];
  sources: readonly Source[];
  events: readonly TimelineEvent[];
  unsourced: readonly Unsourced[];
  statements: Record<number, Statement[]>;
  corrections: readonly Correction[];
  /** explainer.yaml `reviewed`. */
  reviewed: string;
}

/** What each claim lists, grouped by the claim of each ¶, in the order the lists are read in. */
function groupByClaim({ claimEntries, claimIndex, actors, sources, events, unsourced, statements, corrections }: ClaimInputs) {
  const perClaim = <T>(): T[][] => claimEntries.map(() => []);
  const of = (paragraph: number) => claimIndex[paragraph]!;
  const named = perClaim<{ id: string; at: number }>();
  for (const a of actors) for (const m of a.mentions) named[of(m.paragraph)]!.push({ id: a.id, at: m.paragraph * 1e6 + m.start });
  const sourcesOf = perClaim<Claim['sources'][number]>();
  for (const src of sources) {
    const supports = new Map<number, SourceData['supports']>();
    for (const x of src.supports) {
      const index = of(x.paragraph);
      const list = supports.get(index);
      if (list) list.push(x);
      else supports.set(index, [x]);
    }
    for (const [index, list] of [...supports].sort((a, b) => a[0] - b[0])) sourcesOf[index]!.push({ id: src.id, supports: list });
  }
  const eventsOf = perClaim<string>();
  for (const e of events) for (const index of new Set(e.paragraphs.map(of))) eventsOf[index]!.push(e.id);
  const unsourcedOf = perClaim<Unsourced>();
  for (const u of unsourced) unsourcedOf[of(u.paragraph)]!.push(u);
  const statementsOf = perClaim<Statement>();
  for (const list of Object.values(statements)) for (const x of list) statementsOf[of(x.paragraph)]!.push(x);
  const correctionsOf = perClaim<Correction>();
  for (const c of corrections) {
    // An entry that names nothing in particular changed the whole explainer: every claim counts it.
    const whole = !c.paragraphs.length && !c.actors.length && !c.terms.length && !c.events.length;
    const touched = whole ? claimEntries.map((_, index) => index) : c.paragraphs.map((n) => claimIndex[n]);
    for (const index of new Set(touched)) if (index !== undefined) correctionsOf[index]!.push(c);
  }
  return { named, sourcesOf, eventsOf, unsourcedOf, statementsOf, correctionsOf };
}

/** The claims, in reading order, each with its lists (see Claim in ./build.ts). */
export function buildClaims(inputs: ClaimInputs): { claims: Claim[]; statementsOf: Statement[][] } {
  const { claimEntries, claimIndex, reviewed } = inputs;
  const { named, sourcesOf, eventsOf, unsourcedOf, statementsOf, correctionsOf } = groupByClaim(inputs);
  const noteHref = noteHrefOf(claimEntries, claimIndex);
  const claims = claimEntries.map((s, index): Claim => {
    const after = claimEntries[index + 1];
    const split = after?.movedFrom === s.slug ? after : undefined;
    const mentioned = [...new Set(named[index]!.sort((a, b) => a.at - b.at).map((x) => x.id))];
    const touching = correctionsOf[index]!;
    const used = new Set(statementsOf[index]!.map((x) => x.status));
    return {
      ...s,
      index,
      href: url.claimUrl(s.slug),
      range: rangeLabel(s.paragraphs),
      actors: [...new Set([...mentioned, ...s.actors])],
      sources: sourcesOf[index]!,
      events: eventsOf[index]!,
      unsourced: unsourcedOf[index]!,
      statuses: STATUS_ORDER.filter((st) => used.has(st)),
      tally: tallyStatements(statementsOf[index]!, noteHref) satisfies StatusCount[],
      corrections: touching.map((c) => c.id),
      reviewed: [reviewed, ...touching.map((c) => c.date)].sort().at(-1)!,
      prev: claimEntries[index - 1]?.slug,
      next: after?.slug,
      ...(split && {
        continued: {
          slug: split.slug,
          title: split.title,
          paragraphs: paragraphNumbers(split.paragraphs),
        },
      }),
    };
  });
  return { claims, statementsOf };
}
