// Without a browser, the browser tests must fail and say how to get one — never skip silently; and the build and
// the tests look for it where .ci/setup.sh and the preflight do: any Chromium or Chrome on PATH.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { chromiumCandidates, findChromium } from '../../src/outputs/pdf/chromium.ts';

describe('chromiumPath', () => {
  it('throws with install instructions when no browser exists', () => {
    expect(() => chromiumPath({ chromePath: '/nonexistent/chrome', candidates: ['/nonexistent/chromium'] })).toThrow(
      /No Chromium found.*\.ci\/setup\.sh.*apt-get install -y chromium.*CHROME_PATH.*browser tests need it/,
    );
  });

  it('prefers CHROME_PATH when it exists', () => {
    expect(chromiumPath({ chromePath: process.execPath, candidates: ['/nonexistent/chromium'] })).toBe(process.execPath);
  });
});

describe('findChromium', () => {
  it('finds a Chromium wherever PATH has one, not only in /usr/bin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bin-'));
    const bin = join(dir, 'chromium');
    writeFileSync(bin, '#!/bin/sh\n');
    chmodSync(bin, 0o755);
    expect(findChromium({ chromePath: undefined, candidates: chromiumCandidates(`/nonexistent:${dir}`) })).toBe(bin);
    expect(chromiumCandidates('')).toContain('/usr/bin/chromium');
  });
});
