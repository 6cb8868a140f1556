// The explainer engine as an Astro integration. The config reads and checks
// the content folder once (loadExplainer → the model), gives the Markdown
// plugins their options from that model (markdownConfig), and this
// integration hands the same model to every page through virtual modules:
//   virtual:explainer/model   the model (JSON), see src/model/build.ts
//   virtual:explainer/bodies  slug → the section's MDX body (the article's text), rendered by Astro
// Like Starlight's user config: validated once, imported by pages, never re-derived.
// A content error stops every command but `astro dev`, which starts anyway and shows the problems in the
// browser (the model's module fails to load, so every page is Vite's error page) until the files are fixed.
// siteSteps, listed last, makes the rest of the site once the pages are built (src/build/steps.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { buildModel, type Model, type OptionalPart } from './model/build';
import { contentDir, readContent } from './model/read';
import remarkArticleParagraphs from './plugins/remark-article-paragraphs';
import rehypeParagraphNumbers from './plugins/rehype-paragraph-numbers';
import rehypeLinkMentions, { type Options as MentionOptions } from './plugins/rehype-link-mentions';
import rehypeStatementMarks from './plugins/rehype-statement-marks';
import { shortParagraphUrl } from './model/urls';
import { cardHost, ogCards, type Card } from './lib/share/og-cards';
import { cardMiddleware, writeCards } from './lib/share/og-files';
import { cardCache } from './lib/share/og-image';
import { startCardPool, type CardPool, type CardWorker } from './lib/share/og-pool';

export interface Explainer {
  model: Model;
  /** Absolute path of each claim's MDX file, by slug. */
  bodies: Record<string, string>;
  /** Every content file, for the dev server to restart on. */
  files: string[];
  dir: string;
}

/** A content folder that did not load: what was wrong (every problem, file by file), and the files to watch for a fix. */
export interface Unloaded {
  error: Error;
  files: string[];
  dir: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/**
 * Read CONTENT_DIR (or content/) once and build the model. A problem with the content does not throw here: it is
 * returned (a ContentError naming every problem), and the integration decides (`astro dev` shows it in the browser,
 * every other command stops with it).
 */
export function loadExplainer(dir = contentDir()): Explainer | Unloaded {
  const files = existsSync(dir) ? walk(dir) : [];
  let content, model;
  try {
    content = readContent(dir);
    model = buildModel(content);
  } catch (error) {
    return { error: error as Error, files, dir };
  }
  if (!model.explainer.maker.contact)
    console.warn(
      `explainer: no address for reporting errors: set REPORT_URL (https:// or mailto:) when deploying, or \`maker.contact\` in ${join(dir, 'explainer.yaml')}; pages say none is set.`,
    );
  return {
    model,
    bodies: Object.fromEntries(content.sections.map((s) => [s.slug, s.path])),
    files,
    dir,
  };
}

const failed = (loaded: Explainer | Unloaded): loaded is Unloaded => 'error' in loaded;

// The same plugin a second time, under its own name: unified merges the options of a plugin used twice.
const rehypeLinkTerms = (options: MentionOptions) => rehypeLinkMentions(options);

/**
 * Astro's `markdown` settings: the unified processor (Astro 7's default, Sätteri, ignores remark/rehype plugins), options
 * from the model. Content that did not load gets the processor without the article's plugins: no page renders then anyway.
 */
export function markdownConfig(loaded: Explainer | Unloaded) {
  if (failed(loaded)) return { syntaxHighlight: false as const, processor: unified({ smartypants: false }) };
  const { model } = loaded;
  const golden = model.paragraphs.map((p) => p.text);
  return {
    syntaxHighlight: false as const, // no code on this site; Shiki's inline styles would fight the CSP
    processor: unified({
      smartypants: false, // the article's punctuation is already typographic; never rewrite it
      remarkPlugins: [[remarkArticleParagraphs, { golden, crossheads: new Set(model.explainer.article.crossheads) }]],
      rehypePlugins: [
        [rehypeParagraphNumbers, { href: shortParagraphUrl }],
        // Names and terms: their first mention on the page; terms after the actors, so a term never splits a name.
        [rehypeLinkMentions, { entries: model.mentionEntries.actors, scope: 'page', kind: 'actor' }],
        [rehypeLinkTerms, { entries: model.mentionEntries.terms, scope: 'page', kind: 'term' }],
        [
          rehypeStatementMarks,
          {
            statements: model.statements,
            sources: Object.fromEntries(model.sources.map((s) => [s.id, { weak: s.weak, anchor: s.anchor }])),
          },
        ],
      ],
    }),
  };
}

const VIRTUAL = { model: 'virtual:explainer/model', bodies: 'virtual:explainer/bodies' } as const;

/**
 * The pages of the parts an explainer may leave out (src/optional-pages/, outside src/pages/ so that Astro does not
 * build them for every explainer): each is added only when the content has that part, so an explainer without a
 * glossary has no /glossary/ page, and nothing links one (the model's `parts`).
 */
export const OPTIONAL_PAGES: Record<OptionalPart, { pattern: string; file: string }[]> = {
  actors: [
    { pattern: '/actors', file: 'actors/index.astro' },
    { pattern: '/actors/[id]', file: 'actors/[id].astro' },
  ],
  sources: [
    { pattern: '/sources', file: 'sources/index.astro' },
    { pattern: '/sources/[id]', file: 'sources/[id].astro' },
  ],
  glossary: [{ pattern: '/glossary', file: 'glossary.astro' }],
  timeline: [{ pattern: '/timeline', file: 'timeline.astro' }],
};

/**
 * How many card workers a build starts: OG_WORKERS, else one per core but the
 * one Astro renders pages on (at least one).
 */
export function cardWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  if (env.OG_WORKERS === undefined || env.OG_WORKERS === '') return Math.max(1, cores - 1);
  const n = Number(env.OG_WORKERS);
  if (!Number.isInteger(n) || n < 0) throw new Error(`OG_WORKERS=${env.OG_WORKERS}: expected a whole number of card workers (0: draw every card on the main thread)`);
  return n;
}

