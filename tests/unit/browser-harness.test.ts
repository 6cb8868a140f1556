// Without a browser, the browser tests must fail and say how to get one — never skip silently.
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';

describe('chromiumPath', () => {
  it('throws with install instructions when no browser exists', () => {
    expect(() => chromiumPath('/nonexistent/chrome', ['/nonexistent/chromium'])).toThrow(/No Chromium found.*apt-get install -y chromium.*CHROME_PATH/);
  });

  it('prefers CHROME_PATH when it exists', () => {
    expect(chromiumPath(process.execPath, ['/nonexistent/chromium'])).toBe(process.execPath);
  });
});
