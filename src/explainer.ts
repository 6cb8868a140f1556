// The explainer the engine builds: the content folder (CONTENT_DIR, default content/) read and checked once into
// the model, and the address the site is built for. astro.config.ts reads it once and hands it to the integration
// (./integration.ts) and the outputs (./outputs/); the outputs' command lines read it the same way.
import { join } from 'node:path';
import { buildModel, type Model } from './model/build.ts';
import { contentDir, readContent } from './model/read.ts';
import { walkFiles } from './lib/files.ts';

export interface Explainer {
  model: Model;
  /** Absolute path of each claim's MDX file, by slug. */
  bodies: Record<string, string>;
  /** Every content file, for the dev server to restart on. */
  files: string[];
  dir: string;
}

/** Read CONTENT_DIR (or content/) once and build the model; throws a ContentError naming every problem. */
export function loadExplainer(dir = contentDir()): Explainer {
  const content = readContent(dir);
  const model = buildModel(content);
  if (!model.explainer.maker.contact)
    console.warn(
      `explainer: no address for reporting errors: set REPORT_URL (https:// or mailto:) when deploying, or \`maker.contact\` in ${join(dir, 'explainer.yaml')}; pages say none is set.`,
    );
  return {
    model,
    bodies: Object.fromEntries(content.sections.map((s) => [s.slug, s.path])),
    files: walkFiles(dir),
    dir,
  };
}

/** The site's address: SITE_URL when deploying, else the content's default (explainer.yaml `site.defaultUrl`). */
export const siteAddress = (model: Model, env: Record<string, string | undefined> = process.env): string => env.SITE_URL ?? model.explainer.site.defaultUrl;
