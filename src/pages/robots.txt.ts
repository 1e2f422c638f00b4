import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '@/lib/paths';

/** robots.txt: everything may be indexed; the sitemap is announced with its full address. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
