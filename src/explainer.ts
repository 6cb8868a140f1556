// The explainer the engine builds: the content folder (CONTENT_DIR, default content/) read and checked once into
// the model, and the address the site is built for. astro.config.ts reads it once and hands it to the integration
// (./integration.ts) and the outputs (./outputs/); the outputs' command lines read it the same way.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, type Model } from './model/build.ts';
import { ContentError, contentDir, readFolder } from './model/read.ts';
import { walkFiles } from './lib/files.ts';
import type { Overrides } from './i18n/core.ts';
import { readOverrides } from './i18n/overrides.ts';

export interface Explainer {
  model: Model;
  /** Absolute path of each claim's MDX file, by slug. */
  bodies: Record<string, string>;
  /** Every content file, for the dev server to restart on. */
  files: string[];
  dir: string;
  /** The content folder's wording of the interface (i18n.yaml), checked. */
  strings: Overrides;
}

/** A content folder that did not load: what was wrong (every problem, file by file), and the files to watch for a fix. */
export interface Unloaded {
  error: Error;
  files: string[];
  dir: string;
}

export const failed = (loaded: Explainer | Unloaded): loaded is Unloaded => 'error' in loaded;

/** The problems a ContentError lists; any other error is the engine's, and is thrown on (loadExplainer returns it). */
const problemsOf = (error: unknown): string[] => {
  if (error instanceof ContentError) return [...error.problems];
  throw error;
};

/**
 * Read CONTENT_DIR (or content/) once and build the model. A problem with the content does not throw here: it is
 * returned (one ContentError naming every problem of every file, bodies and i18n.yaml included), and the integration
 * decides (`astro dev` shows it in the browser, every other command prints it and stops).
 */
export function loadExplainer(dir = contentDir()): Explainer | Unloaded {
  const files = existsSync(dir) ? walkFiles(dir) : [];
  try {
    return load(dir, files);
  } catch (error) {
    // Not the content's fault: the engine's own error, shown (in the browser or the terminal) with its stack.
    return { error: error as Error, files, dir };
  }
}

function load(dir: string, files: string[]): Explainer | Unloaded {
  const { content, problems, bodies, locale } = readFolder(dir);
  const all = [...problems, ...bodies];
  let model: Model | undefined;
  let strings: Overrides = {};
  // The checks across files need every file valid (an entry that failed its schema would look missing to them); the
  // bodies' checks and i18n.yaml's need only the article and the locale, so one build reports all of these together.
  if (!problems.length) {
    try {
      model = buildModel(content);
    } catch (error) {
      all.push(...problemsOf(error));
    }
  }
  if (locale) {
    try {
      strings = readOverrides(dir, locale);
    } catch (error) {
      all.push(...problemsOf(error));
    }
  }
  if (all.length || !model) return { error: new ContentError(all), files, dir };
  if (!model.explainer.maker.contact)
    console.warn(
      `explainer: no address for reporting errors: set REPORT_URL (https:// or mailto:) when deploying, or \`maker.contact\` in ${join(dir, 'explainer.yaml')}; pages say none is set.`,
    );
  return {
    model,
    bodies: Object.fromEntries(content.claims.map((s) => [s.slug, s.path])),
    files,
    dir,
    strings,
  };
}

/** The explainer, or the content error that stopped it: for the command lines, which have no browser to show it in. */
export function loadExplainerOrThrow(dir = contentDir()): Explainer {
  const loaded = loadExplainer(dir);
  if (failed(loaded)) throw loaded.error;
  return loaded;
}

/** The site's address: SITE_URL when deploying, else the content's default (explainer.yaml `site.defaultUrl`). */
export const siteAddress = (model: Model, env: Record<string, string | undefined> = process.env): string => env.SITE_URL ?? model.explainer.site.defaultUrl;

/** The address astro.config.ts gives: none while the content does not load (`astro dev` shows the error instead). */
export const configSite = (loaded: Explainer | Unloaded): string | undefined => (failed(loaded) ? undefined : siteAddress(loaded.model));
