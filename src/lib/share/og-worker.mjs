// A card worker (og-pool.ts): draws the cards it is sent with the same code the
// endpoints use (og-image.ts drawCard), and sends back each PNG with its CPU
// time. Plain Node, not Vite: hence .mjs and the resolve hook for the engine's TypeScript.
import { parentPort } from 'node:worker_threads';
import '../ts-resolve.mjs';

const { drawCard } = await import('./og-image.ts');

parentPort.on('message', async ({ id, kind, input }) => {
  try {
    const { png, ms } = await drawCard({ kind, input });
    parentPort.postMessage({ id, png, ms }, [png.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
