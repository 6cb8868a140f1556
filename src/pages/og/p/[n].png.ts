// Quote cards, one PNG per paragraph that is not a crosshead (/og/p/<N>.png):
// the link preview of its short link /p/<N>/ (src/pages/p/[n].astro). Crossheads
// preview with their claim's card. Drawn or taken from the card cache like the
// other cards (../[name].png.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimOf, model, site } from '../../../model';
import { cardCache, quoteCard } from '../../../lib/share/og-image';
import { quoteWords } from '../../../lib/share/seo';

type Props = { n: number; words: string; claimTitle: string };

export const getStaticPaths = (() =>
  model.paragraphs
    .filter((p) => !p.crosshead)
    .map((p) => ({ params: { n: String(p.n) }, props: { n: p.n, words: quoteWords(p.text), claimTitle: claimOf(p.n).title } satisfies Props }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site: origin }) => {
  const input = { ...(props as Props), siteName: site.name, host: origin ? origin.host : '' };
  const png = await cardCache().card('quote', input, () => quoteCard(input));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
