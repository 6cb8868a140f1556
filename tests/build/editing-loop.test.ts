// The editor's loop, on a copy of the project whose content/ is the small speech fixture:
//   - `astro dev` with broken content starts anyway and shows every problem in the browser (Vite's error
//     overlay, over a 500 page), naming file, field and value; once the file is fixed the page comes back by
//     itself (the dev server re-reads the content and the browser reloads); a new file (a first glossary term)
//     is seen the same way;
//   - `astro build` writes into DIST_DIR, so explainers can be built side by side, and leaves dist/ alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { newContext } from '../helpers/browser.ts';
import { astroBuild, astroEnv, projectCopy } from '../helpers/build.ts';

const SPEECH = 'tests/fixtures/explainers/library-speech';

/** A port nothing listens on. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

let dev: ChildProcess | undefined;
let context: BrowserContext | undefined;
afterAll(async () => {
  await context?.close();
  if (dev?.pid) process.kill(dev.pid);
});

describe('astro dev', () => {
  it('shows a content error in the browser, every problem with its file, field and value, and clears it once fixed', async () => {
    const dir = projectCopy(SPEECH);
    const file = join(dir, 'content', 'explainer.yaml');
    const good = readFileSync(file, 'utf8');
    // Two problems at once: a kind the engine has no words for, and an address that is not one.
    writeFileSync(
      file,
      good
        .replace('kind: speech', 'kind: sermon')
        .replace('  where: Hollinsbridge Library\n', '  where: Hollinsbridge Library\n  url: Hollinsbridge Library\n'),
    );

    const port = await freePort();
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: dir,
      env: astroEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    dev.stdout!.on('data', (d) => (log += d));
    dev.stderr!.on('data', (d) => (log += d));
    const base = `http://127.0.0.1:${port}`;
    // It starts although the content is broken (before, the config failed to load and nothing started).
    for (let i = 0; i < 600 && !/watching for file changes|ready in/.test(log); i++) await new Promise((r) => setTimeout(r, 100));
    expect(log, 'the dev server started').toMatch(/ready in/);

    // Without a browser: the page is an error page.
    const first = await fetch(`${base}/`);
    expect(first.status, log).toBe(500);

    context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 30_000 });
    const shown = await overlay.evaluate((el) => (el.shadowRoot?.querySelector('#message-content') as HTMLElement | null)?.innerText ?? '');
    expect(shown).toContain('Content problems (2)');
    expect(shown).toMatch(/content\/explainer\.yaml: article\.kind = sermon: Invalid option: expected one of "article"\|"speech"/);
    expect(shown).toContain('content/explainer.yaml: article.url = Hollinsbridge Library: a URL must start with https://');
    // Let the first load settle (Vite may reload a new page once while it prepares its dependencies).
    await page.waitForLoadState('networkidle');

    writeFileSync(file, good);
    // The browser reloads by itself once the server has read the fixed content.
    await page.locator('a.site-name').waitFor({ timeout: 45_000 });
    expect(await page.locator('main h1').textContent()).toBe('The Library speech, explained');
    // The overlay goes once the page has reloaded; on a loaded machine a moment after the page's own header is back.
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(0);
    expect((await fetch(`${base}/`)).status).toBe(200);

    // A new file counts too: the first glossary term (with its page's words) brings the glossary's page and link.
    writeFileSync(file, good.replace('reviewed:', 'pages:\n  glossary: The one term the speech uses, in our words.\nreviewed:'));
    mkdirSync(join(dir, 'content', 'terms'));
    writeFileSync(join(dir, 'content', 'terms', 'library.yaml'), 'term: library\ndefinition: A room of books and computers that anyone in the town may use.\n');
    await page.locator('header nav a[href="/glossary/"]').waitFor({ timeout: 45_000 });
    expect((await fetch(`${base}/glossary/`)).status).toBe(200);
    // About 20 s on an idle 2-core machine (three server starts); room for a loaded one.
  }, 200_000);
});

describe('astro build', () => {
  it('writes into DIST_DIR and leaves dist/ alone', () => {
    const dir = projectCopy(SPEECH);
    const { status, output } = astroBuild(dir, { DIST_DIR: 'dist-speech', NO_PRINT: '1' });
    expect(status, output).toBe(0);
    expect(existsSync(join(dir, 'dist-speech', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist-speech', 'explainer.epub')), 'the build steps wrote there too').toBe(true);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 90_000);
});
