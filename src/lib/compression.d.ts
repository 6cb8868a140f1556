// The one call of the compression middleware the static server (./serve.ts) makes: it ships no types.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function compression(options?: { threshold?: number }): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
