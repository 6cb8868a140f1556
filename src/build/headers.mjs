// Build step 3: <dist>/_headers, the host's security and caching headers (scripts/host-config.mjs),
// from the pages' CSP; last, as the policy covers every file the other steps wrote.
import { writeHeadersFile } from '../../scripts/host-config.mjs';

/** @param {{ dist: string, log: (line: string) => void }} options */
export async function headers({ dist, log }) {
  log(`host headers: ${writeHeadersFile(dist).summary}`);
}
