// `npm start` builds, then serves dist/ here as a host would (src/lib/serve.ts):
//
//   npm start                       build, then serve at http://127.0.0.1:4321/
//   PORT=8080 HOST=0.0.0.0 node scripts/serve.ts
import { startServer } from '../src/lib/serve.ts';

const port = Number(process.env.PORT ?? 4321);
// The folder the build wrote (DIST_DIR, as for astro build), so explainers built side by side can each be served.
const root = process.env.DIST_DIR || 'dist';
const { url } = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Serving ${root}/ at ${url}/  (Ctrl+C to stop)`);
