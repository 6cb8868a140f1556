// /robots.txt: everything may be crawled; the sitemap (@astrojs/sitemap's index, copied to /sitemap.xml by astro.config.ts) is at an absolute URL on the configured site.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/share/seo.ts';
import { SITEMAP_URL } from '../model/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_URL, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
