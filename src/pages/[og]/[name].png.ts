// Link-preview images, one PNG per claim (/og/<slug>.png) and a site-wide one
// (/og/site.png) for every other page; paragraphs have theirs in og/p/. Which
// cards exist and what they show is lib/share/og-cards.ts; each is taken from
// the card cache when nothing it shows has changed (lib/share/og-cache.ts), or
// from the build's card workers (lib/share/og-pool.ts), or drawn here. Only
// <meta property="og:image"> points at them, so readers never download them.
//
// Why the folder is a parameter ([og], always `og`): Astro renders routes one
// at a time, those whose first segment is fixed first (alphabetically), so a
// folder named og/ came before the actors', paragraphs' and sources' pages and
// the build waited there for cards the workers had barely begun. As a parameter
// it sorts after them all (lib/share/og-pool.ts draws the cards meanwhile).
import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../../model';
import { cardHost, cardRoute, ogCards, type Card } from '../../lib/share/og-cards';
import { renderCard } from '../../lib/share/og-image';

export const getStaticPaths = (() =>
  ogCards(model, cardHost(import.meta.env.SITE))
    .filter((c) => c.kind !== 'quote')
    .map((card) => ({ params: cardRoute(card.url), props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: Card }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
