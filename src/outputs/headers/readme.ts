// The README's copies of the host policy: its nginx and Caddy blocks, between marker comments, rewritten from the
// policy (`node scripts/host-config.ts --readme`) and checked by the tests to be current.
import type { Rule } from './policy.ts';
import { renderCaddy, renderNginx } from './render.ts';

const README_BLOCKS = ['nginx', 'caddy'] as const;
const marker = (name: string, end: boolean) => `<!-- host-config:${name}:${end ? 'end' : 'begin'} -->`;

/** The README with its nginx and Caddy blocks rewritten from `rules`. Throws if a marker is missing. */
export function updateReadme(readme: string, rules: readonly Rule[]): string {
  const body = { nginx: '```nginx\n' + renderNginx(rules) + '```', caddy: '```caddyfile\n' + renderCaddy(rules) + '```' };
  let out = readme;
  for (const name of README_BLOCKS) {
    const begin = out.indexOf(marker(name, false));
    const end = out.indexOf(marker(name, true));
    if (begin < 0 || end < begin) throw new Error(`README.md lacks the ${marker(name, false)} … ${marker(name, true)} markers`);
    out = out.slice(0, begin + marker(name, false).length) + '\n' + body[name] + '\n' + out.slice(end);
  }
  return out;
}
