// The Chromium that prints the PDFs (playwright-core drives it): found on the machine, never downloaded.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Format } from '../formats.ts';

/** The names a machine's Chromium or Chrome goes by, in order: Debian's package installs `chromium`. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Where to look, in order (after CHROME_PATH): each name in each folder of PATH, then in /usr/bin. The same rule as
 * .ci/setup.sh and .ci/preflight.mjs, which install or ask for `chromium` when no such command is on PATH: a browser
 * they accept is one the build and the tests find.
 */
export const chromiumCandidates = (path = process.env.PATH ?? ''): string[] =>
  CHROMIUM_NAMES.flatMap((name) => [...path.split(delimiter).filter(Boolean), '/usr/bin'].map((dir) => join(dir, name)));
/** How it is started, for the PDFs and for the browser tests alike: headless on a machine without a sandbox or GPU, and silent on the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumWhere {
  chromePath?: string | undefined;
  candidates?: readonly string[];
}

/** The browser binary (CHROME_PATH, else chromiumCandidates()); throws how to get one. The build's and the tests'. */
export function findChromium({ chromePath = process.env.CHROME_PATH, candidates = chromiumCandidates() }: ChromiumWhere = {}): string {
  const found = [chromePath, ...candidates].find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error('No Chromium found: `bash .ci/setup.sh` (or `sudo apt-get install -y chromium`), or set CHROME_PATH to a Chrome/Chromium binary.');
  return found;
}

/** No Chromium, yet print formats wanted: the message says both ways on. `where`: for tests. */
export function requireChromium(print: readonly Format[], where?: ChromiumWhere): string {
  try {
    return findChromium(where);
  } catch {
    throw new Error(
      `No Chromium found to print ${print.map((f) => f.file).join(', ')}. Install it: \`sudo apt-get install -y chromium\` ` +
        '(Debian/Ubuntu; or set CHROME_PATH to a Chrome/Chromium binary). Or leave the PDFs out on purpose: ' +
        '`NO_PRINT=1 npm run build` (the pages then offer no PDF).',
    );
  }
}

/** Chromium as the PDFs need it (one launch can print several). */
export const launchChromium = (executablePath = findChromium()): Promise<Browser> => chromium.launch({ executablePath, args: CHROMIUM_ARGS });
