// /evidence.schema.json: the JSON Schema (draft 2020-12) of /evidence.json, with its `$id` and `version`.
import type { APIRoute } from 'astro';
import { evidenceSchema } from '../lib/open-data/evidence-schema.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(evidenceSchema(site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
