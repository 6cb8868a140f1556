// The citation files' formats: their names and media types, in one light table (no citation-js) for the files'
// endpoint (./files.ts), the downloads list (../formats.ts), the dev server (src/lib/serve.ts) and the pages.
export const CITE_FILE_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems' },
  // Not application/vnd.citationstyles.csl+json: what static hosts send for .json, so dev and deploy agree.
  json: { label: 'CSL-JSON', type: 'application/json' },
} as const;
export type FileExt = keyof typeof CITE_FILE_FORMATS;
export const CITE_FILE_EXTS = Object.keys(CITE_FILE_FORMATS) as FileExt[];
