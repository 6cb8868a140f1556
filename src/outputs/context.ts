// What every output is made from: the built site, the model the build read, and the site's address. The build
// hands the integration's own (./integration.ts); a command line (scripts/formats.ts, …) reads the content folder
// and the address the way astro.config.ts does, so both make the same files.
import type { Model } from '../model/build.ts';
import { loadExplainerOrThrow, siteAddress } from '../explainer.ts';
import type { Env } from './formats.ts';

export interface OutputContext {
  /** The built site's folder, as the log lines name it (dist, dist-explainers/pocket-park). */
  dist: string;
  /** The model the pages were built from. */
  model: Model;
  /** The site's address (Astro's `site`). */
  site: URL;
  env: Env;
  log: (line: string) => void;
}

/** The context of a command line run on a site already built: the content folder and address as the build reads them. */
export function commandLineContext({ dist = process.env.DIST_DIR ?? 'dist', log = console.log }: { dist?: string | undefined; log?: (line: string) => void } = {}): OutputContext {
  const { model } = loadExplainerOrThrow();
  return { dist, model, site: new URL(siteAddress(model)), env: process.env, log };
}
