import type { APIRoute } from 'astro';
import { getSiteContent } from '@/lib/content';
import { jsonFeed } from '@/lib/page-data';

/** The whole timeline as JSON: every event with its partial ISO date and precision, sources and URLs. */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(jsonFeed(await getSiteContent(), site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
