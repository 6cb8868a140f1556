// Pure checks and helpers over the list of claims. No Astro imports,
// so they are unit-tested directly; ./build.ts and ./checks.ts use them.

export interface ClaimShape {
  /** Where the claim came from, e.g. content/claims/02-second-claim.mdx */
  file: string;
  slug: string;
  order: number;
  title: string;
  paragraphs: { from: number; to: number };
  movedFrom?: string | undefined;
}

/** Sort by `order`. */
export const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/**
 * Every way a set of claims can fail to tell the article once, in order:
 * duplicated slug or order, a gap in the numbering, a ¶ range that overlaps
 * another or leaves paragraphs out. Messages name the file, field and value.
 */
export function checkClaimRanges(claims: readonly ClaimShape[], paragraphCount: number): string[] {
  const problems: string[] = [];
  const sorted = [...claims].sort(byOrder);

  const firstWith = new Map<string, string>();
  for (const s of sorted) {
    for (const [field, value] of [
      ['slug', s.slug],
      ['order', String(s.order)],
    ] as const) {
      const key = `${field}:${value}`;
      const other = firstWith.get(key);
      if (other) problems.push(`${s.file}: \`${field}: ${value}\` is already used by ${other}.`);
      else firstWith.set(key, s.file);
    }
  }

  sorted.forEach((s, i) => {
    if (s.order !== i + 1 && !problems.some((p) => p.startsWith(`${s.file}: \`order`))) {
      problems.push(`${s.file}: \`order: ${s.order}\` leaves a gap; orders must run 1…${sorted.length}.`);
    }
  });

  let next = 1; // the first ¶ not yet covered
  let previous: ClaimShape | undefined;
  for (const s of sorted) {
    const { from, to } = s.paragraphs;
    if (from > next) {
      problems.push(
        `${s.file}: \`paragraphs.from: ${from}\` leaves a gap: ¶${next}–¶${from - 1} are in no claim` +
          (previous ? ` (the previous claim, ${previous.file}, ends at ¶${previous.paragraphs.to}).` : '.'),
      );
    } else if (from < next) {
      problems.push(`${s.file}: \`paragraphs.from: ${from}\` overlaps ${previous?.file ?? 'another claim'}, ` + `which already has ¶${from}–¶${next - 1}.`);
    }
    next = Math.max(next, to + 1);
    previous = s;
  }
  if (next <= paragraphCount) {
    problems.push(
      `${previous?.file ?? 'content/claims/'}: ¶${next}–¶${paragraphCount} are in no claim ` + `(the last claim ends at \`paragraphs.to: ${next - 1}\`).`,
    );
  }
  return problems;
}

/**
 * `movedFrom` names the claim a claim was split off: only the claim just before it can have held its paragraphs
 * (the claims tell the text once, in order), and that page keeps their anchors, so it must still exist.
 */
export function checkMovedFrom(claims: readonly ClaimShape[]): string[] {
  const sorted = [...claims].sort(byOrder);
  return sorted.flatMap((s, i) => {
    if (s.movedFrom === undefined) return [];
    const before = sorted[i - 1];
    if (before?.slug === s.movedFrom) return [];
    const named = sorted.find((c) => c.slug === s.movedFrom);
    const field = `${s.file}: \`movedFrom: ${s.movedFrom}\``;
    if (!before) return [`${field}: the first claim was split off no claim before it; leave \`movedFrom\` out.`];
    return [
      named
        ? `${field}: a claim can only have been split off the claim just before it, here ${before.file} (\`slug: ${before.slug}\`).`
        : `${field} is no claim's slug; the claim just before it is ${before.file} (\`slug: ${before.slug}\`).`,
    ];
  });
}

/** The paragraph numbers of a range, in order: 3…7. */
export const paragraphNumbers = ({ from, to }: { from: number; to: number }): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** "¶3" or "¶3–¶7" */
export function rangeLabel({ from, to }: { from: number; to: number }): string {
  return from === to ? `¶${from}` : `¶${from}–¶${to}`;
}
