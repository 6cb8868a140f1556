// Which sources back which paragraph, numbered once for the whole site so a
// mark reads the same on a claim page, a source page and in the pamphlet.

export interface SourceLike {
  id: string;
  status: 'verified' | 'partly-verified';
  caveat?: string;
  supports?: readonly { paragraph: number; note: string }[];
  background?: readonly { paragraph: number; note: string }[];
}

export interface Citation {
  id: string;
  /** Site-wide number, 1…: sources ordered by the first paragraph they support, then id. */
  number: number;
  status: SourceLike['status'];
  caveat?: string;
  note: string;
}

/** Site-wide source numbers. */
export function numberSources(sources: readonly SourceLike[]): Map<string, number> {
  const first = (s: SourceLike) => Math.min(...[...(s.supports ?? []), ...(s.background ?? [])].map((x) => x.paragraph));
  const ordered = [...sources].sort((a, b) => first(a) - first(b) || a.id.localeCompare(b.id));
  return new Map(ordered.map((s, i) => [s.id, i + 1]));
}

/** For each paragraph, the sources that support it, in number order. */
export function citationsByParagraph(sources: readonly SourceLike[]): Map<number, Citation[]> {
  const numbers = numberSources(sources);
  const byParagraph = new Map<number, Citation[]>();
  for (const s of sources) {
    for (const { paragraph, note } of s.supports ?? []) {
      const list = byParagraph.get(paragraph) ?? [];
      list.push({ id: s.id, number: numbers.get(s.id)!, status: s.status, caveat: s.caveat, note });
      byParagraph.set(paragraph, list);
    }
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.number - b.number);
  return byParagraph;
}

