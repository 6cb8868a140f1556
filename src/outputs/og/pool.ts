// Link-preview cards drawn off the main thread. Astro renders pages on one
// thread, and a cold build would spend a large part of its time drawing cards
// while the machine's other cores idle; so at build start the integration hands
// every card not in the cache to a small pool of worker threads
// (worker.ts), which draw while Vite bundles and Astro renders the pages.
// When the pages are done, the integration writes the cards (files.ts),
// taking each from the pool.
//
// Workers take cards from the end of the list while the build asks for them
// from the start: a card the build reaches before any worker has begun it is
// the build's to draw (take() returns undefined), so nothing is drawn twice
// and the build never waits for a card a busy worker has not started.
import type { Card } from './cards.ts';
import type { Drawn } from './cache.ts';

/** What the pool needs of a worker thread (node:worker_threads Worker; a fake in the unit tests). */
export interface CardWorker {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}
export type ToWorker = { id: number; kind: Card['kind']; input: Card['input'] };
export type FromWorker = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

export interface CardPool {
  /**
   * The card's drawing if a worker has it (drawn or under way), else
   * undefined: then it is the caller's to draw, and no worker will.
   */
  take(card: Card): Promise<Drawn> | undefined;
  /** Stops every worker; a card one of them had not finished rejects (nothing waits for it). */
  close(): Promise<void>;
}

// Cards handed to a worker ahead of the one it is drawing, so it never idles while the main thread is busy rendering
// pages and answers no message (at 30× the content, with 2 ahead the one worker drew a third of the cards; a card the
// build reaches that a worker holds is waited for, at most this many drawings).
const AHEAD = 8;
// A worker that holds cards and answers nothing for this long is taken as stuck: its cards fail, naming it, and it is
// ended, so the build never waits forever. A card takes well under a second even on a loaded machine.
const STUCK_MS = 60_000;

type Job = { card: Card; state: 'waiting' | 'worker' | 'caller'; result?: Promise<Drawn> };
const jobKey = (card: Pick<Card, 'kind' | 'input'>) => JSON.stringify([card.kind, card.input]);
const label = (card: Card) => `link-preview card ${card.url}`;

/**
 * One worker's share of the pool: it is given up to `ahead` cards, one more as each comes back; it ends when there
 * is nothing left to give, and is lost (its cards failing, naming it) when it fails, exits or answers nothing for
 * `stuckMs`. `live` holds each running worker with how to stop it.
 */
function drive(
  worker: CardWorker,
  { nextJob, ahead, stuckMs, live }: { nextJob: () => Job | undefined; ahead: number; stuckMs: number; live: Map<CardWorker, (why: string) => void> },
): void {
  let ids = 0;
  const mine = new Map<number, { job: Job; resolve: (d: Drawn) => void; reject: (e: Error) => void }>();
  let ended = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(watchdog);
    live.delete(worker);
    void worker.terminate();
  };
  const give = () => {
    while (!ended && mine.size < ahead) {
      const job = nextJob();
      if (!job) break;
      const id = ids++;
      job.state = 'worker';
      job.result = new Promise<Drawn>((resolve, reject) => mine.set(id, { job, resolve, reject }));
      // Handled here so that a failure is not an unhandled rejection before the build takes the card (and fails there).
      job.result.catch(() => {});
      worker.postMessage({ id, kind: job.card.kind, input: job.card.input });
    }
    if (mine.size === 0) end();
    else {
      clearTimeout(watchdog);
      // Unreferenced: the worker itself keeps the process alive while it draws; this only watches it.
      watchdog = setTimeout(() => lose(`answered nothing for ${stuckMs / 1000} s`), stuckMs);
      watchdog.unref();
    }
  };
  const lose = (why: string) => {
    for (const { job, reject } of mine.values()) reject(new Error(`${label(job.card)}: its card worker ${why}`));
    mine.clear();
    end();
  };
  worker.on('message', (m) => {
    const pending = mine.get(m.id);
    if (!pending) return;
    mine.delete(m.id);
    if ('error' in m) pending.reject(new Error(`${label(pending.job.card)} could not be drawn: ${m.error}`));
    else pending.resolve({ png: m.png, ms: m.ms, offThread: true });
    give();
  });
  worker.on('error', (e) => lose(`failed: ${e.stack ?? e.message}`));
  worker.on('exit', (code) => {
    if (!ended) lose(`exited (code ${code})`);
  });
  live.set(worker, lose);
  give();
}

/**
 * A pool of `workers` workers (made by `spawn`) drawing `cards` (in the order
 * the build asks for them) from the end. A card a worker fails to draw, or
 * loses when its worker dies, rejects with an error naming it; the build then
 * fails when it takes that card. A worker with nothing left to draw is ended.
 */
export function startCardPool(options: { cards: readonly Card[]; workers: number; spawn: () => CardWorker; stuckMs?: number; ahead?: number }): CardPool {
  const stuckMs = options.stuckMs ?? STUCK_MS;
  const ahead = options.ahead ?? AHEAD;
  const jobs: Job[] = options.cards.map((card) => ({ card, state: 'waiting' }));
  const byKey = new Map(jobs.map((j) => [jobKey(j.card), j]));
  let next = jobs.length - 1; // workers take from here down
  // Each running worker, with how to stop it (failing the cards it holds, so nothing waits on them forever).
  const live = new Map<CardWorker, (why: string) => void>();

  function nextJob(): Job | undefined {
    while (next >= 0 && jobs[next]!.state !== 'waiting') next--;
    return next >= 0 ? jobs[next--] : undefined;
  }

  for (let i = 0; i < options.workers && next >= 0; i++) drive(options.spawn(), { nextJob, ahead, stuckMs, live });

  return {
    take(card) {
      const job = byKey.get(jobKey(card));
      if (!job || job.state === 'caller') return undefined;
      if (job.state === 'waiting') {
        job.state = 'caller';
        return undefined;
      }
      return job.result;
    },
    async close() {
      const workers = [...live];
      for (const [, lose] of workers) lose('was stopped (the build ended)');
      await Promise.all(workers.map(([w]) => w.terminate()));
    },
  };
}
