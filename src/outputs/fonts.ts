// The pamphlet's typefaces, from @fontsource (SIL Open Font License): Source Serif 4 for the
// article's words, Inter for ours, Latin and Cyrillic subsets (some sources' titles are Cyrillic); and for an
// explainer written in Arabic script, Noto Naskh Arabic and Noto Sans Arabic, under the same two family names with
// the Arabic range only, so the article's words and ours keep their two styles in that script too and no page
// falls back to whatever system font a machine has (fontsFor).
// The PDFs (./pdf/), the EPUB (./epub/) and the offline copy (./offline/) all use these files.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FONTSOURCE = fileURLToPath(new URL('../../node_modules/@fontsource/', import.meta.url));

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
// @fontsource's Arabic range without the punctuation it shares with the Latin faces (U+200C–2011, U+204F, U+2E41).
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const RANGES = { latin: LATIN, cyrillic: CYRILLIC, arabic: ARABIC };

export interface Font {
  family: string;
  /** Its @fontsource package, whose LICENSE the formats that embed it carry. */
  pkg: string;
  weight: string;
  style: string;
  unicodeRange: string;
  /** The woff2 file's name, as the formats that embed it name it. */
  name: string;
  /** Where it is. */
  file: string;
}

const face = (family: string, pkg: string, subset: keyof typeof RANGES, weight: string, style: string): Font => ({
  family,
  pkg,
  weight,
  style,
  unicodeRange: RANGES[subset],
  name: `${pkg}-${subset}-${weight}-${style}.woff2`,
  file: join(FONTSOURCE, pkg, 'files', `${pkg}-${subset}-${weight}-${style}.woff2`),
});

export const FONTS: readonly Font[] = [
  face('Source Serif 4', 'source-serif-4', 'latin', '400', 'normal'),
  face('Source Serif 4', 'source-serif-4', 'latin', '700', 'normal'),
  face('Source Serif 4', 'source-serif-4', 'latin', '400', 'italic'),
  face('Source Serif 4', 'source-serif-4', 'cyrillic', '400', 'normal'),
  face('Inter', 'inter', 'latin', '400', 'normal'),
  face('Inter', 'inter', 'latin', '700', 'normal'),
  face('Inter', 'inter', 'cyrillic', '400', 'normal'),
  face('Inter', 'inter', 'cyrillic', '700', 'normal'),
];

/** The Arabic script's faces, under the families of the faces they stand beside (the article's serif, our sans). */
const ARABIC_FONTS: readonly Font[] = [
  face('Source Serif 4', 'noto-naskh-arabic', 'arabic', '400', 'normal'),
  face('Source Serif 4', 'noto-naskh-arabic', 'arabic', '700', 'normal'),
  face('Inter', 'noto-sans-arabic', 'arabic', '400', 'normal'),
  face('Inter', 'noto-sans-arabic', 'arabic', '700', 'normal'),
];

/** Languages written in Arabic script. */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks']);

/** The faces an explainer in `locale` needs: the Latin and Cyrillic ones, and its own script's where it has one. */
export const fontsFor = (locale: string): readonly Font[] => (ARABIC_SCRIPT.has(locale.split('-')[0]!.toLowerCase()) ? [...FONTS, ...ARABIC_FONTS] : FONTS);

/** The SIL Open Font License of a font's package, which each copy of the fonts must carry. */
export const licenseFileOf = (pkg: string): string => join(FONTSOURCE, pkg, 'LICENSE');
