// /evidence.json: every statement we note, with its status and sources, as open data (src/lib/open-data/evidence.ts);
// its JSON Schema is /evidence.schema.json. Described on /method/#open-data.
import type { APIRoute } from 'astro';
import { model } from '../model/index.ts';
import { evidenceDocument } from '../lib/open-data/evidence.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(evidenceDocument(model, site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
