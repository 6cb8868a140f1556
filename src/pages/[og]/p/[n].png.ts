// Quote cards, one PNG per paragraph that is not a crosshead (/og/p/<N>.png):
// the link preview of its short link /p/<N>/ (src/pages/p/[n].astro). Crossheads
// preview with their claim's card. Listed, drawn or taken from the card cache
// like the other cards (../[name].png.ts, which also says why [og] is a parameter).
import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../../../model';
import { cardHost, cardRoute, ogCards, type Card } from '../../../lib/share/og-cards';
import { renderCard } from '../../../lib/share/og-image';

export const getStaticPaths = (() =>
  ogCards(model, cardHost(import.meta.env.SITE))
    .filter((c) => c.kind === 'quote')
    .map((card) => {
      const { og, name } = cardRoute(card.url);
      return { params: { og, n: name }, props: { card } };
    })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: Card }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
