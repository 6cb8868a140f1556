// /cite/<name>.bib, .ris, .json: the article's (name "article") or a claim
// page's citation for reference managers, written at build time (src/lib/cite).
// A static host serves them by extension; the Content-Type here is what
// `astro dev` sends and what the tests expect a host to send (docs/hosting.md, "Media types").
import type { APIRoute } from 'astro';
import { FILE_TYPES, type FileExt } from '../../outputs/cite/files.ts';
import { CITE_FILE_EXTS } from '../../outputs/cite/types.ts';
import { fileEntries, fileNames } from '../../lib/cite/site.ts';

export const getStaticPaths = () => fileNames().flatMap((name) => CITE_FILE_EXTS.map((ext) => ({ params: { file: `${name}.${ext}` }, props: { name, ext } })));

export const GET: APIRoute<{ name: string; ext: FileExt }> = ({ props, site }) =>
  new Response(FILE_TYPES[props.ext].write(fileEntries(site!, props.name)), { headers: { 'Content-Type': FILE_TYPES[props.ext].contentType } });
