// Build step 1: every download format into the built site (scripts/formats.mjs makeFormats: the PDFs,
// unless NO_PRINT=1; the EPUB, the offline copy, the citation files; their sizes into the pages; formats.json).
import { makeFormats } from '../../scripts/formats.mjs';

/** @param {{ dist: string, log: (line: string) => void }} options */
export async function formats({ dist, log }) {
  await makeFormats({ dist, log });
}
