// The Chromium that prints the PDFs (playwright-core drives it): found on the machine, never downloaded.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Format } from '../formats.ts';

/** Where a machine's Chromium or Chrome is found, in order (CHROME_PATH first): the build's and the browser tests'. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
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
  candidates?: string[];
}

export function findChromium({ chromePath = process.env.CHROME_PATH, candidates = CHROMIUM_CANDIDATES }: ChromiumWhere = {}): string {
  const found = [chromePath, ...candidates].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: `sudo apt-get install -y chromium`, or set CHROME_PATH.');
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
