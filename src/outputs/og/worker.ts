// A card worker (pool.ts): draws the cards it is sent with the same code the
// build's main thread uses (image.ts drawCard, which also gives resvg's
// finaliser its turn between cards), one at a time, and sends back each PNG
// with its CPU time. Plain Node (its type stripping), not Vite.
import { parentPort } from 'node:worker_threads';
import type { CardDrawing } from './cards.ts';
import { drawCard } from './image.ts';
import type { FromWorker, ToWorker } from './pool.ts';

if (!parentPort) throw new Error('src/outputs/og/worker.ts runs as a worker thread (pool.ts starts it)');
const port = parentPort;
const queue: ToWorker[] = [];
let drawing = false;

async function drawQueued(): Promise<void> {
  drawing = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const { id, kind, input } = job;
    let reply: FromWorker;
    try {
      const { png, ms } = await drawCard({ kind, input } as CardDrawing);
      reply = { id, png, ms };
      port.postMessage(reply, [png.buffer as ArrayBuffer]);
    } catch (e) {
      reply = { id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      port.postMessage(reply);
    }
  }
  drawing = false;
}

port.on('message', (message: ToWorker) => {
  queue.push(message);
  if (!drawing) void drawQueued();
});
