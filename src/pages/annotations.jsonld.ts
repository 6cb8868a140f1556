// /annotations.jsonld: our notes as W3C Web Annotations on the original article (src/lib/open-data/annotations.ts).
// The media type is the Web Annotation Protocol's; a static host sends application/ld+json by the extension.
import type { APIRoute } from 'astro';
import { model } from '../model/index.ts';
import { ANNO_CONTEXT, annotationCollection } from '../lib/open-data/annotations.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(annotationCollection(model, site!), null, 2)}\n`, {
    headers: { 'Content-Type': `application/ld+json; profile="${ANNO_CONTEXT}"` },
  });
