// Run before each built-site test file (vitest.config.ts setupFiles). A worker keeps its modules from one file to the
// next; if it ever ran a file of another explainer (another DIST_DIR), the helpers it kept would still read the first
// one's site, and the tests would pass or fail on the wrong site: this stops the file instead, saying why.
import { DIST } from './dist.ts';

const wanted = process.env.DIST_DIR ?? 'dist';
if (DIST !== wanted) throw new Error(`This worker's helpers read ${DIST}/, this file's explainer is in ${wanted}/: a worker ran files of two explainers.`);