const WORKER_SCRIPT = new URL('./lib/share/og-worker.mjs', import.meta.url);

export function explainer(loaded: Explainer | Unloaded): AstroIntegration {
  let site: URL | string | undefined;
  let pool: CardPool | undefined;
  // Listed once (the site is known from astro:config:done on): the build asks at its start and its end. The dev server
  // reloads the config, and with it this integration, when the content changes.
  let list: Card[] | undefined;
  const cards = () => (failed(loaded) ? [] : (list ??= ogCards(loaded.model, cardHost(site))));
  return {
    name: 'explainer',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      // The link-preview cards not in the cache go to worker threads now, to be drawn while Vite bundles and
      // Astro renders pages (lib/share/og-pool.ts).
      'astro:build:start': async () => {
        const cache = cardCache();
        const missing = (await Promise.all(cards().map(async (c) => ((await cache.has(c.kind, c.input)) ? undefined : c)))).filter((c) => c !== undefined);
        // A small young generation: a worker's garbage is mostly resvg's wrappers, whose native pixels (3 MB a card)
        // are freed only when they are collected; collecting more often kept a 30× cold build ~100 MB lower.
        const spawn = () => new Worker(WORKER_SCRIPT, { resourceLimits: { maxYoungGenerationSizeMb: 8 } }) as CardWorker;
        pool = startCardPool({ cards: missing, workers: cardWorkerCount(), spawn });
      },
      // Then every card into dist/og/: from the cache, from the workers, or (the ones no worker began) drawn here.
      'astro:build:done': async ({ dir }) => {
        try {
          await writeCards(cards(), fileURLToPath(dir), pool);
        } finally {
          await pool?.close();
        }
        // The cards no build has used for a month go (an edited paragraph leaves its old card behind).
        cardCache().prune();
      },
      // `astro dev` draws a card when it is first asked for.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(cardMiddleware(cards));
        // A content folder outside the project (CONTENT_DIR=../my-article) is watched too, so its changes restart the server.
        server.watcher.add(loaded.dir);
        // Astro restarts on a change to a file it was given (addWatchFile), not on a new or deleted one: a first glossary
        // term or a removed section would go unseen. Such an event is passed on as a change to explainer.yaml, which it
        // watches, so the server reads the folder again (the new part gets its pages, the removed one loses them).
        const known = new Set(loaded.files);
        const inContent = (file: string) => file.startsWith(loaded.dir + sep);
        const reread = () => server.watcher.emit('change', join(loaded.dir, 'explainer.yaml'));
        server.watcher.on('add', (file: string) => inContent(file) && !known.has(file) && reread());
        server.watcher.on('unlink', (file: string) => inContent(file) && known.has(file) && reread());
      },
      'astro:config:setup': ({ command, updateConfig, addWatchFile, injectRoute }) => {
        if (failed(loaded) && command !== 'dev') throw loaded.error;
        // Which command renders the pages (they render in this process): the layout leaves the page's CSP out in
        // `astro dev`, whose live reload and error overlay are inline scripts. Not import.meta.env.PROD: a build
        // started with NODE_ENV=test (as from the test runner) has PROD false.
        process.env.EXPLAINER_COMMAND = command;
        if (!failed(loaded)) {
          for (const [part, pages] of Object.entries(OPTIONAL_PAGES) as [OptionalPart, (typeof OPTIONAL_PAGES)[OptionalPart]][]) {
            if (loaded.model.parts[part]) for (const { pattern, file } of pages) injectRoute({ pattern, entrypoint: new URL(`./optional-pages/${file}`, import.meta.url) });
          }
        }
        // A changed content file restarts the dev server, which reads and checks the folder again (explainer.yaml even
        // when it is missing: adding it is a change too).
        for (const file of new Set([...loaded.files, join(loaded.dir, 'explainer.yaml')])) addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer-virtual-modules',
                resolveId: (id: string) => (id === VIRTUAL.model || id === VIRTUAL.bodies ? `\0${id}` : undefined),
                load(id: string) {
                  // `astro dev` with content that did not load: every page imports the model, so every page shows the problems.
                  if (failed(loaded) && (id === `\0${VIRTUAL.model}` || id === `\0${VIRTUAL.bodies}`)) throw loaded.error;
                  if (failed(loaded)) return undefined;
                  // One string literal for JSON.parse, not an object literal: with large content the bundler parses and walks
                  // one node instead of the whole model's tree, and JSON.parse is V8's fastest way to build it (pages are unchanged).
                  if (id === `\0${VIRTUAL.model}`) return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.model))});`;
                  if (id === `\0${VIRTUAL.bodies}`) {
                    const entries = Object.entries(loaded.bodies);
                    return [
                      ...entries.map(([, path], i) => `import { Content as body${i} } from ${JSON.stringify(path)};`),
                      `export default { ${entries.map(([slug], i) => `${JSON.stringify(slug)}: body${i}`).join(', ')} };`,
                    ].join('\n');
                  }
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}

const STEPS_WORKER = new URL('./build/steps-worker.mjs', import.meta.url);

/**
 * The rest of the site, at the end of `astro build` (listed last in astro.config.mjs, so the pages, the cards and the
 * sitemap are all written): the download formats, the search index, the host headers (src/build/steps.mjs), in a
 * worker thread running plain Node. Each step logs its lines and seconds; a failed step fails the build.
 */
export function siteSteps(): AstroIntegration {
  return {
    name: 'explainer-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // As the command lines name it (dist, dist-explainers/pocket-park) when it is in the project, for the log lines.
        const out = fileURLToPath(dir).replace(/[\\/]$/, '');
        const inProject = relative(process.cwd(), out);
        const dist = inProject && !inProject.startsWith('..') && !isAbsolute(inProject) ? inProject : out;
        const worker = new Worker(STEPS_WORKER, { workerData: { dist } });
        try {
          await new Promise<void>((resolve, reject) => {
            worker.on('message', (m: { line?: string; done?: boolean; error?: string; stack?: string }) => {
              if (m.line !== undefined) logger.info(m.line);
              else if (m.done) resolve();
              else if (m.error !== undefined) reject(Object.assign(new Error(m.error), m.stack ? { stack: m.stack } : {}));
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`the build steps' worker stopped (exit code ${code}) before it was done`)));
          });
        } finally {
          await worker.terminate();
        }
      },
    },
  };
}
