// A card worker (og-pool.ts): draws the cards it is sent with the same code the
// build's main thread uses (og-image.ts drawCard, which also gives resvg's
// finaliser its turn between cards), one at a time, and sends back each PNG
// with its CPU time. Plain Node, not Vite: hence .mjs and the resolve hook for
// the engine's TypeScript.
import { parentPort } from 'node:worker_threads';

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
  }
  drawing = false;
}

parentPort.on('message', (message) => {
  queue.push(message);
  if (!drawing) void drawQueued();
});
