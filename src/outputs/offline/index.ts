// The offline copy: the built /pamphlet/ as one self-contained HTML file.
import { makeOfflineHtml } from '../../../scripts/lib/offline-html.mjs';
import type { OutputContext } from '../context.ts';

export async function makeOfflineCopy(context: OutputContext, out: string): Promise<{ bytes: number; ms: number }> {
  return makeOfflineHtml({ dist: context.dist, out, model: context.model });
}
