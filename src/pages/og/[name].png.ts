// Link-preview images, one PNG per claim (/og/<slug>.png) and a site-wide one
// (/og/site.png) for every other page; paragraphs have theirs in og/p/. Made at
// build time, offline, or taken from the card cache when nothing they show has
// changed (lib/share/og-cache.ts); only <meta property="og:image"> points at
// them, so readers never download them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { article, model, site } from '../../model';
import { cardCache, claimCard, siteCard } from '../../lib/share/og-image';
import { articleDate } from '../../lib/render/words';

type Props = { kind: 'site' } | { kind: 'claim'; kicker: string; title: string; claim: string };

export const getStaticPaths = (() => {
  if (model.claims.some((c) => c.slug === 'site')) throw new Error('sections/: the slug `site` is taken by the site-wide /og/site.png');
  return [
    { params: { name: 'site' }, props: { kind: 'site' } as Props },
    ...model.claims.map((c) => ({
      params: { name: c.slug },
      props: { kind: 'claim', kicker: `Claim ${c.index + 1} of ${model.claims.length} · ${c.range}`, title: c.title, claim: c.claim } as Props,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site: origin }) => {
  const p = props as Props;
  const host = origin ? origin.host : '';
  let png: Uint8Array;
  if (p.kind === 'site') {
    const input = { siteName: site.name, host, kicker: `An explainer · ${article.publisherSite} · ${articleDate(article)}`, tagline: site.tagline };
    png = await cardCache().card('site', input, () => siteCard(input));
  } else {
    const input = { ...p, siteName: site.name, host };
    png = await cardCache().card('claim', input, () => claimCard(input));
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
