// /corrections.atom: the public corrections log as an Atom feed (src/lib/open-data/corrections-feed.ts), linked
// from the pages that show the log (rel="alternate").
import type { APIRoute } from 'astro';
import { model } from '../model/index.ts';
import { correctionsFeed } from '../lib/open-data/corrections-feed.ts';
import { i18n } from '../i18n/index.ts';

export const GET: APIRoute = ({ site }) => new Response(correctionsFeed(model, site!, i18n), { headers: { 'Content-Type': 'application/atom+xml' } });
