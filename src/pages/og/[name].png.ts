// Link-preview images, one PNG per claim (/og/<slug>.png) and a site-wide one
// (/og/site.png) for every other page. Made at build time, offline; only
// <meta property="og:image"> points at them, so readers never download them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { article, model, site } from '../../model';
import { claimCard, siteCard } from '../../lib/share/og-image';
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
  const png =
    p.kind === 'site'
      ? await siteCard({ siteName: site.name, host, kicker: `An explainer · ${article.publisherSite} · ${articleDate(article)}`, tagline: site.tagline })
      : await claimCard({ ...p, siteName: site.name, host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
