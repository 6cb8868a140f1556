// The synthetic content's randomness and words: a seeded PRNG (the same seed gives the same folder), filler words
// that are never a name or a term, made-up names, and sentences and prose of a given length.

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  /** k distinct items of `list` (all of it if k ≥ its length). */
  const sample = <T>(list: readonly T[], k: number): T[] => shuffle(list).slice(0, Math.min(k, list.length));
  return { next, int, pick, shuffle, sample };
}
export type Random = ReturnType<typeof prng>;

/** `total` split over named weights, largest remainders first (the counts sum to `total`). */
export function apportion(total: number, weights: Record<string, number>): Record<string, number> {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  const all = entries.reduce((n, [, w]) => n + w, 0);
  if (!all) return {};
  const shares = entries.map(([k, w]) => ({ k, exact: (total * w) / all }));
  const out: Record<string, number> = Object.fromEntries(shares.map(({ k, exact }) => [k, Math.floor(exact)]));
  let left = total - Object.values(out).reduce((n, v) => n + v, 0);
  for (const { k } of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.k.localeCompare(b.k))) {
    if (left-- <= 0) break;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Spread `total` items over `buckets`, as evenly as possible: [3, 3, 2, …]. */
export const spread = (total: number, buckets: number): number[] =>
  Array.from({ length: buckets }, (_, i) => Math.floor(total / buckets) + (i < total % buckets ? 1 : 0));

/** Counts by kind as a shuffled list of kinds: { a: 2, b: 1 } → [b, a, a] in some order. */
export const kindsList = (rnd: Random, counts: Record<string, number>): string[] =>
  rnd.shuffle(Object.entries(counts).flatMap(([k, c]) => Array<string>(c).fill(k)));

// Filler words (lower case, never a name or a term) and the syllables names and terms are made of.
export const LOREM = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ' +
  'enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in ' +
  'reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa ' +
  'qui officia deserunt mollit anim id est laborum'
).split(' ');
const SYLLABLES = 'ba ka ro vin del mar tes lu quor zen bri sol nax per ith gal omb tri vel dun ash cor fen mir'.split(' ');
export const capital = (w: string): string => (w[0] ?? '').toUpperCase() + w.slice(1);

/** Made-up words, each used once: three syllables from a counter, never a filler word. */
function wordMaker(): () => string {
  const used = new Set(LOREM);
  let counter = 0;
  return () => {
    for (;;) {
      let n = counter++;
      let word = '';
      for (let i = 0; i < 3; i++) {
        word += SYLLABLES[n % SYLLABLES.length];
        n = Math.floor(n / SYLLABLES.length);
      }
      if (n > 0) word += SYLLABLES[n % SYLLABLES.length]; // past 24³ words: a fourth syllable
      if (!used.has(word)) {
        used.add(word);
        return word;
      }
    }
  };
}

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');
export const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

/** Everything that makes words: the PRNG, made-up words, sentences and prose, and counts scaled. */
export function writer(scale: number, seed: number) {
  const rnd = prng(seed * 1000003 + Math.round(scale * 1000));
  const word = wordMaker();
  const n = (count: number, min = 0) => Math.max(min, Math.round(count * scale));
  const sentence = (words: number) => capital(Array.from({ length: words }, () => rnd.pick(LOREM)).join(' '));
  const prose = (chars: number) => {
    const out: string[] = [];
    let length = 0;
    while (length < chars) {
      const s = `${sentence(8 + rnd.int(8))}.`;
      out.push(s);
      length += s.length + 1;
    }
    return out.join(' ').slice(0, Math.max(chars, out[0]?.length ?? 0));
  };
  /** A whole number whose average is `mean` (2.4 → 2 or 3). */
  const around = (mean: number) => Math.floor(mean) + (rnd.next() < mean % 1 ? 1 : 0);
  const proseBetween = (min: number, max: number) => {
    let text = prose(min + rnd.int(Math.max(1, max - min - 40)));
    if (text.length > max) text = text.slice(0, max - 1).trimEnd();
    return /[.]$/.test(text) ? text : `${text.replace(/[ ,]+$/, '')}.`;
  };
  return { rnd, word, n, sentence, around, proseBetween };
}
export type Writer = ReturnType<typeof writer>;
