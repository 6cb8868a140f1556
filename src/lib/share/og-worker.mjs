// A card worker (og-pool.ts): draws the cards it is sent with the same code the
// endpoints use (og-image.ts drawCard), one at a time, and sends back each PNG
// with its CPU time. Plain Node, not Vite: hence .mjs and the resolve hook for
// the engine's TypeScript.
import { parentPort } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import '../ts-resolve.mjs';

const { drawCard } = await import('./og-image.ts');

const queue = [];
let drawing = false;

async function drawQueued() {
  drawing = true;
  while (queue.length) {
    const { id, kind, input } = queue.shift();
    try {
      const { png, ms } = await drawCard({ kind, input });
      parentPort.postMessage({ id, png, ms }, [png.buffer]);
    } catch (e) {
      parentPort.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
    // resvg's rendered pixels (3 MB a card, native memory) are freed by a finaliser that runs on a later
    // turn of the event loop; drawing card after card from queued messages never gave it one, and a
    // worker held ~2 GB after 300 cards. One turn between cards keeps it flat.
    await nextTurn();
  }
  drawing = false;
}

parentPort.on('message', (message) => {
  queue.push(message);
  if (!drawing) void drawQueued();
});
