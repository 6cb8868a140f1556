// Link-preview images, one PNG per claim (/og/<slug>.png) and a site-wide one
// (/og/site.png) for every other page. Made at build time, offline; only
// <meta property="og:image"> points at them, so readers never download them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { article, SITE_NAME } from '../../lib/article-meta';
import { claimCard, siteCard } from '../../lib/og-image';
import { rangeLabel } from '../../lib/sections';
import { getSections } from '../../lib/site-data';

type Props = { kind: 'site' } | { kind: 'claim'; kicker: string; title: string; claim: string };

export const getStaticPaths = (async () => {
  const sections = await getSections();
  const site = { params: { name: 'site' }, props: { kind: 'site' } as Props };
  if (sections.some((s) => s.data.slug === 'site')) throw new Error('content/sections: the slug `site` is taken by the site-wide /og/site.png');
  return [
    site,
    ...sections.map((s, i) => ({
      params: { name: s.data.slug },
      props: {
        kind: 'claim',
        kicker: `Claim ${i + 1} of ${sections.length} · ${rangeLabel(s.data.paragraphs)}`,
        title: s.data.title,
        claim: s.data.claim,
      } as Props,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const p = props as Props;
  const host = site ? site.host : '';
  const png =
    p.kind === 'site'
      ? await siteCard({
          siteName: SITE_NAME,
          host,
          kicker: `An explainer · ${article.publisherSite} · ${article.date}`,
          tagline: 'The argument of a CWI article on the Anchorage summit and the Washington talks, claim by claim, in its own words.',
        })
      : await claimCard({ ...p, siteName: SITE_NAME, host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
