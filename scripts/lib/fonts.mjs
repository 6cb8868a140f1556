// The pamphlet's typefaces, from @fontsource (SIL Open Font License): Source Serif 4 for the
// article's words, Inter for ours, Latin and Cyrillic subsets (some sources' titles are Cyrillic).
// The PDF (scripts/pdf.mjs), the EPUB (scripts/epub.mjs) and the offline copy
// (scripts/lib/offline-html.mjs) all use these files.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
export const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
/** [family, @fontsource package, subset, weight, style] → where its woff2 file is. */
export const FONTS = [
  ['Source Serif 4', 'source-serif-4', 'latin', '400', 'normal'],
  ['Source Serif 4', 'source-serif-4', 'latin', '700', 'normal'],
  ['Source Serif 4', 'source-serif-4', 'latin', '400', 'italic'],
  ['Source Serif 4', 'source-serif-4', 'cyrillic', '400', 'normal'],
  ['Inter', 'inter', 'latin', '400', 'normal'],
  ['Inter', 'inter', 'latin', '700', 'normal'],
  ['Inter', 'inter', 'cyrillic', '400', 'normal'],
  ['Inter', 'inter', 'cyrillic', '700', 'normal'],
].map(([family, pkg, subset, weight, style]) => ({
  family,
  pkg,
  weight,
  style,
  unicodeRange: subset === 'latin' ? LATIN : CYRILLIC,
  name: `${pkg}-${subset}-${weight}-${style}.woff2`,
  file: join(ROOT, 'node_modules/@fontsource', pkg, 'files', `${pkg}-${subset}-${weight}-${style}.woff2`),
}));
