// The host headers (the outputs' last step, over every file the others wrote): <dist>/_headers from the policy
// (./policy.ts), in the syntax Netlify and Cloudflare Pages read (./render.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputContext } from '../context.ts';
import { sitePolicy, type Rule } from './policy.ts';
import { renderHeadersFile } from './render.ts';

/** Write `<dist>/_headers`; returns what was written and a one-line summary. */
export function writeHeadersFile(dist = 'dist'): { text: string; rules: Rule[]; summary: string } {
  const { rules, pages, variants } = sitePolicy(dist);
  const note = `script-src/style-src hashes: the union over ${pages} pages (${variants === 1 ? 'all identical' : `${variants} different lists`}).`;
  const text = renderHeadersFile(rules, note);
  writeFileSync(join(dist, '_headers'), text);
  return { text, rules, summary: `${join(dist, '_headers')}: ${rules.length} rules; ${note}` };
}

export async function writeHostHeaders({ dist, log }: Pick<OutputContext, 'dist' | 'log'>): Promise<void> {
  log(`host headers: ${writeHeadersFile(dist).summary}`);
}
