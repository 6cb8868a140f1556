// The hosting page's copies of the host policy: its nginx and Caddy blocks, between marker comments, rewritten from
// the policy (`node scripts/host-config.ts --docs`) and checked by the tests to be current.
import type { Rule } from './policy.ts';
import { renderCaddy, renderNginx } from './render.ts';

/** The page a deployer reads, which carries the nginx and Caddy configurations. */
export const HOSTING_DOC = 'docs/hosting.md';

const BLOCKS = ['nginx', 'caddy'] as const;
const marker = (name: string, end: boolean) => `<!-- host-config:${name}:${end ? 'end' : 'begin'} -->`;

/** The page's text with its nginx and Caddy blocks rewritten from `rules`. Throws if a marker is missing. */
export function updateHostingDoc(text: string, rules: readonly Rule[]): string {
  const body = { nginx: '```nginx\n' + renderNginx(rules) + '```', caddy: '```caddyfile\n' + renderCaddy(rules) + '```' };
  let out = text;
  for (const name of BLOCKS) {
    const begin = out.indexOf(marker(name, false));
    const end = out.indexOf(marker(name, true));
    if (begin < 0 || end < begin) throw new Error(`${HOSTING_DOC} lacks the ${marker(name, false)} … ${marker(name, true)} markers`);
    out = out.slice(0, begin + marker(name, false).length) + '\n' + body[name] + '\n' + out.slice(end);
  }
  return out;
}
