// Link-preview cards are cached by content hash, so a rebuild with unchanged
// content draws none. The key is a sha256 of everything that decides a card's
// pixels: its kind, its inputs, and the renderer's fingerprint (its own source,
// the font files' bytes, the satori and resvg versions; image.ts computes
// it). Change any of these and the card is drawn again; nothing else can make a
// cached card stale. Entries live in node_modules/.cache/og/ (OG_CACHE_DIR
// moves it; OG_CACHE=off draws every card), one PNG per key, and each build
// writes its tally (drawn, from cache, ms per drawn card) to last-build.json
// there, which `npm run bench` prints. A card a build uses is touched (its
// mtime set to now), and each build ends by deleting the cards no build has
// used for UNUSED_DAYS: every edit of a paragraph leaves its old card behind,
// and the folder would otherwise only grow.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const STATS_FILE = 'last-build.json';
/** A cached card no build has used for this many days is deleted (prune). */
export const UNUSED_DAYS = 30;

/** Where cards are cached: OG_CACHE_DIR, else node_modules/.cache/og/ of the project (where tools keep their caches). */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.OG_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'og'));

/** The cache key of one card: sha256 of its kind, its inputs (JSON) and the renderer's fingerprint. */
export function cardKey(kind: string, inputs: unknown, fingerprint: string): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, inputs, fingerprint]))
    .digest('hex');
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface CardStats {
  /** Cards this build drew, by kind. */
  drawn: Record<string, number>;
  /** Of the cards drawn, those a card worker drew (pool.ts), by kind. */
  offThread: Record<string, number>;
  /** Of the cards drawn, those Chromium drew (right to left, ./chromium.ts), by kind; their drawMs is wall time, Chromium's launch included. */
  chromium: Record<string, number>;
  /** Cards this build took from the cache, by kind. */
  cached: Record<string, number>;
  /** CPU milliseconds spent drawing, by kind, wherever the cards were drawn (this thread or the card workers). */
  drawMs: Record<string, number>;
  /** When this build's first card was asked for (ISO), and which content it built. */
  started: string;
  contentDir: string;
}

/** A drawn card and the CPU milliseconds its drawing took (wherever it was drawn: this thread or a card worker). */
export interface Drawn {
  png: Uint8Array;
  ms: number;
  /** Drawn by a card worker, not the thread asking. */
  offThread?: boolean;
  /** Drawn by Chromium (a right-to-left card): `ms` is wall time. */
  chromium?: boolean;
}

export interface CardCache {
  /** The card for (kind, inputs): from the cache if present, else drawn by `draw` (with its CPU time) and stored. */
  card(kind: string, inputs: unknown, draw: () => Promise<Drawn>): Promise<Uint8Array>;
  /** Whether (kind, inputs) is in the cache (always false when the cache is off); counts nothing. */
  has(kind: string, inputs: unknown): Promise<boolean>;
  /** Deletes the cards no build has used for `days` days (default UNUSED_DAYS); returns how many. */
  prune(days?: number): number;
  readonly stats: CardStats;
}

/** Whether `file` starts as a PNG does (a truncated or foreign file is not a card). */
function isPng(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(8);
    return readSync(fd, head, 0, 8, 0) === 8 && head.equals(PNG_SIGNATURE);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written through a temporary name, so a build running beside this one never reads half a file. */
function writeWhole(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** A cached card's bytes, or undefined when it is not cached (or truncated, or not a card); a card read is marked used now. */
function readCard(file: string): Uint8Array | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(file);
  } catch {
    return undefined; // not cached yet
  }
  // A truncated or foreign file is not a card: draw it again.
  if (!stored.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  // Used now: kept by prune() for another UNUSED_DAYS. (A file another build has just pruned is still read.)
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // gone meanwhile: it is in hand
  }
  return new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
}

/** Removes the cards in `dir` unused for `days`; returns how many. */
function pruneCards(dir: string, days: number): number {
  const before = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!/^[0-9a-f]{64}\.png$/.test(name)) continue; // only cards: not the tally, nor a write under way
    try {
      if (statSync(join(dir, name)).mtimeMs < before) {
        unlinkSync(join(dir, name));
        removed++;
      }
    } catch {
      // another build removed it first
    }
  }
  return removed;
}

/**
 * A card cache in `dir` for one renderer `fingerprint`. `enabled: false`
 * draws every card (and still counts them). The tally is written after the
 * first card, then at most every quarter second, and once more when the process
 * exits, so it is complete whenever the build ends (rewriting it after each of
 * 1,200 cards cost a large build seconds of file writes).
 */
export function createCardCache(options: { dir: string; fingerprint: () => Promise<string>; enabled?: boolean; contentDir?: string }): CardCache {
  const { dir, enabled = true } = options;
  let fingerprint: Promise<string> | undefined;
  const stats: CardStats = {
    drawn: {},
    offThread: {},
    chromium: {},
    cached: {},
    drawMs: {},
    started: new Date().toISOString(),
    contentDir: options.contentDir ?? '',
  };
  const add = (tally: Record<string, number>, kind: string, n: number) => (tally[kind] = (tally[kind] ?? 0) + n);
  mkdirSync(dir, { recursive: true });
  const tallyFile = join(dir, STATS_FILE);
  let written = 0;
  let pending = false;
  const flush = () => {
    if (!pending) return;
    pending = false;
    written = performance.now();
    writeWhole(tallyFile, JSON.stringify(stats, null, 2) + '\n');
  };
  process.once('exit', flush);
  const fileOf = async (kind: string, inputs: unknown) => {
    fingerprint ??= options.fingerprint();
    return join(dir, `${cardKey(kind, inputs, await fingerprint)}.png`);
  };
  return {
    stats,
    async has(kind, inputs) {
      return enabled && isPng(await fileOf(kind, inputs));
    },
    async card(kind, inputs, draw) {
      const file = await fileOf(kind, inputs);
      let png = enabled ? readCard(file) : undefined;
      if (png) add(stats.cached, kind, 1);
      else {
        const drawn = await draw();
        png = drawn.png;
        add(stats.drawMs, kind, drawn.ms);
        if (drawn.offThread) add(stats.offThread, kind, 1);
        if (drawn.chromium) add(stats.chromium, kind, 1);
        add(stats.drawn, kind, 1);
        if (enabled) writeWhole(file, png);
      }
      pending = true;
      if (written === 0 || performance.now() - written > 250) flush();
      return png;
    },
    prune: (days = UNUSED_DAYS) => pruneCards(dir, days),
  };
}
