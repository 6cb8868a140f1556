// `npm test` on a machine that lacks a system tool stops before building, naming every missing package and the
// one command that installs them (.ci/preflight.mjs, npm's `pretest`).
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['.ci/preflight.mjs'], { encoding: 'utf8', env: { ...env, PATH: dirname(process.execPath) } });

describe('the check before npm test', () => {
  it('passes on this machine (it has what the suite needs)', () => {
    const r = spawnSync(process.execPath, ['.ci/preflight.mjs'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('stops naming every missing package and the command that installs them', () => {
    // Only Node on PATH: /usr/bin's tools (chromium, pdftotext, openssl, caddy, epubcheck) are not found.
    const r = run({});
    expect(r.status).toBe(1);
    for (const pkg of ['chromium', 'poppler-utils', 'openssl', 'caddy', 'epubcheck']) expect(r.stderr).toContain(`the Debian package ${pkg} (`);
    expect(r.stderr).toContain('bash .ci/setup.sh');
  });

  it('takes CHROME_PATH for the browser', () => {
    expect(run({ CHROME_PATH: '/opt/any/chrome' }).stderr).not.toContain('package chromium');
  });
});
