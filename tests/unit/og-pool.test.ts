// The card pool: workers draw from the end of the list, the build from the start; a card nobody
// began is the build's; a worker's failure or death fails exactly the cards it held, naming them.
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/outputs/og/cards.ts';
import { startCardPool, type CardWorker, type FromWorker, type ToWorker } from '../../src/outputs/og/pool.ts';

const card = (n: number, host = 'h'): Card => ({
  kind: 'quote',
  url: `/og/p/${n}.png`,
  input: {
    n,
    kicker: `¶${n}`,
    words: `words ${n}`,
    quoted: `“words ${n}”`,
    claimLabel: 'Claim:',
    claimTitle: 't',
    siteName: 's',
    host,
    lang: 'en',
    dir: 'ltr',
  },
});
const cards = [1, 2, 3, 4, 5, 6].map((n) => card(n));

/** A worker under the test's control: it records what it is sent and answers when told. */
class FakeWorker extends EventEmitter {
  sent: ToWorker[] = [];
  terminated = false;
  postMessage(m: ToWorker) {
    this.sent.push(m);
  }
  async terminate() {
    this.terminated = true;
    return 0;
  }
  answer(m: FromWorker) {
    this.emit('message', m);
  }
}
const fakes = () => {
  const made: FakeWorker[] = [];
  return { made, spawn: () => (made.push(new FakeWorker()), made[made.length - 1]! as unknown as CardWorker) };
};

describe('og-pool', () => {
  it('a worker takes cards from the end, two at a time; the build draws one nobody began, and takes a worker’s drawing', async () => {
    const { made, spawn } = fakes();
    const pool = startCardPool({ cards, workers: 1, spawn, ahead: 2 });
    const w = made[0]!;
    expect(w.sent.map((m) => (m.input as { n: number }).n)).toEqual([6, 5]);
    expect(pool.take(card(1))).toBeUndefined(); // the build's now
    expect(pool.take(card(1))).toBeUndefined(); // and stays so
    const six = pool.take(card(6))!;
    w.answer({ id: w.sent[0]!.id, png: new Uint8Array([6]), ms: 12 });
    expect(await six).toEqual({ png: new Uint8Array([6]), ms: 12, offThread: true });
    expect(w.sent.map((m) => (m.input as { n: number }).n)).toEqual([6, 5, 4]);
    // Not the same inputs (another host, say): not the pool's card.
    expect(pool.take(card(5, 'other'))).toBeUndefined();
    for (const m of w.sent.slice(1)) w.answer({ id: m.id, png: new Uint8Array([0]), ms: 1 });
    // 4 and 5 done, 3 and 2 sent; once those are back and 1 is the build's, nothing is left: the worker is ended.
    expect(w.sent.map((m) => (m.input as { n: number }).n)).toEqual([6, 5, 4, 3, 2]);
    for (const m of w.sent.slice(3)) w.answer({ id: m.id, png: new Uint8Array([0]), ms: 1 });
    expect(w.terminated).toBe(true);
    await pool.close();
  });

  it('a card a worker fails to draw rejects naming the card; the others still arrive', async () => {
    const { made, spawn } = fakes();
    const pool = startCardPool({ cards, workers: 1, spawn, ahead: 2 });
    const w = made[0]!;
    w.answer({ id: w.sent[0]!.id, error: 'Error: satori: font missing' });
    await expect(pool.take(card(6))!).rejects.toThrow('link-preview card /og/p/6.png could not be drawn: Error: satori: font missing');
    w.answer({ id: w.sent[1]!.id, png: new Uint8Array([5]), ms: 1 });
    expect((await pool.take(card(5))!).png).toEqual(new Uint8Array([5]));
    await pool.close();
  });

  it('a worker that dies fails the cards it held, naming each; the rest are the build’s to draw; close() ends the others', async () => {
    const { made, spawn } = fakes();
    const pool = startCardPool({ cards, workers: 2, spawn, ahead: 2 });
    const [a, b] = made;
    expect(a!.sent.length + b!.sent.length).toBe(4);
    a!.emit('error', new Error('out of memory'));
    for (const m of a!.sent)
      await expect(pool.take(card((m.input as { n: number }).n))!).rejects.toThrow(
        new RegExp(`/og/p/${(m.input as { n: number }).n}\\.png: its card worker failed: Error: out of memory`),
      );
    expect(a!.terminated).toBe(true);
    const held = b!.sent.map((m) => pool.take(card((m.input as { n: number }).n))!);
    await pool.close();
    expect(b!.terminated).toBe(true);
    for (const p of held) await expect(p).rejects.toThrow(/was stopped/);
  });

  it('a real worker thread that throws on load fails its cards with the reason, and the pool never hangs', async () => {
    const spawn = () => new Worker('throw new Error("cannot load the renderer")', { eval: true }) as unknown as CardWorker;
    const pool = startCardPool({ cards, workers: 1, spawn, ahead: 2 });
    await expect(pool.take(card(6))!).rejects.toThrow(/\/og\/p\/6\.png: its card worker failed: .*cannot load the renderer/s);
    await pool.close();
  });

  it('a worker that answers nothing is taken as stuck: its cards fail naming it, and it is ended', async () => {
    const { made, spawn } = fakes();
    const pool = startCardPool({ cards, workers: 1, spawn, stuckMs: 50, ahead: 2 });
    await expect(pool.take(card(6))!).rejects.toThrow('link-preview card /og/p/6.png: its card worker answered nothing for 0.05 s');
    expect(made[0]!.terminated).toBe(true);
    expect(pool.take(card(4))).toBeUndefined(); // never sent: the build's
    await pool.close();
  });

  it('no workers: every card is the build’s', async () => {
    const pool = startCardPool({ cards, workers: 0, spawn: () => expect.unreachable() });
    for (const c of cards) expect(pool.take(c)).toBeUndefined();
    await pool.close();
  });
});
